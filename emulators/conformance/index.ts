// QuickBooks Online JSON conformance against Intuit's own XSDs (vendored in ./xsd).

import { Checker, type CheckMode, type ConformanceIssue } from './check.js';
import type { ComplexType } from './model.js';
import { loadSchema } from './schema.js';

export type { CheckMode, ConformanceIssue, RuleBreach } from './check.js';

export function isKnownEntity(name: string): boolean {
  return loadSchema().entities.has(name);
}

/**
 * Checks one entity: as QBO returns it ('read', the default: shape only) or a create/update
 * request body (shape plus the field rules QBO enforces on what clients send).
 */
export function checkEntity(
  entityName: string,
  json: unknown,
  mode: CheckMode = 'read',
): ConformanceIssue[] {
  const schema = loadSchema();
  const typeName = schema.entities.get(entityName);
  if (!typeName) {
    return [
      {
        path: entityName,
        message: `unknown entity "${entityName}" (not an IntuitObject in the XSDs)`,
      },
    ];
  }
  const checker = new Checker(schema, mode);
  checker.value(entityName, typeName, json);
  return checker.issues;
}

function checkEnvelope(typeName: string, json: unknown, requireOneOf: boolean): ConformanceIssue[] {
  const schema = loadSchema();
  const type = schema.complex.get(typeName) as ComplexType;
  const checker = new Checker(schema);
  checker.complex('', type, json);
  // The envelope's payload choice is the one rule of minOccurs worth keeping: an
  // envelope with no payload at all is never a real QBO answer.
  const payload = type.exclusive[0]?.flat() ?? [];
  if (requireOneOf && typeof json === 'object' && json !== null && !Array.isArray(json)) {
    if (!payload.some((k) => k in json)) {
      checker.issues.push({
        path: '',
        message: `${typeName} carries no payload (one of ${payload.join(', ')})`,
      });
    }
  }
  return checker.issues;
}

/** Checks a whole response body against IntuitResponse (entity, QueryResponse, Fault, batch, CDC). */
export function checkResponse(json: unknown): ConformanceIssue[] {
  return checkEnvelope('IntuitResponse', json, true);
}

/** Checks a batch request body against IntuitBatchRequest. */
export function checkBatchRequest(json: unknown): ConformanceIssue[] {
  return checkEnvelope('IntuitBatchRequest', json, false);
}

/** Throws one Error listing every issue; kind is an entity name, 'response' or 'batchRequest'. */
export function assertConforms(kind: string, json: unknown): void {
  const issues =
    kind === 'response'
      ? checkResponse(json)
      : kind === 'batchRequest'
        ? checkBatchRequest(json)
        : checkEntity(kind, json);
  if (issues.length === 0) return;
  const lines = issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`);
  throw new Error(
    `${kind} does not conform to the QBO schema (${issues.length} issue(s)):\n${lines.join('\n')}`,
  );
}
