import { readFileSync } from 'node:fs';
import { relative, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { spanishCatalogs } from '@qbo-invoicing/messages/catalogs';
import { filesUnder, isProse } from '../support/message-scan';

/**
 * Beyond the shared check (which reads an error's message and a literal fix): every piece of
 * prose anywhere in an error the invoice and wizard functions raise — a fix chosen by a
 * condition, the message of `invalid(…)` — is a catalog id, so the runtime can say it in the
 * caller's language; and no such error is built from a template.
 */
const root = join(import.meta.dirname, '..', '..');
const known = new Set(Object.values(spanishCatalogs).flatMap((catalog) => Object.keys(catalog)));
/** Options of an error that are for the log or the form, not for a person to read. */
const technical = new Set(['field', 'detail', 'cause', 'values', 'retryable']);

function findings(files: Array<{ path: string; text: string }>): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(root, path)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const said = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && technical.has(node.name.getText(source))) return;
      if (ts.isTemplateExpression(node))
        out.push(`${where(node)} template: ${node.getText(source)}`);
      else if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        isProse(node.text) &&
        !known.has(node.text)
      )
        out.push(`${where(node)} not in a catalog: ${node.text}`);
      // A `t(…)` call inside is typed against the catalogs already.
      if (ts.isCallExpression(node) && /(^|\.)t$/.test(node.expression.getText(source))) return;
      ts.forEachChild(node, said);
    };
    const visit = (node: ts.Node) => {
      const raises =
        (ts.isNewExpression(node) && node.expression.getText(source) === 'AppError') ||
        (ts.isCallExpression(node) && node.expression.getText(source) === 'invalid');
      if (raises) for (const argument of node.arguments ?? []) said(argument);
      else ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('the invoice and wizard functions’ errors', () => {
  it('are catalog ids with values, however they are chosen', () => {
    expect(
      findings(
        [
          ...filesUnder('serverless/invoices'),
          ...filesUnder('serverless/invoicing'),
          ...filesUnder('serverless/wizard'),
        ].map((path) => ({ path, text: readFileSync(path, 'utf8') })),
      ),
    ).toEqual([]);
  });

  it('finds what the shared check cannot see (so this check can fail)', () => {
    const text = [
      "throw new AppError('CONFLICT', 'Choose another invoice number.', {",
      "  fix: next ? 'Use the next free number.' : 'Choose another invoice number.',",
      "  field: 'input.draft.docNumber',",
      '});',
      "throw invalid('input.draft', `Invoice ${number} is gone.`);",
    ].join('\n');
    expect(findings([{ path: join(root, 'sample.ts'), text }])).toEqual([
      expect.stringContaining('not in a catalog: Use the next free number.'),
      expect.stringContaining('template: `Invoice ${number} is gone.`'),
    ]);
  });
});
