// QBO reads a line's detail from the element DetailType names; a mismatch is silently
// dropped or rejected, so flag it. The XSD's choice alone cannot express this link.

// The one DetailType value that is not also the detail element's name.
const ELEMENT_FOR: Readonly<Record<string, string>> = { DescriptionOnly: 'DescriptionLineDetail' };

export function checkLineDetail(
  line: Readonly<Record<string, unknown>>,
  detailKeys: readonly string[],
): string | undefined {
  const detailType = line['DetailType'];
  if (typeof detailType !== 'string') return undefined;
  const expected = ELEMENT_FOR[detailType] ?? detailType;
  const present = detailKeys.filter((k) => k in line);
  const wrong = present.filter((k) => k !== expected);
  if (wrong.length === 0) return undefined;
  return `DetailType ${JSON.stringify(detailType)} expects ${expected}, got ${wrong.join(', ')}`;
}
