// A tiny XML reader for the subset Intuit's XSDs use: elements and attributes, plus the prose
// of xs:documentation (where Intuit states field lengths the markup does not); other text is dropped.

export interface XmlNode {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** The raw prose of an xs:documentation element. */
  text?: string;
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of src.matchAll(ATTR)) {
    attrs[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

/** Parses a document and returns its root element. */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      i = skipPast(text, '-->', lt);
      continue;
    }
    if (text.startsWith('<?', lt)) {
      i = skipPast(text, '?>', lt);
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      i = skipPast(text, ']]>', lt);
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) {
      // A stray '<' in prose: not markup.
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const [, closing, name = '', attrSrc = '', selfClosing] = m;
    const top = stack[stack.length - 1] as XmlNode;
    if (closing) {
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const node: XmlNode = { name, attrs: parseAttrs(attrSrc), children: [] };
    top.children.push(node);
    if (selfClosing) continue;
    if (name === 'xs:documentation') {
      // Prose may hold anything that looks like markup: keep it as text and jump to its end.
      const end = skipPast(text, '</xs:documentation>', i);
      node.text = decodeEntities(text.slice(i, end - '</xs:documentation>'.length));
      i = end;
      continue;
    }
    stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`XML: unclosed <${stack[stack.length - 1]?.name}>`);
  const first = root.children[0];
  if (!first) throw new Error('XML: no root element');
  return first;
}

function skipPast(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  if (end < 0) throw new Error(`XML: missing ${marker}`);
  return end + marker.length;
}
