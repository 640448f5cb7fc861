// Expression grammar, from lambda/conditional down to atoms, with Python's precedence.
import { Tok, Token } from '../lexer/tokens';
import { CompileError } from '../lexer/syntax-error';
import type { Arg, Arguments, BinOpName, CmpOpName, Expr, Keyword } from './ast';
import { TokenStream } from './stream';
import { parseAtom, parseComprehensionTail } from './displays';

export const pos = (t: Token) => ({ line: t.line, col: t.col });
export const at = (e: Expr) => ({ line: e.line, col: e.col });

/**
 * `expression` in the grammar: lambda, or a conditional expression. Chains (`a if c else b if
 * d else e`, `lambda: lambda: x`) are read in a loop, so only brackets and unary operators
 * recurse: the depth counter bounds those (see TokenStream.descend).
 */
export function parseTest(ts: TokenStream): Expr {
  ts.descend();
  // Each prefix wraps everything after it: `lambda args:` or `body if test else`.
  const prefixes: ({ lambda: Token; args: Arguments } | { body: Expr; test: Expr })[] = [];
  let last: Expr;
  for (;;) {
    if (ts.isKw('lambda')) {
      const t = ts.next();
      const args = parseParams(ts, ':', false);
      ts.expectOp(':');
      prefixes.push({ lambda: t, args });
      continue;
    }
    const body = parseOr(ts);
    if (!ts.isKw('if')) { last = body; break; }
    // A conditional expression; `x if c` without else is an error.
    ts.next();
    const test = parseOr(ts);
    if (!ts.eatKw('else')) throw ts.error("expected 'else' after 'if' expression");
    prefixes.push({ body, test });
  }
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const p = prefixes[i];
    last = 'lambda' in p
      ? { kind: 'Lambda', args: p.args, body: last, ...pos(p.lambda) }
      : { kind: 'IfExp', test: p.test, body: p.body, orelse: last, ...at(p.body) };
  }
  ts.ascend();
  return last;
}

/** A test that may also be a walrus assignment (used for call args, if/while conditions). */
export function parseNamedTest(ts: TokenStream): Expr {
  const e = parseTest(ts);
  if (ts.isOp(':=')) {
    if (e.kind !== 'Name') throw ts.error('cannot use assignment expressions with ' + describe(e));
    ts.next();
    const value = parseTest(ts);
    return { kind: 'NamedExpr', target: e, value, ...at(e) };
  }
  return e;
}

export function parseLambda(ts: TokenStream): Expr {
  const t = ts.next();
  const args = parseParams(ts, ':', false);
  ts.expectOp(':');
  const body = parseTest(ts);
  return { kind: 'Lambda', args, body, ...pos(t) };
}

/** Parameter list of def (inside parens) or lambda (until ':'). */
export function parseParams(ts: TokenStream, closer: string, annotations: boolean): Arguments {
  const args: Arguments = { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
  let afterStar = false;
  let sawDefault = false;
  while (!ts.isOp(closer)) {
    if (ts.eatOp('/')) {
      args.posonly = args.args; args.args = [];
    } else if (ts.eatOp('**')) {
      args.kwarg = expectName(ts).text;
      if (annotations && ts.eatOp(':')) parseTest(ts);
    } else if (ts.eatOp('*')) {
      afterStar = true;
      if (ts.peek.kind === Tok.Name) {
        args.vararg = expectName(ts).text;
        if (annotations && ts.eatOp(':')) parseTest(ts);
      }
    } else {
      const nameTok = expectName(ts);
      if (annotations && ts.eatOp(':')) parseTest(ts);
      let def: Expr | null = null;
      if (ts.eatOp('=')) { def = parseTest(ts); if (!afterStar) sawDefault = true; }
      else if (sawDefault && !afterStar) throw new CompileError('non-default argument follows default argument', nameTok.line, nameTok.col);
      const arg: Arg = { name: nameTok.text, default: def, line: nameTok.line, col: nameTok.col };
      const all = [...args.posonly, ...args.args, ...args.kwonly];
      if (all.some(a => a.name === arg.name)) throw new CompileError(`duplicate argument '${arg.name}' in function definition`, nameTok.line, nameTok.col);
      (afterStar ? args.kwonly : args.args).push(arg);
    }
    if (!ts.eatOp(',')) break;
  }
  return args;
}

function expectName(ts: TokenStream): Token {
  const t = ts.peek;
  if (t.kind !== Tok.Name) throw ts.error();
  return ts.next();
}

export function parseOr(ts: TokenStream): Expr {
  const first = parseAnd(ts);
  if (!ts.isKw('or')) return first;
  const values = [first];
  while (ts.eatKw('or')) values.push(parseAnd(ts));
  return { kind: 'BoolOp', op: 'or', values, ...at(first) };
}

function parseAnd(ts: TokenStream): Expr {
  const first = parseNot(ts);
  if (!ts.isKw('and')) return first;
  const values = [first];
  while (ts.eatKw('and')) values.push(parseNot(ts));
  return { kind: 'BoolOp', op: 'and', values, ...at(first) };
}

function parseNot(ts: TokenStream): Expr {
  const nots: Token[] = [];
  while (ts.isKw('not')) { nots.push(ts.next()); ts.descend(); }
  let e = parseComparison(ts);
  for (let i = nots.length - 1; i >= 0; i--) { e = { kind: 'UnaryOp', op: 'not', operand: e, ...pos(nots[i]) }; ts.ascend(); }
  return e;
}

const CMP_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);

