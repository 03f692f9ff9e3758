import { randomUUID } from 'node:crypto';

/** HubSpot's error categories, as they appear in error bodies. */
export type ErrorCategory =
  | 'VALIDATION_ERROR'
  | 'OBJECT_NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITS'
  | 'INVALID_AUTHENTICATION'
  | 'MISSING_SCOPES'
  | 'INTERNAL_ERROR';

export interface ErrorDetail {
  message: string;
  code?: string;
  context?: Record<string, string[]>;
  in?: string;
}

export interface ErrorBody {
  status: 'error';
  message: string;
  correlationId: string;
  category: ErrorCategory;
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  subCategory?: string;
}

/** Thrown by route handlers; the server turns it into HubSpot's error JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly category: ErrorCategory,
    message: string,
    readonly extra: Partial<Pick<ErrorBody, 'errors' | 'context' | 'subCategory'>> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return {
      status: 'error',
      message: this.message,
      correlationId: randomUUID(),
      category: this.category,
      ...this.extra,
    };
  }
}

export const badRequest = (message: string, extra?: ApiError['extra']): ApiError =>
  new ApiError(400, 'VALIDATION_ERROR', message, extra);

export const notFound = (message = 'resource not found', extra?: ApiError['extra']): ApiError =>
  new ApiError(404, 'OBJECT_NOT_FOUND', message, extra);

export const conflict = (message: string, extra?: ApiError['extra']): ApiError =>
  new ApiError(409, 'CONFLICT', message, extra);

/** One failed property value, in the JSON HubSpot embeds in "Property values were not valid". */
export interface PropertyValueError {
  isValid: false;
  message: string;
  error: string;
  name: string;
  localizedErrorMessage: string;
  portalId?: number;
}

export function propertyValueError(
  name: string,
  error: string,
  message: string,
): PropertyValueError {
  return { isValid: false, message, error, name, localizedErrorMessage: message };
}

/** HubSpot reports invalid values as a 400 whose message embeds the list as JSON. */
export function invalidProperties(list: PropertyValueError[]): ApiError {
  return badRequest(`Property values were not valid: ${JSON.stringify(list)}`, {
    errors: list.map((e) => ({
      message: e.message,
      code: e.error,
      context: { propertyName: [e.name] },
    })),
  });
}
