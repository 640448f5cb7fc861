// Statement grammar: simple statements separated by ';', compound statements with suites.
import { Tok, Token } from '../lexer/tokens';
import { tokenize } from '../lexer/lexer';
import { CompileError } from '../lexer/syntax-error';
import type { Alias, BinOpName, ExceptHandler, Expr, Keyword, Module, Stmt } from './ast';
import { TokenStream } from './stream';
import { checkNesting } from './nesting';
import { describe, parseOr, parseForTarget, parseNamedTest, parseParams, parseTest, parseTestListStar, parseYieldOrTestListStar } from './expressions';

export function parseModule(src: string): Module {
  const ts = new TokenStream(tokenize(src));
  const body: Stmt[] = [];
  while (ts.peek.kind !== Tok.EOF) {
    if (ts.peek.kind === Tok.Newline) { ts.next(); continue; }
    body.push(...parseStatement(ts));
  }
  const mod = { body };
  checkNesting(mod);
  return mod;
}

const pos = (t: Token) => ({ line: t.line, col: t.col });

function parseStatement(ts: TokenStream): Stmt[] {
  const t = ts.peek;
  if (t.kind === Tok.Indent) throw new CompileError('unexpected indent', t.line, t.col, 'IndentationError');
  if (t.kind === Tok.Name) {
    switch (t.text) {
      case 'if': return [parseIf(ts)];
      case 'while': return [parseWhile(ts)];
      case 'for': return [parseFor(ts)];
      case 'def': return [parseDef(ts, [])];
      case 'class': return [parseClass(ts, [])];
      case 'with': return [parseWith(ts)];
      case 'try': return [parseTry(ts)];
    }
  }
  if (t.kind === Tok.Op && t.text === '@') return [parseDecorated(ts)];
  return parseSimpleLine(ts);
}

function parseSimpleLine(ts: TokenStream): Stmt[] {
  const out: Stmt[] = [parseSimple(ts)];
  while (ts.eatOp(';')) {
    if (ts.peek.kind === Tok.Newline || ts.peek.kind === Tok.EOF) break;
    out.push(parseSimple(ts));
  }
  endOfLine(ts);
  return out;
}

function endOfLine(ts: TokenStream): void {
  const t = ts.peek;
  if (t.kind === Tok.Newline) { ts.next(); return; }
  if (t.kind === Tok.EOF) return;
  throw ts.error();
}

/** Block after ':' — either statements on the same line or an indented suite. */
function parseSuite(ts: TokenStream, header: Token, what: string): Stmt[] {
  ts.expectOp(':');
  if (ts.peek.kind !== Tok.Newline) return parseSimpleLine(ts);
  ts.next();
  if ((ts.peek.kind as Tok) !== Tok.Indent) {
    const t = ts.peek;
    throw new CompileError(`expected an indented block after ${what} on line ${header.line}`, t.line, t.col, 'IndentationError', Math.max(1, t.endCol - t.col));
  }
  ts.next();
  const body: Stmt[] = [];
  while ((ts.peek.kind as Tok) !== Tok.Dedent && (ts.peek.kind as Tok) !== Tok.EOF) {
    if (ts.peek.kind === Tok.Newline) { ts.next(); continue; }
    body.push(...parseStatement(ts));
  }
  ts.next();
  return body;
}

