// A generator expression is a generator function over its first iterable, as in CPython:
// `(elt for a in A if c for b in B)` runs `for a in .0: if c: for b in B: yield elt`
// where `.0` is the iterator of A, taken when the expression is evaluated.
import type { Expr, Stmt } from '../../parser/ast';

type GeneratorExp = Extract<Expr, { kind: 'GeneratorExp' }>;

export function generatorExpressionBody(e: GeneratorExp): Stmt[] {
  const at = { line: e.line, col: e.col };
  let inner: Stmt[] = [{ kind: 'Expr', value: { kind: 'Yield', value: e.elt, implicit: true, ...at }, ...at }];
  for (let i = e.generators.length - 1; i >= 0; i--) {
    const g = e.generators[i];
    for (let k = g.ifs.length - 1; k >= 0; k--) inner = [{ kind: 'If', test: g.ifs[k], body: inner, orelse: [], ...at }];
    const iter: Expr = i === 0 ? { kind: 'Name', id: '.0', ...at } : g.iter;
    inner = [{ kind: 'For', target: g.target, iter, body: inner, orelse: [], ...at }];
  }
  return inner;
}
