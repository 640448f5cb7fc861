// A Python cell's text with strings and comments blanked out, so the editor's small scanners
// (cursor context, dotted names, call arguments) see only code, even in a cell that does not parse.
// Offsets are kept: the masked text has the same length and the same newlines.

export interface MaskedText {
  readonly text: string;
  /** 1 where the character is code, 0 inside a string literal or comment. */
  readonly code: Uint8Array;
}

const STRING_PREFIX = /^[rRbBuUfF]{0,2}$/;

export function maskSource(source: string): MaskedText {
  const out = source.split('');
  const code = new Uint8Array(source.length).fill(1);
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) { code[k] = 0; if (out[k] !== '\n') out[k] = ' '; }
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '#') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const stop = stringEnd(source, i);
      // Quotes stay visible, so `f('a', b)` still reads as a call with two arguments.
      blank(i + 1, Math.max(i + 1, stop - 1));
      code[i] = 0;
      if (stop - 1 > i) code[stop - 1] = 0;
      i = stop;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < source.length && /\w/.test(source[j])) j++;
      // A prefix such as rb or f directly before a quote belongs to the string.
      if ((source[j] === '"' || source[j] === "'") && STRING_PREFIX.test(source.slice(i, j))) { i = j; continue; }
      i = j;
      continue;
    }
    i++;
  }
  return { text: out.join(''), code };
}

/** The offset just past the string literal opening at `start` (or the text's end if unclosed). */
function stringEnd(source: string, start: number): number {
  const q = source[start];
  const triple = source.startsWith(q.repeat(3), start);
  const close = triple ? q.repeat(3) : q;
  let i = start + close.length;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') { i += 2; continue; }
    if (!triple && c === '\n') return i;
    if (source.startsWith(close, i)) return i + close.length;
    i++;
  }
  return source.length;
}

/** 0-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 0, lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') { line++; lineStart = i + 1; }
  return { line, col: offset - lineStart };
}

/** Offset of a 0-based line and column. */
export function offsetAt(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + col);
}
