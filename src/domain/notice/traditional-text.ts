import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional-character notices (洋縣, 責任單位) are read in Simplified form, so that one set of keywords and
 * column titles matches both, while what the clerk sees keeps the notice's own characters.
 * opencc-js (the OpenCC dictionaries in JavaScript) does the conversion.
 */

let toSimplified: ((text: string) => string) | null = null;

function convert(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

/** Simplified text of the same length as the original, with a way back to the original characters. */
export interface SimplifiedText {
  /** the text to match keywords on, character for character aligned with the original */
  text: string;
  /** true when the original used Traditional characters */
  isTraditional: boolean;
  /** the original characters for a string cut from (or built from pieces of) `text` */
  restore(simplified: string): string;
}

/** Converts line by line; a line whose conversion changes its length is converted character by character. */
function alignedConversion(original: string): string {
  const whole = convert(original);
  if (whole.length === original.length) return whole;
  return original
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      return converted.length === line.length
        ? converted
        : [...line]
            .map((ch) => {
              const c = convert(ch);
              return c.length === ch.length ? c : ch;
            })
            .join('');
    })
    .join('\n');
}

/**
 * Reads a notice text for matching: Traditional characters become Simplified (same length, so every offset
 * still points at the same place), and `restore` maps a result back to the characters the notice used, by the
 * most frequent original of each converted character in this document.
 */
export function simplifyNoticeText(original: string): SimplifiedText {
  const text = alignedConversion(original);
  const counts = new Map<string, Map<string, number>>();
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i += 1) {
    const from = original[i] ?? '';
    const to = text[i] ?? '';
    if (/[\u4e00-\u9fff]/.test(from)) han += 1;
    if (from === to) continue;
    changed += 1;
    const byOriginal = counts.get(to) ?? new Map<string, number>();
    byOriginal.set(from, (byOriginal.get(from) ?? 0) + 1);
    counts.set(to, byOriginal);
  }
  if (changed === 0) return { text: original, isTraditional: false, restore: (simplified) => simplified };
  const isTraditional = han > 0 && changed / han > 0.003;
  const back = new Map<string, string>();
  for (const [to, byOriginal] of counts) {
    const [best] = [...byOriginal.entries()].sort((a, b) => b[1] - a[1]);
    if (best !== undefined) back.set(to, best[0]);
  }
  return { text, isTraditional, restore: (simplified) => [...simplified].map((ch) => back.get(ch) ?? ch).join('') };
}
