/**
 * `node.text` from HubSpot's test renderer is null when a node holds other components; a person
 * reads all the text inside, so tests do too.
 */
interface NodeLike {
  text?: string | null;
  childNodes?: NodeLike[];
  nodeType?: unknown;
}

export function allText(node: NodeLike | null | undefined): string {
  if (!node) return '';
  if (!node.childNodes || node.childNodes.length === 0) return node.text ?? '';
  return node.childNodes
    .map((child) => allText(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