function parseSimple(ts: TokenStream): Stmt {
  const t = ts.peek;
  if (t.kind === Tok.Name) {
    switch (t.text) {
      case 'pass': ts.next(); return { kind: 'Pass', ...pos(t) };
      case 'break': ts.next(); return { kind: 'Break', ...pos(t) };
      case 'continue': ts.next(); return { kind: 'Continue', ...pos(t) };
      case 'return': {
        ts.next();
        const value = atSimpleEnd(ts) ? null : parseTestListStar(ts);
        return { kind: 'Return', value, ...pos(t) };
      }
      case 'raise': {
        ts.next();
        if (atSimpleEnd(ts)) return { kind: 'Raise', exc: null, cause: null, ...pos(t) };
        const exc = parseTest(ts);
        const cause = ts.eatKw('from') ? parseTest(ts) : null;
        return { kind: 'Raise', exc, cause, ...pos(t) };
      }
      case 'assert': {
        ts.next();
        const test = parseTest(ts);
        const msg = ts.eatOp(',') ? parseTest(ts) : null;
        return { kind: 'Assert', test, msg, ...pos(t) };
      }
      case 'del': {
        ts.next();
        const target = parseTestListStar(ts);
        const targets = target.kind === 'Tuple' ? target.elts : [target];
        for (const x of targets) checkTarget(x, 'delete');
        return { kind: 'Delete', targets, ...pos(t) };
      }
      case 'global': case 'nonlocal': {
        ts.next();
        const names = [nameOf(ts)];
        while (ts.eatOp(',')) names.push(nameOf(ts));
        return { kind: t.text === 'global' ? 'Global' : 'Nonlocal', names, ...pos(t) };
      }
      case 'import': return parseImport(ts);
      case 'from': return parseFromImport(ts);
      case 'print': {
        const n = ts.peekAt(1);
        if (n.kind === Tok.String || n.kind === Tok.Number || (n.kind === Tok.Name && !['in', 'is', 'and', 'or', 'if', 'not'].includes(n.text))) {
          // CPython 3.11 underlines the whole statement, up to the end of its last expression.
          let endCol = n.endCol;
          for (let k = 1; ; k++) {
            const tk = ts.peekAt(k);
            if (tk.kind === Tok.Newline || tk.kind === Tok.EOF || (tk.kind === Tok.Op && tk.text === ';') || tk.line !== t.line) break;
            endCol = tk.endCol;
          }
          throw new CompileError("Missing parentheses in call to 'print'. Did you mean print(...)?", t.line, t.col, 'SyntaxError', endCol - t.col);
        }
      }
    }
  }
  return parseExprStatement(ts);
}

function atSimpleEnd(ts: TokenStream): boolean {
  const t = ts.peek;
  return t.kind === Tok.Newline || t.kind === Tok.EOF || (t.kind === Tok.Op && t.text === ';');
}

function nameOf(ts: TokenStream): string {
  const t = ts.peek;
  if (t.kind !== Tok.Name) throw ts.error();
  ts.next();
  return t.text;
}

const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '<<=', '>>=', '&=', '|=', '^=']);

function parseExprStatement(ts: TokenStream): Stmt {
  const start = ts.peek;
  const first = parseYieldOrTestListStar(ts);
  const t = ts.peek;
  if (t.kind === Tok.Op && AUG_OPS.has(t.text)) {
    ts.next();
    if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      throw new CompileError(`'${describe(first)}' is an illegal expression for augmented assignment`, first.line, first.col);
    }
    const value = parseYieldOrTestListStar(ts);
    return { kind: 'AugAssign', target: first, op: t.text.slice(0, -1) as BinOpName, value, ...pos(start) };
  }
  if (t.kind === Tok.Op && t.text === ':' ) {
    ts.next();
    parseTest(ts); // annotation: evaluated by CPython at module level, ignored here
    checkTarget(first, 'assign to');
    const value = ts.eatOp('=') ? parseYieldOrTestListStar(ts) : null;
    return { kind: 'AnnAssign', target: first, value, ...pos(start) };
  }
  if (t.kind === Tok.Op && t.text === '=') {
    const targets = [first];
    let value: Expr = first;
    while (ts.eatOp('=')) {
      value = parseYieldOrTestListStar(ts);
      targets.push(value);
    }
    targets.pop();
    for (const target of targets) checkTarget(target, 'assign to');
    return { kind: 'Assign', targets, value, ...pos(start) };
  }
  return { kind: 'Expr', value: first, ...pos(start) };
}

