// Raised by the lexer and parser; the session turns it into a Python SyntaxError /
// IndentationError with CPython 3.11's "File, line, source, caret" layout.
export class CompileError {
  constructor(
    readonly message: string,
    readonly line: number,
    /** 0-based column of the caret. */
    readonly col: number,
    readonly pyType: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
    /** Number of carets (CPython underlines the offending token range in some cases). */
    readonly width = 1,
  ) {}
}

/**
 * Source nested deeper than we compile (CPython allows about 3000 levels, three times the
 * recursion limit; our passes take more JS stack per level, so 1000). Reported as CPython does:
 * `RecursionError: maximum recursion depth exceeded during compilation`.
 */
export class NestingTooDeep {
  constructor(readonly line: number) {}
}

/** Deepest nesting of expressions and statements a cell may have. */
export const MAX_NESTING_DEPTH = 1000;
