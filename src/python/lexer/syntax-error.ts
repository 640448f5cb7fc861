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