function checkTarget(e: Expr, verb: string): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return;
    case 'Starred': checkTarget(e.value, verb); return;
    case 'Tuple': case 'List': for (const x of e.elts) checkTarget(x, verb); return;
  }
  let msg = `cannot ${verb} ${describe(e)}`;
  if (verb === 'assign to' && (e.kind === 'Call' || e.kind === 'Compare' || e.kind === 'BinOp' || e.kind === 'Constant')) msg += ' here. Maybe you meant \'==\' instead of \'=\'?';
  throw new CompileError(msg, e.line, e.col);
}

function parseIf(ts: TokenStream): Stmt {
  const kw = ts.next();
  const test = parseNamedTest(ts);
  const body = parseSuite(ts, kw, `'${kw.text}' statement`);
  let orelse: Stmt[] = [];
  if (ts.isKw('elif')) { ts.descend(); orelse = [parseIf(ts)]; ts.ascend(); }
  else if (ts.isKw('else')) { const e = ts.next(); orelse = parseSuite(ts, e, "'else' statement"); }
  return { kind: 'If', test, body, orelse, ...pos(kw) };
}

function parseWhile(ts: TokenStream): Stmt {
  const kw = ts.next();
  const test = parseNamedTest(ts);
  const body = parseSuite(ts, kw, "'while' statement");
  let orelse: Stmt[] = [];
  if (ts.isKw('else')) { const e = ts.next(); orelse = parseSuite(ts, e, "'else' statement"); }
  return { kind: 'While', test, body, orelse, ...pos(kw) };
}

function parseFor(ts: TokenStream): Stmt {
  const kw = ts.next();
  const target = parseForTarget(ts);
  checkTarget(target, 'assign to');
  ts.expectKw('in');
  const iter = parseTestListStar(ts);
  const body = parseSuite(ts, kw, "'for' statement");
  let orelse: Stmt[] = [];
  if (ts.isKw('else')) { const e = ts.next(); orelse = parseSuite(ts, e, "'else' statement"); }
  return { kind: 'For', target, iter, body, orelse, ...pos(kw) };
}

function parseDecorated(ts: TokenStream): Stmt {
  const decorators: Expr[] = [];
  while (ts.eatOp('@')) {
    decorators.push(parseNamedTest(ts));
    endOfLine(ts);
  }
  if (ts.isKw('def')) return parseDef(ts, decorators);
  if (ts.isKw('class')) return parseClass(ts, decorators);
  throw ts.error();
}

function parseDef(ts: TokenStream, decorators: Expr[]): Stmt {
  const kw = ts.next();
  const name = nameOf(ts);
  ts.expectOp('(', "expected '('");
  const args = parseParams(ts, ')', true);
  ts.expectOp(')');
  if (ts.eatOp('->')) parseTest(ts);
  const body = parseSuite(ts, kw, `function definition`);
  return { kind: 'FunctionDef', name, args, body, decorators, ...pos(kw) };
}

function parseClass(ts: TokenStream, decorators: Expr[]): Stmt {
  const kw = ts.next();
  const name = nameOf(ts);
  const bases: Expr[] = [];
  const keywords: Keyword[] = [];
  if (ts.eatOp('(')) {
    while (!ts.isOp(')')) {
      if (ts.peek.kind === Tok.Name && ts.peekAt(1).kind === Tok.Op && ts.peekAt(1).text === '=') {
        const n = ts.next().text; ts.next();
        keywords.push({ name: n, value: parseTest(ts) });
      } else bases.push(parseTest(ts));
      if (!ts.eatOp(',')) break;
    }
    ts.expectOp(')');
  }
  const body = parseSuite(ts, kw, `class definition`);
  return { kind: 'ClassDef', name, bases, keywords, body, decorators, ...pos(kw) };
}