function parseComparison(ts: TokenStream): Expr {
  const left = parseBinary(ts, 0);
  const ops: CmpOpName[] = [];
  const comparators: Expr[] = [];
  for (;;) {
    const t = ts.peek;
    let op: CmpOpName | null = null;
    if (t.kind === Tok.Op && CMP_OPS.has(t.text)) { ts.next(); op = t.text as CmpOpName; }
    else if (t.kind === Tok.Name && t.text === 'in') { ts.next(); op = 'in'; }
    else if (t.kind === Tok.Name && t.text === 'not' && ts.peekAt(1).kind === Tok.Name && ts.peekAt(1).text === 'in') { ts.i += 2; op = 'not in'; }
    else if (t.kind === Tok.Name && t.text === 'is') {
      ts.next();
      op = ts.eatKw('not') ? 'is not' : 'is';
    }
    if (!op) break;
    ops.push(op);
    comparators.push(parseBinary(ts, 0));
  }
  if (!ops.length) return left;
  return { kind: 'Compare', left, ops, comparators, ...at(left) };
}

// Binary operator levels from loosest to tightest: | ^ & shifts additive multiplicative.
const LEVELS: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

export function parseBinary(ts: TokenStream, level: number): Expr {
  if (level === LEVELS.length) return parseFactor(ts);
  let left = parseBinary(ts, level + 1);
  const ops = LEVELS[level];
  for (;;) {
    const t = ts.peek;
    if (t.kind !== Tok.Op || !ops.includes(t.text)) return left;
    ts.next();
    const right = parseBinary(ts, level + 1);
    left = { kind: 'BinOp', op: t.text as BinOpName, left, right, ...at(left) };
  }
}

function parseFactor(ts: TokenStream): Expr {
  const signs: Token[] = [];
  for (let t = ts.peek; t.kind === Tok.Op && (t.text === '-' || t.text === '+' || t.text === '~'); t = ts.peek) {
    signs.push(ts.next());
    ts.descend();
  }
  let e = parsePower(ts);
  for (let i = signs.length - 1; i >= 0; i--) { e = applySign(signs[i], e); ts.ascend(); }
  return e;
}

function applySign(t: Token, operand: Expr): Expr {
  // Fold negative number literals so `-1` is a constant (CPython does the same).
  if (t.text === '-' && operand.kind === 'Constant') {
    const v = operand.value;
    if (typeof v === 'number') return { kind: 'Constant', value: v === 0 ? 0 : -v, ...pos(t) };
    if (typeof v === 'bigint') return { kind: 'Constant', value: -v, ...pos(t) };
    if (v !== null && typeof v === 'object' && 'float' in v) return { kind: 'Constant', value: { float: -v.float }, ...pos(t) };
  }
  const op = t.text === '-' ? 'neg' : t.text === '+' ? 'pos' : 'invert';
  return { kind: 'UnaryOp', op, operand, ...pos(t) };
}

function parsePower(ts: TokenStream): Expr {
  const base = parsePrimary(ts);
  if (ts.isOp('**')) {
    ts.next();
    ts.descend();
    const exp = parseFactor(ts);
    ts.ascend();
    return { kind: 'BinOp', op: '**', left: base, right: exp, ...at(base) };
  }
  return base;
}

function parsePrimary(ts: TokenStream): Expr {
  let e = parseAtom(ts);
  for (;;) {
    const t = ts.peek;
    if (t.kind !== Tok.Op) return e;
    if (t.text === '.') {
      ts.next();
      const name = ts.peek;
      if (name.kind !== Tok.Name) throw ts.error();
      ts.next();
      e = { kind: 'Attribute', value: e, attr: name.text, ...at(e), endLine: name.endLine, endCol: name.endCol };
    } else if (t.text === '(') {
      ts.next();
      const { args, keywords } = parseCallArgs(ts);
      const close = ts.expectOp(')');
      e = { kind: 'Call', func: e, args, keywords, ...at(e), endLine: close.endLine, endCol: close.endCol };
    } else if (t.text === '[') {
      ts.next();
      const slice = parseSubscriptList(ts);
      const close = ts.expectOp(']');
      e = { kind: 'Subscript', value: e, slice, ...at(e), endLine: close.endLine, endCol: close.endCol };
    } else return e;
  }
}

