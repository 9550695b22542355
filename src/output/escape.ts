// C0 controls (tab and line breaks included), DEL and the C1 controls: a terminal takes ESC and
// U+009B as the start of a command (retitle the window, clear the screen, move the cursor).
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

/**
 * Text from files and file names made safe to print on a terminal: every control character
 * is written as `\xNN`. For table cells, stderr messages and anything else a person reads.
 */
export const visible = (s: string): string =>
  s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
