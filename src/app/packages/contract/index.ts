export * from './catalog';
export * from './result';
export * from './values';
export * from './invoices';
export * from './setup';
export * from './operations';
export * from './connections';
export * from './wizard';
