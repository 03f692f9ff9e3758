import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds words a person would read that do not come from the message catalogs: text in JSX,
 * prose in string literals of a component, and server messages written as literals or
 * templates instead of catalog ids. Each finding names the file (from the repo's root), the
 * line and the text.
 */
export interface Finding {
  file: string;
  line: number;
  text: string;
}

const root = join(import.meta.dirname, '..', '..');

export function filesUnder(folder: string, pattern = /\.tsx?$/): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(join(root, folder));
  return out.sort();
}

/** Letters a person reads: a sentence, or a capitalised word ("Save"); not `USD`, ids or paths. */
export function isProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/[a-z]/.test(trimmed)) return false;
  if (/\s/.test(trimmed)) return true;
  return /^[A-Z][a-z’']+[.!?…:]?$/.test(trimmed);
}

/** Attributes whose text is for the machine or the layout, never for a person. */
const technicalAttributes = new Set([
  'variant',
  'name',
  'testId',
  'tabId',
  'type',
  'layout',
  'direction',
  'gap',
  'align',
  'justify',
  'key',
  'id',
  'format',
  'size',
  'width',
  'height',
  'href',
  'src',
  'value',
  'defaultSelected',
  'selected',
  'inputType',
  'color',
  'distance',
  'imageName',
  'wrap',
]);

const lineOf = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => span.literal.text).join('');
  }
  return null;
}

/** Inside `t('…')`, `words.t('…')` or `messages.t('…')`: the catalog's own id. */
function isMessageId(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent || !ts.isCallExpression(parent) || parent.arguments[0] !== node) return false;
  const callee = parent.expression;
  const name = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : '';
  return name === 't';
}

function isModuleName(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    !!parent &&
    (ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isExternalModuleReference(parent) ||
      (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword))
  );
}

function parse(path: string): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

/**
 * Hard-coded words in extension code: JSX text, and prose literals that are not a catalog id
 * (`known`: every English id the catalogs hold) nor a technical attribute's value.
 */
export function hardCodedUiText(files: string[], known: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const path of files) {
    const source = parse(path);
    const report = (node: ts.Node, text: string) =>
      findings.push({ file: relative(root, path), line: lineOf(source, node), text: text.trim() });
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /[A-Za-z]/.test(node.text)) report(node, node.text);
      const text = literalText(node);
      if (text !== null && isProse(text) && !known.has(text) && !isMessageId(node)) {
        const holder =
          node.parent && ts.isJsxExpression(node.parent) ? node.parent.parent : node.parent;
        const attribute = holder && ts.isJsxAttribute(holder) ? holder : null;
        const technical =
          attribute !== null && technicalAttributes.has(attribute.name.getText(source));
        if (!technical && !isModuleName(node)) report(node, text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/** Properties of the functions' answers and HubSpot writes that people read. */
const readProperties = new Set([
  'message',
  'fix',
  'reason',
  'title',
  'body',
  'subject',
  'label',
  'warning',
  'hint',
  'detailText',
]);

function isLogCall(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression.getText();
      if (/^log\.|^console\./.test(callee)) return true;
    }
  }
  return false;
}

/**
 * Server messages not said through the catalogs: an `AppError`'s message or fix, or a property
 * people read (`message`, `reason`, `title`…), written as prose that is not a catalog id or as a
 * template (values belong in `{placeholders}`). Logs and technical `detail` are the server's own.
 */
export function untranslatedServerText(files: string[], known: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const path of files) {
    const source = parse(path);
    const reported = new Set<ts.Node>();
    const report = (node: ts.Node, text: string) => {
      if (reported.has(node)) return;
      reported.add(node);
      findings.push({ file: relative(root, path), line: lineOf(source, node), text });
    };
    const check = (node: ts.Node | undefined) => {
      if (!node) return;
      const text = literalText(node);
      if (text === null || !isProse(text)) return;
      if (ts.isTemplateExpression(node) || !known.has(text)) report(node, text);
    };
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'AppError') {
        check(node.arguments?.[1]);
        const options = node.arguments?.[2];
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const property of options.properties) {
            if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'fix') {
              check(property.initializer);
            }
          }
        }
      } else if (
        ts.isPropertyAssignment(node) &&
        readProperties.has(node.name.getText(source)) &&
        !isLogCall(node)
      ) {
        check(node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/**
 * The arguments of a message (`name`, `count:plural`, `kind:select`, with those inside plural and
 * select cases), sorted, so an English id and its Spanish can be compared.
 */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '{') {
        if (depth++ === 0) start = i;
      } else if (text[i] === '}' && --depth === 0) {
        const inner = text.slice(start + 1, i);
        const [name = '', kind = '', ...rest] = inner.split(',');
        const type = kind.trim();
        if (type === 'plural' || type === 'select') {
          names.add(`${name.trim()}:${type}`);
          // The cases: `one {…} other {…}`; their texts may hold arguments of their own.
          const cases = rest.join(',');
          for (const body of cases.matchAll(/\{((?:[^{}]|\{[^{}]*\})*)\}/g)) walk(body[1] ?? '');
        } else {
          names.add(inner.trim());
        }
      }
    }
  };
  walk(message);
  return [...names].sort();
}
