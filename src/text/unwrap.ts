/**
 * Hard-wrapped plain text (an e-mail, a wire feed, `fold -s -w 72`) breaks its paragraphs with
 * single line breaks that are not the ends of anything: left in, they would end sentences
 * inside names and quotations. The analysed copy joins them: each such break becomes spaces of
 * the same length, so every offset found in the copy is an offset into the original text.
 *
 * A break is a wrap when the next line's first word would not have fitted on the line before it
 * at the text's wrap width (the longest line that has a space, so a long URL does not count),
 * with one column to spare (`fold -s` also counts the space after that word), in characters or
 * in UTF-8 bytes (GNU fold counts bytes, so its lines with accents or curly quotes look short).
 * Text whose lines are longer than any wrapping program makes (one paragraph per line) is
 * not wrapped, and headlines, datelines and list items, which end early, keep their breaks.
 */

/** Wider than this, lines are paragraphs rather than wrapped. */
const MAX_WRAP_WIDTH = 100;

const LINE = /[^\r\n]*(\r\n|\n|\r|$)/g;

export function joinWrappedLines(text: string): string {
  const lines: Array<{ start: number; content: string; ending: string }> = [];
  let width = 0;
  let byteWidth = 0;
  for (const m of text.matchAll(LINE)) {
    if (m.index === text.length && lines.length) break;
    const content = m[0].slice(0, m[0].length - m[1]!.length);
    lines.push({ start: m.index, content, ending: m[1]! });
    if (!content.trim().includes(' ')) continue;
    width = Math.max(width, content.length);
    if (width > MAX_WRAP_WIDTH) return text; // one line too long to be wrapped is enough: the rest is not read
    byteWidth = Math.max(byteWidth, Buffer.byteLength(content));
  }
  if (width === 0) return text;
  const overflows = (line: string, word: string, measure: (s: string) => number, limit: number) => measure(line.trimEnd()) + 1 + measure(word) >= limit;
  let out = '';
  let last = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!line.content.trim() || !next.content.trim()) continue;
    const firstWord = /^\s*(\S+)/.exec(next.content)![1]!;
    if (!overflows(line.content, firstWord, (s) => s.length, width) && !overflows(line.content, firstWord, Buffer.byteLength, byteWidth)) continue;
    const at = line.start + line.content.length;
    out += text.slice(last, at) + ' '.repeat(line.ending.length);
    last = at + line.ending.length;
  }
  return last === 0 ? text : out + text.slice(last);
}
