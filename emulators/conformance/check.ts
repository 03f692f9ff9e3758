// Walks a JSON value against a compiled XSD type and collects every mismatch.

import { jsonOnlyKeys } from './json-only.js';
import { checkLineDetail } from './line-detail.js';
import type { Builtin, ComplexType, Field, Schema } from './model.js';
import { checkScalar, describeValue } from './scalars.js';

/** A field rule QBO enforces on requests (field-rules.ts), broken by the value at `path`. */
export type RuleBreach =
  | { kind: 'maxLength'; max: number; length: number }
  | { kind: 'forbidden'; character: string }
  | { kind: 'required' }
  | { kind: 'enumeration' };

export interface ConformanceIssue {
  path: string;
  message: string;
  /** Set when the issue is one of QBO's field rules rather than a shape mismatch. */
  rule?: RuleBreach;
}

/**
 * What the checked JSON is: QBO's answer (shape only), or a request creating or updating an
 * entity (shape plus the field rules QBO enforces; required fields only on create).
 */
export type CheckMode = 'read' | 'create' | 'update';

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Checker {
  readonly issues: ConformanceIssue[] = [];

  constructor(
    private readonly schema: Schema,
    private readonly mode: CheckMode = 'read',
  ) {}

  private report(path: string, message: string, rule?: RuleBreach): void {
    this.issues.push({ path, message, ...(rule ? { rule } : {}) });
  }

  /** The field rules of one value a client sends (field-rules.ts). */
  private rules(path: string, field: Field, v: unknown): void {
    const rule = field.rule;
    if (!rule || this.mode === 'read') return;
    // A simpleContent element (CustomerMemo) carries its text as "value".
    if (isPlainObject(v) && typeof v['value'] === 'string') v = v['value'];
    if (typeof v !== 'string') return;
    if (rule.maxLength !== undefined && v.length > rule.maxLength) {
      this.report(path, `longer than ${rule.maxLength} characters (${v.length})`, {
        kind: 'maxLength',
        max: rule.maxLength,
        length: v.length,
      });
    }
    const bad = rule.forbidden ? [...rule.forbidden].find((c) => v.includes(c)) : undefined;
    if (bad !== undefined) {
      this.report(path, `contains ${JSON.stringify(bad)}, which QBO does not accept here`, {
        kind: 'forbidden',
        character: bad,
      });
    }
  }

  /** Checks a value for one field, including its array-ness. */
  field(path: string, field: Field, v: unknown): void {
    if (field.repeated) {
      if (!Array.isArray(v)) {
        this.report(
          path,
          `expected an array (repeated element; QBO's JSON always uses arrays), got ${describeValue(v)}`,
        );
        // Still check the lone item so its own mistakes show up too.
        this.value(path, field.type, v);
        return;
      }
      v.forEach((item, i) => {
        this.value(`${path}[${i}]`, field.type, item);
        this.rules(`${path}[${i}]`, field, item);
      });
      return;
    }
    if (Array.isArray(v)) {
      this.report(path, 'expected a single value, got an array (maxOccurs is 1)');
      return;
    }
    this.value(path, field.type, v);
    this.rules(path, field, v);
  }

  /** Checks a value against a type name: 'xs:<builtin>', a simple type or a complex type. */
  value(path: string, typeName: string, v: unknown): void {
    if (v === null) {
      this.report(path, 'null is not a value QBO sends; omit the key instead');
      return;
    }
    const complex = this.schema.complex.get(typeName);
    if (complex) {
      this.complex(path, complex, v);
      return;
    }
    if (Array.isArray(v) || isPlainObject(v)) {
      this.report(path, `expected a scalar (${typeName}), got ${describeValue(v)}`);
      return;
    }
    const simple = this.schema.simple.get(typeName);
    const problem = simple
      ? checkScalar(simple.name, simple.base, simple.facets, v)
      : checkScalar(typeName, typeName.slice(3) as Builtin, {}, v);
    const outsideEnumeration =
      simple?.facets.enumeration !== undefined && !simple.facets.enumeration.has(String(v));
    if (problem)
      this.report(path, problem, outsideEnumeration ? { kind: 'enumeration' } : undefined);
  }

  complex(path: string, type: ComplexType, v: unknown): void {
    if (!isPlainObject(v)) {
      this.report(path, `expected an object (${type.name}), got ${describeValue(v)}`);
      return;
    }
    const extra = jsonOnlyKeys(type.name);
    for (const [key, child] of Object.entries(v)) {
      const childPath = join(path, key);
      const field = type.fields.get(key);
      if (field) {
        this.field(childPath, field, child);
      } else if (key === 'value' && type.text !== undefined) {
        // simpleContent: QBO's JSON puts the element's text under "value".
        this.value(childPath, type.text, child);
      } else if (!type.open && !extra.has(key)) {
        const allowed = [
          ...type.fields.keys(),
          ...(type.text !== undefined ? ['value'] : []),
          ...extra,
        ];
        this.report(
          childPath,
          `unknown key "${key}" in ${type.name}; allowed: ${allowed.join(', ')}`,
        );
      }
    }
    if (this.mode === 'create') {
      for (const [key, field] of type.fields) {
        if (field.rule?.required && !(key in v))
          this.report(join(path, key), `${key} is required`, { kind: 'required' });
      }
    }
    for (const branches of type.exclusive) {
      const chosen = branches.filter((keys) => keys.some((k) => k in v));
      if (chosen.length > 1) {
        const got = chosen.map((keys) => keys.filter((k) => k in v).join('+'));
        this.report(
          path,
          `${type.name} allows only one of these alternatives, got ${got.join(', ')}`,
        );
      }
    }
    if (type.name === 'Line') {
      const details = type.exclusive.find((b) =>
        b.some((keys) => keys.includes('SalesItemLineDetail')),
      );
      const problem = checkLineDetail(v, details?.flat() ?? []);
      if (problem) this.report(join(path, 'DetailType'), problem);
    }
  }
}
