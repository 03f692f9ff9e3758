/** The QuickBooks Online client: import from here. */
export { createQboClient, QboClient, QboCompany, type QboClientOptions } from './client';
export type { QboClientConfig, QboOAuthConfig } from './config';
export { intuitOAuthEndpoints } from './config';
export type { Clock } from '../lib/clock';
export {
  QboAuthenticationError,
  QboError,
  QboFaultCode,
  QboNetworkError,
  QboReconnectRequiredError,
  QboServerError,
  QboThrottledError,
  QboUnexpectedResponseError,
  QboValidationError,
  isQboError,
  isQboFault,
  type QboErrorKind,
  type QboFaultItem,
} from './errors';
export { QboInvalidGrantError, QboOAuth, type ExchangedCode } from './oauth';
export {
  collect,
  fetchPage,
  paginate,
  paginatePages,
  type Page,
  type PageOptions,
} from './paginate';
export {
  escapeQueryString,
  filterableFields,
  maxPageSize,
  QueryBuilder,
  select,
  sortableFields,
  type FilterableField,
  type QueryEntity,
  type SortableField,
} from './query';
export { RateLimiter } from './rate-limiter';
export type { QboRequestEvent } from './transport';
export { requestIdFor } from './request-id';
export type { CallTiming } from './retry';
export { InMemoryTokenStore, type QboTokens, type TokenStore } from './token-store';
export type { CallOptions, Money, MoneyInput, RefInput, WriteOptions } from './types';
export {
  maxBatchSize,
  question,
  type Answers,
  type BatchOperation,
  type BatchQuestion,
  type BatchResult,
  type Questions,
} from './resources/batch';
export {
  maxCdcLookbackMs,
  maxCdcObjects,
  type CdcEntity,
  type CdcResult,
  type CdcRow,
} from './resources/cdc';
export {
  companyProfile,
  type CompanyInfo,
  type CompanyProfile,
  type Preferences,
} from './resources/company';
export { customerSchema } from './resources/customers';
export type { Customer, CustomerCreate, CustomerSparseUpdate } from './resources/customers';
export type { ExchangeRate } from './resources/exchange-rates';
export { invoiceSchema } from './resources/invoices';
export type {
  Invoice,
  InvoiceCreate,
  InvoiceLine,
  InvoiceLineInput,
  InvoiceSparseUpdate,
} from './resources/invoices';
export { itemSchema } from './resources/items';
export type { Item, ItemSearch, ItemType } from './resources/items';
export { paymentApplications, paymentSchema, type Payment } from './resources/payments';
export type { TaxCode, TaxRate } from './resources/tax';
export type { Term } from './resources/terms';