function parseCallArgs(ts: TokenStream): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  while (!ts.isOp(')')) {
    if (ts.isOp('*')) {
      const t = ts.next();
      args.push({ kind: 'Starred', value: parseTest(ts), ...pos(t) });
    } else if (ts.isOp('**')) {
      ts.next();
      keywords.push({ name: null, value: parseTest(ts) });
    } else if (ts.peek.kind === Tok.Name && ts.peekAt(1).kind === Tok.Op && ts.peekAt(1).text === '=') {
      const name = ts.next().text;
      ts.next();
      keywords.push({ name, value: parseTest(ts) });
    } else {
      const e = parseNamedTest(ts);
      if (ts.isKw('for')) {
        args.push(parseComprehensionTail(ts, 'GeneratorExp', e));
      } else {
        if (keywords.length && keywords.some(k => k.name !== null)) {
          throw new CompileError('positional argument follows keyword argument', e.line, e.col);
        }
        if (ts.isOp('=')) throw ts.error('expression cannot contain assignment, perhaps you meant "=="?', ts.peek);
        args.push(e);
      }
    }
    if (!ts.eatOp(',')) break;
  }
  return { args, keywords };
}

function parseSubscriptList(ts: TokenStream): Expr {
  const first = parseSliceItem(ts);
  if (!ts.isOp(',')) return first;
  const elts = [first];
  while (ts.eatOp(',')) {
    if (ts.isOp(']')) break;
    elts.push(parseSliceItem(ts));
  }
  return { kind: 'Tuple', elts, ...at(first) };
}

function parseSliceItem(ts: TokenStream): Expr {
  const t = ts.peek;
  let lower: Expr | null = null;
  if (!ts.isOp(':')) {
    if (ts.isOp('*')) { ts.next(); return { kind: 'Starred', value: parseOr(ts), ...pos(t) }; }
    lower = parseNamedTest(ts);
    if (!ts.isOp(':')) return lower;
  }
  ts.expectOp(':');
  let upper: Expr | null = null, step: Expr | null = null;
  if (!ts.isOp(']') && !ts.isOp(',') && !ts.isOp(':')) upper = parseTest(ts);
  if (ts.eatOp(':')) {
    if (!ts.isOp(']') && !ts.isOp(',')) step = parseTest(ts);
  }
  return { kind: 'Slice', lower, upper, step, ...pos(t) };
}

/** Element of a list/tuple/set display or an assignment target list: may be `*x`. */
export function parseStarOrTest(ts: TokenStream): Expr {
  if (ts.isOp('*')) {
    const t = ts.next();
    return { kind: 'Starred', value: parseOr(ts), ...pos(t) };
  }
  return parseNamedTest(ts);
}

/** Comma-separated expressions; a trailing comma or more than one item makes a tuple. */
export function parseTestListStar(ts: TokenStream, stopAtIn = false): Expr {
  const first = stopAtIn ? parseTargetItem(ts) : parseStarOrTest(ts);
  if (!ts.isOp(',')) return first;
  const elts = [first];
  while (ts.eatOp(',')) {
    const t = ts.peek;
    if (t.kind === Tok.Newline || t.kind === Tok.EOF || (t.kind === Tok.Op && ['=', ')', ':', ']', '}', ';'].includes(t.text)) || (t.kind === Tok.Op && t.text.endsWith('=') && t.text.length > 1 && !['==', '<=', '>=', '!='].includes(t.text))) break;
    if (stopAtIn && ts.isKw('in')) break;
    elts.push(stopAtIn ? parseTargetItem(ts) : parseStarOrTest(ts));
  }
  return { kind: 'Tuple', elts, ...at(first) };
}

/** A `for` target item: stops before `in`, so it parses at bitwise-or level. */
function parseTargetItem(ts: TokenStream): Expr {
  if (ts.isOp('*')) {
    const t = ts.next();
    return { kind: 'Starred', value: parseBinary(ts, 0), ...pos(t) };
  }
  return parseBinary(ts, 0);
}

export function parseForTarget(ts: TokenStream): Expr {
  return parseTestListStar(ts, true);
}


/** `yield`, `yield x, y` or `yield from x` (the caller checks that the `yield` keyword is next). */
export function parseYield(ts: TokenStream): Expr {
  const t = ts.next();
  if (ts.eatKw('from')) return { kind: 'YieldFrom', value: parseTest(ts), ...pos(t) };
  const end = ts.peek;
  const bare = end.kind === Tok.Newline || end.kind === Tok.EOF || (end.kind === Tok.Op && [')', ']', '}', ';', '='].includes(end.text));
  return { kind: 'Yield', value: bare ? null : parseTestListStar(ts), ...pos(t) };
}

/** Right-hand sides and expression statements: a yield expression or a star-expression list. */
export function parseYieldOrTestListStar(ts: TokenStream): Expr {
  return ts.isKw('yield') ? parseYield(ts) : parseTestListStar(ts);
}

export function describe(e: Expr): string {
  switch (e.kind) {
    case 'Call': return 'function call';
    case 'Constant': return e.value === null || typeof e.value === 'boolean' ? String(e.value === null ? 'None' : e.value ? 'True' : 'False') : 'literal';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'BoolOp': return 'expression';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'JoinedStr': return 'f-string expression';
    case 'ListComp': return 'list comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'SetComp': return 'set comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'NamedExpr': return 'named expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    default: return 'expression';
  }
}
