/** One part of a project's content: a numbered sub-item (①, ⑴, （1）, 1.) or the text before the first one. */
export interface ContentSegment {
  /** the marker as written (①, （2）, 3.), null for the text before the first marker or unnumbered content */
  marker: string | null;
  /** offset of the text after the marker (leading whitespace skipped) */
  bodyStart: number;
  /** end (exclusive) of the text, trailing ；。 and whitespace excluded */
  bodyEnd: number;
}

/**
 * The marker families notices use, in the order they are tried. Circled numbers stand anywhere (①…；②…);
 * bracketed and dotted numbers only at a line start or after 。；：, so that "（1）" inside a sentence or
 * "5.5公里" never splits.
 */
const FAMILIES: ReadonlyArray<{ pattern: RegExp; anywhere: boolean }> = [
  { pattern: /[\u2460-\u2473]/g, anywhere: true },
  { pattern: /[\u2474-\u2487]/g, anywhere: true },
  { pattern: /[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[）)]/g, anywhere: false },
  { pattern: /[0-9０-９]{1,2}[.．、](?![0-9０-９])/g, anywhere: false },
];

const ITEM_START_BEFORE = /(?:^|[\n。；;：:])[ \t\u3000]*$/;
const TRAILING = /[\s；;。，,]+$/;

function markersOf(content: string, family: { pattern: RegExp; anywhere: boolean }): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  for (const match of content.matchAll(family.pattern)) {
    const index = match.index ?? 0;
    if (family.anywhere || ITEM_START_BEFORE.test(content.slice(Math.max(0, index - 8), index))) {
      found.push({ index, text: match[0] });
    }
  }
  return found;
}

function segment(content: string, marker: string | null, from: number, to: number): ContentSegment | null {
  const text = content.slice(from, to);
  const leading = text.length - text.trimStart().length;
  const body = text.trim().replace(TRAILING, '');
  if (body === '') return null;
  return { marker, bodyStart: from + leading, bodyEnd: from + leading + body.length };
}

/**
 * Splits a project's content at its sub-item markers. The first family of markers found wins, so a list
 * ①② whose items contain (1)(2) splits only at ①②. Without markers the whole content is one segment.
 */
export function splitContentSegments(content: string): ContentSegment[] {
  const family = FAMILIES.map((candidate) => markersOf(content, candidate))
    .filter((markers) => markers.length > 0)
    .sort((a, b) => (a[0]?.index ?? 0) - (b[0]?.index ?? 0))[0];
  if (family === undefined) {
    const whole = segment(content, null, 0, content.length);
    return whole === null ? [] : [whole];
  }
  const segments: ContentSegment[] = [];
  const first = family[0]?.index ?? 0;
  const preamble = segment(content, null, 0, first);
  if (preamble !== null) segments.push(preamble);
  family.forEach((marker, i) => {
    const end = family[i + 1]?.index ?? content.length;
    const item = segment(content, marker.text, marker.index + marker.text.length, end);
    if (item !== null) segments.push(item);
  });
  return segments;
}