function parseWith(ts: TokenStream): Stmt {
  const kw = ts.next();
  const items: { context: Expr; target: Expr | null }[] = [];
  const parenthesized = ts.isOp('(') && looksLikeParenthesizedWithItems(ts);
  if (parenthesized) ts.next();
  do {
    if (parenthesized && ts.isOp(')')) break;
    const context = parseTest(ts);
    let target: Expr | null = null;
    if (ts.eatKw('as')) { target = parseOr(ts); checkTarget(target, 'assign to'); }
    items.push({ context, target });
  } while (ts.eatOp(','));
  if (parenthesized) ts.expectOp(')');
  const body = parseSuite(ts, kw, "'with' statement");
  return { kind: 'With', items, body, ...pos(kw) };
}

/** `with (a as b, c as d):` — distinguishes item parentheses from an expression in parentheses. */
function looksLikeParenthesizedWithItems(ts: TokenStream): boolean {
  let depth = 0;
  for (let k = ts.i; k < ts.toks.length; k++) {
    const t = ts.toks[k];
    if (t.kind === Tok.Op && '([{'.includes(t.text)) depth++;
    else if (t.kind === Tok.Op && ')]}'.includes(t.text)) {
      depth--;
      if (depth === 0) {
        const n = ts.toks[k + 1];
        return n.kind === Tok.Op && n.text === ':';
      }
    } else if (depth === 1 && t.kind === Tok.Name && t.text === 'as') return true;
    else if (t.kind === Tok.Newline || t.kind === Tok.EOF) return false;
  }
  return false;
}

function parseTry(ts: TokenStream): Stmt {
  const kw = ts.next();
  const body = parseSuite(ts, kw, "'try' statement");
  const handlers: ExceptHandler[] = [];
  while (ts.isKw('except')) {
    const ex = ts.next();
    let type: Expr | null = null, name: string | null = null;
    if (!ts.isOp(':')) {
      type = parseTest(ts);
      if (ts.isOp(',')) {
        // `except A, B:` is Python 2; CPython 3.11 says exactly this.
        throw new CompileError('multiple exception types must be parenthesized', type.line, type.col);
      }
      if (ts.eatKw('as')) name = nameOf(ts);
    }
    const hbody = parseSuite(ts, ex, "'except' statement");
    handlers.push({ type, name, body: hbody, line: ex.line, col: ex.col });
  }
  let orelse: Stmt[] = [], finalbody: Stmt[] = [];
  if (ts.isKw('else')) { const e = ts.next(); orelse = parseSuite(ts, e, "'else' statement"); }
  if (ts.isKw('finally')) { const f = ts.next(); finalbody = parseSuite(ts, f, "'finally' statement"); }
  if (!handlers.length && !finalbody.length) throw ts.error("expected 'except' or 'finally' block");
  return { kind: 'Try', body, handlers, orelse, finalbody, ...pos(kw) };
}

function dottedName(ts: TokenStream): string {
  let name = nameOf(ts);
  while (ts.eatOp('.')) name += '.' + nameOf(ts);
  return name;
}

function parseImport(ts: TokenStream): Stmt {
  const kw = ts.next();
  const names: Alias[] = [];
  do {
    const name = dottedName(ts);
    const asname = ts.eatKw('as') ? nameOf(ts) : null;
    names.push({ name, asname });
  } while (ts.eatOp(','));
  return { kind: 'Import', names, ...pos(kw) };
}

function parseFromImport(ts: TokenStream): Stmt {
  const kw = ts.next();
  let level = 0;
  while (ts.isOp('.') || ts.isOp('...')) level += ts.next().text.length;
  const module = ts.isKw('import') ? '' : dottedName(ts);
  ts.expectKw('import');
  const names: Alias[] = [];
  if (ts.eatOp('*')) names.push({ name: '*', asname: null });
  else {
    const paren = ts.eatOp('(');
    do {
      if (paren && ts.isOp(')')) break;
      const name = nameOf(ts);
      const asname = ts.eatKw('as') ? nameOf(ts) : null;
      names.push({ name, asname });
    } while (ts.eatOp(','));
    if (paren) ts.expectOp(')');
  }
  return { kind: 'ImportFrom', module, names, level, ...pos(kw) };
}
