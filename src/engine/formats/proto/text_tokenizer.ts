// Tokens of protobuf text format: identifiers, numbers, quoted strings (C escapes, adjacent
// strings concatenated by the parser), punctuation; `#` comments are skipped.
import { utf8 } from '../binary/bytes';

export type Token =
  | { kind: 'ident'; text: string; line: number; col: number }
  | { kind: 'number'; text: string; line: number; col: number }
  | { kind: 'string'; bytes: Uint8Array; line: number; col: number }
  | { kind: 'punct'; text: string; line: number; col: number };

export class TextFormatError extends Error {}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0, line = 1, lineStart = 0;
  const fail = (m: string) => { throw new TextFormatError(`${line}:${i - lineStart + 1} : ${m}`); };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') { i++; line++; lineStart = i; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
    const col = i - lineStart + 1;
    if ('{}<>[]:,;'.includes(c)) { tokens.push({ kind: 'punct', text: c, line, col }); i++; continue; }
    if (c === '"' || c === "'") {
      const { bytes, end } = readString(text, i, fail);
      tokens.push({ kind: 'string', bytes, line, col });
      i = end;
      continue;
    }
    const m = /^(-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fF]?)|-?[A-Za-z_][A-Za-z0-9_.]*)/.exec(text.slice(i, i + 400));
    if (!m) fail(`Unexpected character '${c}'.`);
    const word = m![0];
    const isNumber = /^-?[0-9.]/.test(word);
    tokens.push({ kind: isNumber ? 'number' : 'ident', text: word, line, col });
    i += word.length;
  }
  return tokens;
}

function readString(text: string, start: number, fail: (m: string) => never): { bytes: Uint8Array; end: number } {
  const quoteChar = text[start];
  const out: number[] = [];
  let i = start + 1;
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, "'": 39, '"': 34, '?': 63 };
  while (i < text.length && text[i] !== quoteChar) {
    const c = text[i];
    if (c === '\n') fail('String literal missing its closing quote.');
    if (c !== '\\') {
      const cp = text.codePointAt(i)!;
      for (const b of utf8(String.fromCodePoint(cp))) out.push(b);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = text[i + 1];
    if (e in simple) { out.push(simple[e]); i += 2; continue; }
    if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))!;
      out.push(parseInt(m[0], 8) & 0xff);
      i += 1 + m[0].length;
      continue;
    }
    if (e === 'x' || e === 'X') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, i + 4));
      if (!m) fail('Invalid \\x escape.');
      out.push(parseInt(m![0], 16));
      i += 2 + m![0].length;
      continue;
    }
    if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail('Invalid unicode escape.');
      for (const b of utf8(String.fromCodePoint(parseInt(hex, 16)))) out.push(b);
      i += 2 + n;
      continue;
    }
    fail(`Invalid escape sequence \\${e}.`);
  }
  if (i >= text.length) fail('String literal missing its closing quote.');
  return { bytes: Uint8Array.from(out), end: i + 1 };
}
