// A cell's syntax error as the kernel would report it, from the same lexer, parser and scope
// analysis (CPython's texts: `'(' was never closed`, `invalid syntax`), without running anything.
import { CompileError } from '../python/lexer/syntax-error';
import { parseModule } from '../python/parser/parser';
import { analyzeModule } from '../python/interpreter/scope';
import { transformCell } from '../python/ipython/transform';
import type { Module } from '../python/parser/ast';

export interface SyntaxProblem {
  readonly type: 'SyntaxError' | 'IndentationError';
  readonly message: string;
  /** 1-based, as in a traceback. */
  readonly line: number;
  /** 0-based column of the caret. */
  readonly col: number;
  readonly width: number;
}

export type SyntaxChecker = (source: string) => SyntaxProblem | null;

/** Parses an IPython cell (magics allowed); the module, or the first syntax problem. */
export function parseCell(source: string): { module: Module } | { problem: SyntaxProblem } {
  try {
    const module = parseModule(transformCell(source));
    analyzeModule(module);
    return { module };
  } catch (e) {
    if (e instanceof CompileError) return { problem: { type: e.pyType, message: e.message, line: e.line, col: e.col, width: e.width } };
    throw e;
  }
}

export const checkSyntax: SyntaxChecker = (source) => {
  const r = parseCell(source);
  return 'problem' in r ? r.problem : null;
};
