// The names each assignment statement of a cell binds at module level, by line: what the shape
// hints annotate after the cell runs. Function and class bodies bind locals, so they are skipped;
// `with`, `if`, `for` and `try` bodies run at module level and count.
import type { Expr, Module, Stmt } from '../python/parser/ast';

export interface Assignment {
  /** 1-based line where the statement ends (the hint goes at the end of that line). */
  readonly line: number;
  readonly names: string[];
}

function targetNames(e: Expr, out: string[]): void {
  if (e.kind === 'Name') out.push(e.id);
  else if (e.kind === 'Tuple' || e.kind === 'List') for (const x of e.elts) targetNames(x, out);
  else if (e.kind === 'Starred') targetNames(e.value, out);
}

function visit(body: Stmt[], out: Assignment[]): void {
  for (const s of body) {
    const names: string[] = [];
    switch (s.kind) {
      case 'Assign': for (const t of s.targets) targetNames(t, names); break;
      case 'AugAssign': case 'AnnAssign': targetNames(s.target, names); break;
      case 'With': visit(s.body, out); break;
      case 'If': visit(s.body, out); visit(s.orelse, out); break;
      case 'For': case 'While': visit(s.body, out); visit(s.orelse, out); break;
      case 'Try': visit(s.body, out); for (const h of s.handlers) visit(h.body, out); visit(s.orelse, out); visit(s.finalbody, out); break;
      default: break;
    }
    if (names.length) out.push({ line: s.endLine ?? s.line, names: [...new Set(names)] });
  }
}

export function assignedNames(module: Module): Assignment[] {
  const out: Assignment[] = [];
  visit(module.body, out);
  return out.sort((a, b) => a.line - b.line);
}
