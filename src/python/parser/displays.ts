// Atoms and displays of the expression grammar: names, numbers, strings, parenthesized forms and
// tuples, list/set/dict displays and their comprehensions. The operator levels above them are in
// expressions.ts.
import { Tok, Token } from '../lexer/tokens';
import { CompileError } from '../lexer/syntax-error';
import type { Comprehension, Expr } from './ast';
import { TokenStream } from './stream';
import { parseStrings } from './strings';
import { at, parseBinary, parseForTarget, parseLambda, parseOr, parseStarOrTest, parseTest, parseYield, pos } from './expressions';

export function parseComprehensionTail(ts: TokenStream, kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: Expr): Expr {
  const generators = parseGenerators(ts);
  return { kind, elt, generators, ...at(elt) };
}

function parseGenerators(ts: TokenStream): Comprehension[] {
  const gens: Comprehension[] = [];
  while (ts.eatKw('for')) {
    const target = parseForTarget(ts);
    ts.expectKw('in');
    const iter = parseOr(ts);
    const ifs: Expr[] = [];
    while (ts.isKw('if')) { ts.next(); ifs.push(parseOrNoCond(ts)); }
    gens.push({ target, iter, ifs });
  }
  return gens;
}

function parseOrNoCond(ts: TokenStream): Expr {
  if (ts.isKw('lambda')) return parseLambda(ts);
  return parseOr(ts);
}

export function parseAtom(ts: TokenStream): Expr {
  const t = ts.peek;
  switch (t.kind) {
    case Tok.Number:
      ts.next();
      if (t.isImag) throw new CompileError('complex numbers are not supported', t.line, t.col);
      return { kind: 'Constant', value: t.isFloat ? { float: t.num as number } : t.num!, ...pos(t) };
    case Tok.String:
      return parseStrings(ts);
    case Tok.Name: {
      switch (t.text) {
        case 'None': ts.next(); return { kind: 'Constant', value: null, ...pos(t) };
        case 'True': ts.next(); return { kind: 'Constant', value: true, ...pos(t) };
        case 'False': ts.next(); return { kind: 'Constant', value: false, ...pos(t) };
        case 'lambda': return parseLambda(ts);
        case 'await': case 'async':
          throw new CompileError(`'${t.text}' is not supported in Gradbook cells`, t.line, t.col);
      }
      if (isKeyword(t.text)) throw ts.error();
      ts.next();
      return { kind: 'Name', id: t.text, ...pos(t), endLine: t.endLine, endCol: t.endCol };
    }
    case Tok.Op:
      if (t.text === '(') return parseParen(ts);
      if (t.text === '[') return parseListDisplay(ts);
      if (t.text === '{') return parseBraceDisplay(ts);
      if (t.text === '...') { ts.next(); return { kind: 'Constant', value: 'Ellipsis', ...pos(t) }; }
      throw ts.error();
    case Tok.Indent:
      throw ts.error('unexpected indent');
    default:
      throw ts.error();
  }
}


const EXPR_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
function isKeyword(s: string): boolean { return EXPR_KEYWORDS.has(s); }

function parseParen(ts: TokenStream): Expr {
  const open = ts.next();
  if (ts.isOp(')')) { ts.next(); return { kind: 'Tuple', elts: [], ...pos(open) }; }
  if (ts.isKw('yield')) { const y = parseYield(ts); ts.expectOp(')'); return y; }
  const first = parseStarOrTest(ts);
  if (ts.isKw('for')) {
    const g = parseComprehensionTail(ts, 'GeneratorExp', first);
    ts.expectOp(')');
    return g;
  }
  if (ts.eatOp(')')) {
    if (first.kind === 'Starred') throw new CompileError('cannot use starred expression here', first.line, first.col);
    return first;
  }
  const elts = [first];
  while (ts.eatOp(',')) {
    if (ts.isOp(')')) break;
    elts.push(parseStarOrTest(ts));
  }
  ts.expectOp(')');
  return { kind: 'Tuple', elts, ...pos(open) };
}

function parseListDisplay(ts: TokenStream): Expr {
  const open = ts.next();
  if (ts.eatOp(']')) return { kind: 'List', elts: [], ...pos(open) };
  const first = parseStarOrTest(ts);
  if (ts.isKw('for')) {
    const c = parseComprehensionTail(ts, 'ListComp', first);
    ts.expectOp(']');
    return { ...c, ...pos(open) };
  }
  const elts = [first];
  while (ts.eatOp(',')) {
    if (ts.isOp(']')) break;
    elts.push(parseStarOrTest(ts));
  }
  ts.expectOp(']');
  return { kind: 'List', elts, ...pos(open) };
}

function parseBraceDisplay(ts: TokenStream): Expr {
  const open = ts.next();
  if (ts.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...pos(open) };
  if (ts.isOp('**')) return parseDictRest(ts, open);
  const first = parseStarOrTest(ts);
  if (ts.eatOp(':')) {
    const value = parseTest(ts);
    if (ts.isKw('for')) {
      const generators = parseGenerators(ts);
      ts.expectOp('}');
      return { kind: 'DictComp', key: first, value, generators, ...pos(open) };
    }
    return parseDictRest(ts, open, first, value);
  }
  if (ts.isKw('for')) {
    const c = parseComprehensionTail(ts, 'SetComp', first);
    ts.expectOp('}');
    return { ...c, ...pos(open) };
  }
  const elts = [first];
  while (ts.eatOp(',')) {
    if (ts.isOp('}')) break;
    elts.push(parseStarOrTest(ts));
  }
  ts.expectOp('}');
  return { kind: 'Set', elts, ...pos(open) };
}

function parseDictRest(ts: TokenStream, open: Token, firstKey?: Expr, firstValue?: Expr): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  if (firstKey) {
    keys.push(firstKey); values.push(firstValue!);
    if (!ts.eatOp(',')) { ts.expectOp('}'); return { kind: 'Dict', keys, values, ...pos(open) }; }
  }
  while (!ts.isOp('}')) {
    if (ts.eatOp('**')) { keys.push(null); values.push(parseBinary(ts, 0)); }
    else {
      keys.push(parseTest(ts));
      ts.expectOp(':');
      values.push(parseTest(ts));
    }
    if (!ts.eatOp(',')) break;
  }
  ts.expectOp('}');
  return { kind: 'Dict', keys, values, ...pos(open) };
}
