// String literals in expressions: adjacent literals concatenate, f-strings become JoinedStr
// with their embedded expressions parsed by the expression grammar.
import { Tok, Token } from '../lexer/tokens';
import { tokenize } from '../lexer/lexer';
import { CompileError } from '../lexer/syntax-error';
import type { Expr, FormattedValue } from './ast';
import { TokenStream } from './stream';
import { parseFString } from './fstring';
import { parseTestListStar } from './expressions';

const pos = (t: Token) => ({ line: t.line, col: t.col });

/** Adjacent string literals concatenate; any f-string among them makes a JoinedStr. */
export function parseStrings(ts: TokenStream): Expr {
  const first = ts.peek;
  const parts: (string | FormattedValue)[] = [];
  let anyF = false, kinds = 0;
  while (ts.peek.kind === Tok.String) {
    const tok = ts.next(), s = tok.str!;
    kinds |= s.isBytes ? 1 : 2;
    if (kinds === 3) throw new CompileError('cannot mix bytes and nonbytes literals', first.line, first.col);
    if (s.isF) {
      anyF = true;
      parts.push(...parseFString(s.raw!, !!s.isRaw, s.bodyLine!, s.bodyCol!, parseEmbeddedExpr));
    } else parts.push(s.value);
  }
  if (kinds === 1) return { kind: 'Constant', value: { bytes: latin1Bytes((parts as string[]).join('')) }, ...pos(first) };
  if (!anyF) return { kind: 'Constant', value: (parts as string[]).join(''), ...pos(first) };
  // Merge neighbouring literal pieces.
  const merged: (string | FormattedValue)[] = [];
  for (const p of parts) {
    if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
    else merged.push(p);
  }
  return { kind: 'JoinedStr', parts: merged, ...pos(first) };
}

/** A bytes literal's text (every char below 256 once escapes are decoded) as its bytes. */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function parseEmbeddedExpr(text: string, line: number, col: number): Expr {
  let toks: Token[];
  try {
    toks = tokenize('(' + text + ')');
  } catch (e) {
    if (e instanceof CompileError) throw new CompileError('f-string: ' + e.message, line, col);
    throw e;
  }
  for (const t of toks) { t.line = line; t.endLine = line; t.col += col - 1; t.endCol += col - 1; }
  const sub = new TokenStream(toks);
  const e = parseTestListStar(sub);
  if (sub.peek.kind !== Tok.Newline && sub.peek.kind !== Tok.EOF) throw new CompileError('f-string: invalid syntax', line, col);
  return e;
}

