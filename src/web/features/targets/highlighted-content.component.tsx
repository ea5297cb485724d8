import type { ReactNode } from 'react';

/** A piece of the project content that a target or milestone was read from. */
export interface SourceSpan {
  /** `t12` for target 12, `m3` for milestone 3 */
  key: string;
  text: string;
  kind: 'target' | 'milestone';
}

interface Range {
  start: number;
  end: number;
  span: SourceSpan;
}

/**
 * Places each span at its first occurrence in the content not already taken (the same words may be quoted twice);
 * spans that are not found, or that would overlap an earlier one, are left unmarked.
 */
export function locateSpans(content: string, spans: SourceSpan[]): Range[] {
  const ranges: Range[] = [];
  const overlaps = (start: number, end: number) => ranges.some((range) => start < range.end && range.start < end);
  for (const span of spans) {
    if (!span.text) continue;
    let from = 0;
    for (;;) {
      const start = content.indexOf(span.text, from);
      if (start < 0) break;
      const end = start + span.text.length;
      if (!overlaps(start, end)) {
        ranges.push({ start, end, span });
        break;
      }
      from = start + 1;
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

interface HighlightedContentProps {
  content: string;
  spans: SourceSpan[];
  activeKey: string | null;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
}

/** 项目内容及工作目标 with every target's source text marked; the active one is marked more strongly. */
export function HighlightedContent({ content, spans, activeKey, onHover, onSelect }: HighlightedContentProps) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const { start, end, span } of locateSpans(content, spans)) {
    if (start > cursor) parts.push(content.slice(cursor, start));
    const classes = ['ms-mark', span.kind === 'milestone' ? 'ms-mark-milestone' : '', span.key === activeKey ? 'ms-mark-active' : ''];
    parts.push(
      <mark
        key={span.key}
        data-span={span.key}
        className={classes.filter(Boolean).join(' ')}
        onMouseEnter={() => onHover(span.key)}
        onMouseLeave={() => onHover(null)}
        onClick={() => onSelect(span.key)}
      >
        {content.slice(start, end)}
      </mark>,
    );
    cursor = end;
  }
  if (cursor < content.length) parts.push(content.slice(cursor));
  return (
    <div className="ms-pre-wrap" data-testid="project-content">
      {parts}
    </div>
  );
}
