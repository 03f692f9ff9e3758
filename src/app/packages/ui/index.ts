export * from './call';
/** Formatting is shared with the functions (timeline notes), so it lives with the money rules. */
export { formatDate, formatInstant, formatMoney } from '@qbo-invoicing/invoicing';
export * from './messages';
export * from './useOperation';
