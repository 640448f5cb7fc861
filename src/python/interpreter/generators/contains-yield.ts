// Which statements and expressions of a generator body can suspend: only those are compiled
// into JS generator functions, everything else reuses the ordinary (fast) closures.
import type { Expr, Stmt } from '../../parser/ast';

const memo = new WeakMap<object, boolean>();

export function stmtYields(s: Stmt): boolean {
  let r = memo.get(s);
  if (r === undefined) { r = computeStmt(s); memo.set(s, r); }
  return r;
}

export function exprYields(e: Expr | null | undefined): boolean {
  if (!e) return false;
  let r = memo.get(e);
  if (r === undefined) { r = computeExpr(e); memo.set(e, r); }
  return r;
}

const anyStmt = (list: Stmt[]) => list.some(stmtYields);
const anyExpr = (list: (Expr | null)[]) => list.some(exprYields);

function computeStmt(s: Stmt): boolean {
  switch (s.kind) {
    case 'Expr': return exprYields(s.value);
    case 'Assign': return exprYields(s.value) || anyExpr(s.targets);
    case 'AugAssign': return exprYields(s.value) || exprYields(s.target);
    case 'AnnAssign': return exprYields(s.value) || exprYields(s.target);
    case 'If': case 'While': return exprYields(s.test) || anyStmt(s.body) || anyStmt(s.orelse);
    case 'For': return exprYields(s.iter) || exprYields(s.target) || anyStmt(s.body) || anyStmt(s.orelse);
    case 'Return': return exprYields(s.value);
    case 'With': return s.items.some(i => exprYields(i.context) || exprYields(i.target)) || anyStmt(s.body);
    case 'Try': return anyStmt(s.body) || s.handlers.some(h => exprYields(h.type) || anyStmt(h.body)) || anyStmt(s.orelse) || anyStmt(s.finalbody);
    case 'Raise': return exprYields(s.exc) || exprYields(s.cause);
    case 'Assert': return exprYields(s.test) || exprYields(s.msg);
    case 'Delete': return anyExpr(s.targets);
    // Nested functions and classes are their own frames: their yields do not suspend this one.
    case 'FunctionDef': return anyExpr(s.decorators) || [...s.args.posonly, ...s.args.args, ...s.args.kwonly].some(a => exprYields(a.default));
    case 'ClassDef': return anyExpr(s.decorators) || anyExpr(s.bases);
    default: return false;
  }
}

function computeExpr(e: Expr): boolean {
  switch (e.kind) {
    case 'Yield': case 'YieldFrom': return true;
    case 'Name': case 'Constant': return false;
    case 'Lambda': return [...e.args.posonly, ...e.args.args, ...e.args.kwonly].some(a => exprYields(a.default));
    case 'JoinedStr': return e.parts.some(p => typeof p !== 'string' && exprYields(p.expr));
    case 'BinOp': return exprYields(e.left) || exprYields(e.right);
    case 'UnaryOp': return exprYields(e.operand);
    case 'BoolOp': return anyExpr(e.values);
    case 'Compare': return exprYields(e.left) || anyExpr(e.comparators);
    case 'IfExp': return exprYields(e.test) || exprYields(e.body) || exprYields(e.orelse);
    case 'Call': return exprYields(e.func) || anyExpr(e.args) || e.keywords.some(k => exprYields(k.value));
    case 'Attribute': return exprYields(e.value);
    case 'Subscript': return exprYields(e.value) || exprYields(e.slice);
    case 'Slice': return exprYields(e.lower) || exprYields(e.upper) || exprYields(e.step);
    case 'Starred': return exprYields(e.value);
    case 'Tuple': case 'List': case 'Set': return anyExpr(e.elts);
    case 'Dict': return anyExpr(e.keys) || anyExpr(e.values);
    // Only the first iterable is evaluated in this frame; yields inside are SyntaxErrors anyway.
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': return exprYields(e.generators[0].iter);
    case 'NamedExpr': return exprYields(e.value);
  }
}
