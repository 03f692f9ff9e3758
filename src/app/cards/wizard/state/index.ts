export * from './types';
export * from './events';
export * from './reducer';
export * from './selectors';
