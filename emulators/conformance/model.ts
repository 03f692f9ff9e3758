// The compact in-memory form of the XSDs that the checker walks.

import type { FieldRule } from './field-rules.js';

/** XSD built-in types the schemas use, by local name ('decimal', 'dateTime', ...). */
export type Builtin =
  | 'string'
  | 'anyURI'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'decimal'
  | 'double'
  | 'float'
  | 'int'
  | 'long'
  | 'integer'
  | 'positiveInteger'
  | 'nonNegativeInteger'
  | 'anyType';

export interface Facets {
  enumeration?: ReadonlySet<string>;
  maxLength?: number;
  minLength?: number;
  length?: number;
  pattern?: RegExp;
  minInclusive?: number;
  maxInclusive?: number;
}

export interface SimpleType {
  kind: 'simple';
  name: string;
  base: Builtin;
  facets: Facets;
}

export interface Field {
  /** Name of the field's type: a complex or simple type name, or 'xs:<builtin>'. */
  type: string;
  /** maxOccurs > 1 somewhere on the way: QBO's JSON always sends an array. */
  repeated: boolean;
  attribute: boolean;
  /** What QBO enforces on a value the client sends (length, characters, presence). */
  rule?: FieldRule;
}

export interface ComplexType {
  kind: 'complex';
  name: string;
  fields: ReadonlyMap<string, Field>;
  /** Choices that allow one branch only; each branch is the keys that select it. */
  exclusive: readonly (readonly string[])[][];
  /** simpleContent: the JSON object carries the text as `value`. */
  text?: string;
  /** xs:any inside: any key is allowed. */
  open: boolean;
}

export interface Schema {
  complex: ReadonlyMap<string, ComplexType>;
  simple: ReadonlyMap<string, SimpleType>;
  /** Top-level elements that substitute for IntuitObject, name → type. */
  entities: ReadonlyMap<string, string>;
}
