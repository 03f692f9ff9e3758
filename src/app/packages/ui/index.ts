export * from './call';
export * from './format';
export * from './useOperation';
