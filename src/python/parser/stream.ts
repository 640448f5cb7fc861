// Cursor over the token list with the small helpers both expression and statement parsers use.
import { Tok, Token } from '../lexer/tokens';
import { CompileError, MAX_NESTING_DEPTH, NestingTooDeep } from '../lexer/syntax-error';

export class TokenStream {
  i = 0;
  /** Open recursive constructs (brackets, unary operators, exponents) around the cursor. */
  private depth = 0;
  constructor(readonly toks: Token[]) {}

  /** Entering a construct that recurses; too deep a nest ends the parse before the JS stack does. */
  descend(): void {
    if (++this.depth > MAX_NESTING_DEPTH) throw new NestingTooDeep(this.peek.line);
  }
  ascend(): void { this.depth--; }

  get peek(): Token { return this.toks[this.i]; }
  peekAt(n: number): Token { return this.toks[Math.min(this.i + n, this.toks.length - 1)]; }
  next(): Token { return this.toks[this.i++]; }

  isOp(text: string): boolean {
    const t = this.toks[this.i];
    return t.kind === Tok.Op && t.text === text;
  }
  isKw(text: string): boolean {
    const t = this.toks[this.i];
    return t.kind === Tok.Name && t.text === text;
  }
  eatOp(text: string): boolean {
    if (this.isOp(text)) { this.i++; return true; }
    return false;
  }
  eatKw(text: string): boolean {
    if (this.isKw(text)) { this.i++; return true; }
    return false;
  }
  expectOp(text: string, message?: string): Token {
    if (!this.isOp(text)) throw this.error(message ?? (text === ':' ? "expected ':'" : 'invalid syntax'));
    return this.next();
  }
  expectKw(text: string): Token {
    if (!this.isKw(text)) throw this.error('invalid syntax');
    return this.next();
  }

  error(message = 'invalid syntax', tok: Token = this.peek): CompileError {
    if (tok.kind === Tok.EOF || (tok.kind === Tok.Newline && message === 'invalid syntax' && this.i > 0 && tok === this.peek)) {
      // CPython points past the last real token for an unexpected end of line.
      const prev = this.toks[this.i - 1];
      if (tok.kind === Tok.EOF && prev) return new CompileError(message === 'invalid syntax' ? 'invalid syntax' : message, prev.endLine, prev.endCol);
    }
    if (tok.kind === Tok.Indent) return new CompileError('unexpected indent', tok.line, tok.col, 'IndentationError');
    return new CompileError(message, tok.line, tok.col, 'SyntaxError', Math.max(1, tok.endLine === tok.line ? tok.endCol - tok.col : 1));
  }
}

export function atEndOfExpr(t: Token): boolean {
  return t.kind === Tok.Newline || t.kind === Tok.EOF;
}
