// Splits an f-string body into literal text and {expression!conv:spec} fields.
import type { Expr, FormattedValue } from './ast';
import { decodeEscapes } from '../lexer/escapes';
import { CompileError } from '../lexer/syntax-error';

export type ExprParser = (text: string, line: number, col: number) => Expr;

export function parseFString(raw: string, isRaw: boolean, line: number, col: number, parseExpr: ExprParser): (string | FormattedValue)[] {
  const parts: (string | FormattedValue)[] = [];
  const pos = { i: 0 };
  parseInto(raw, pos, parts, isRaw, line, col, parseExpr, false);
  return parts;
}

function parseInto(raw: string, pos: { i: number }, parts: (string | FormattedValue)[], isRaw: boolean,
  line: number, col: number, parseExpr: ExprParser, inSpec: boolean): void {
  let lit = '';
  const flush = () => { if (lit) { parts.push(isRaw ? lit : decodeEscapes(lit)); lit = ''; } };
  while (pos.i < raw.length) {
    const c = raw[pos.i];
    if (c === '{') {
      if (!inSpec && raw[pos.i + 1] === '{') { lit += '{'; pos.i += 2; continue; }
      flush();
      pos.i++;
      parts.push(parseField(raw, pos, isRaw, line, col, parseExpr));
      continue;
    }
    if (c === '}') {
      if (inSpec) break;
      if (raw[pos.i + 1] === '}') { lit += '}'; pos.i += 2; continue; }
      throw new CompileError("f-string: single '}' is not allowed", line, col);
    }
    if (c === '\\' && !isRaw && pos.i + 1 < raw.length) { lit += c + raw[pos.i + 1]; pos.i += 2; continue; }
    lit += c;
    pos.i++;
  }
  flush();
}

function parseField(raw: string, pos: { i: number }, isRaw: boolean, line: number, col: number, parseExpr: ExprParser): FormattedValue {
  const start = pos.i;
  let depth = 0;
  let quote: string | null = null;
  for (; pos.i < raw.length; pos.i++) {
    const c = raw[pos.i];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === "'" || c === '"') { quote = c; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (c === '!' && raw[pos.i + 1] !== '=') break;
      if (c === ':') break;
      if (c === '=' && raw[pos.i + 1] !== '=' && !'=!<>'.includes(raw[pos.i - 1])) break;
    }
  }
  let exprText = raw.slice(start, pos.i);
  if (!exprText.trim()) throw new CompileError('f-string: valid expression required before \'}\'', line, col);
  let selfDoc: string | undefined;
  if (raw[pos.i] === '=') { selfDoc = exprText + '='; pos.i++; }
  const expr = parseExpr(exprText, line, col);
  let conversion: FormattedValue['conversion'] = null;
  if (raw[pos.i] === '!') {
    const conv = raw[pos.i + 1];
    if (conv !== 's' && conv !== 'r' && conv !== 'a') throw new CompileError("f-string: invalid conversion character: expected 's', 'r', or 'a'", line, col);
    conversion = conv;
    pos.i += 2;
  }
  let spec: (string | FormattedValue)[] | null = null;
  if (raw[pos.i] === ':') {
    pos.i++;
    spec = [];
    parseInto(raw, pos, spec, isRaw, line, col, parseExpr, true);
  }
  if (raw[pos.i] !== '}') throw new CompileError("f-string: expecting '}'", line, col);
  pos.i++;
  if (selfDoc && conversion === null && spec === null) conversion = 'r';
  return { expr, conversion, spec, selfDoc };
}
