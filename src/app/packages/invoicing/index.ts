export * from './fraction';
export * from './money';
export * from './due-date';
export * from './doc-number';
export * from './totals';
export * from './draft-rules';
export * from './format';
