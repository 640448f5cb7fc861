// Token kinds produced by the lexer. Positions are 1-based lines and 0-based columns (CPython's
// caret column is col + 1).
export const enum Tok {
  Name, Number, String, Op, Newline, Indent, Dedent, EOF,
}

export interface StringPiece {
  /** Decoded text for plain strings; raw body (escapes already decoded in literal parts) for f-strings. */
  value: string;
  isF: boolean;
  isBytes: boolean;
  /** For f-strings: the body exactly as written, to be split into literal text and fields. */
  raw?: string;
  isRaw?: boolean;
  /** Line/column where the body starts (after the opening quote). */
  bodyLine?: number;
  bodyCol?: number;
}

export interface Token {
  kind: Tok;
  /** Operator / name text, or the literal source text for numbers and strings. */
  text: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Number literals: the value (int as JS number, or bigint past 2**53-1; float flagged by isFloat). */
  num?: number | bigint;
  isFloat?: boolean;
  isImag?: boolean;
  str?: StringPiece;
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Operators, longest first so the lexer can take the first match. */
export const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=',
  ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^',
  '{', '|', '}', '~',
];
