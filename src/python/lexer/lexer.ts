// Turns source text into tokens, including Python's INDENT/DEDENT/NEWLINE structure.
// Newlines inside brackets and after a backslash are joined; blank and comment-only lines emit
// nothing.
import { Tok, Token, OPERATORS, StringPiece } from './tokens';
import { CompileError } from './syntax-error';
import { decodeEscapes } from './escapes';
import { digitsToInt, getMaxStrDigits, tooManyDigitsToParse } from '../runtime/int-text';

const NAME_RE = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const PREFIX_BASE: Record<string, number> = { x: 16, o: 8, b: 2 };
const HEX_HINT = ' - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
const NUMBER_RE = /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?)[jJ]?/y;
const STRING_PREFIX_RE = /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?(?:'''|"""|'|")/y;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** CPython's tokenizer (MAXLEVEL): the 201st open bracket is a SyntaxError. */
export const MAX_BRACKET_DEPTH = 200;
/** CPython's tokenizer (MAXINDENT): a block nested 100 deep is an IndentationError. */
export const MAX_INDENT_LEVELS = 100;

export function tokenize(src: string): Token[] {
  return new Lexer(src).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly brackets: { ch: string; line: number; col: number }[] = [];
  private atLineStart = true;

  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): Token[] {
    const src = this.src;
    while (this.pos < src.length) {
      if (this.atLineStart && this.brackets.length === 0) {
        if (this.handleIndentation()) continue;
      }
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\f') { this.pos++; continue; }
      if (c === '#') { this.skipComment(); continue; }
      if (c === '\r' || c === '\n') { this.newline(); continue; }
      if (c === '\\') { this.continuation(); continue; }
      this.lexToken();
    }
    if (this.brackets.length) {
      const b = this.brackets[this.brackets.length - 1];
      throw new CompileError(`'${b.ch}' was never closed`, b.line, b.col);
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.kind !== Tok.Newline && last.kind !== Tok.Dedent) this.push(Tok.Newline, '', this.pos);
    while (this.indents.length > 1) { this.indents.pop(); this.push(Tok.Dedent, '', this.pos); }
    this.push(Tok.EOF, '', this.pos);
    return this.tokens;
  }

  private col(at: number): number { return at - this.lineStart; }

  private push(kind: Tok, text: string, start: number, extra?: Partial<Token>): Token {
    const t: Token = {
      kind, text, line: this.line, col: this.col(start), endLine: this.line, endCol: this.col(start + text.length), ...extra,
    };
    this.tokens.push(t);
    return t;
  }

  /** Measures the indentation of a logical line start; returns true if the line was blank. */
  private handleIndentation(): boolean {
    const src = this.src;
    let width = 0, p = this.pos;
    for (; p < src.length; p++) {
      const c = src[p];
      if (c === ' ') width++;
      else if (c === '\t') width = (Math.floor(width / 8) + 1) * 8;
      else if (c === '\f') width = 0;
      else break;
    }
    const c = src[p];
    if (p >= src.length || c === '#' || c === '\n' || c === '\r' || (c === '\\' && (src[p + 1] === '\n' || src[p + 1] === '\r'))) {
      // Blank or comment-only line: no indentation tokens.
      this.pos = p;
      if (c === '#') this.skipComment();
      if (this.pos < src.length) {
        if (src[this.pos] === '\\') { this.pos++; }
        this.consumeNewlineChars();
      }
      return true;
    }
    this.pos = p;
    this.atLineStart = false;
    const top = this.indents[this.indents.length - 1];
    if (width > top) {
      // indents[0] is the module level, so a push beyond MAX_INDENT_LEVELS entries is level 100.
      if (this.indents.length >= MAX_INDENT_LEVELS) throw new CompileError('too many levels of indentation', this.line, 0, 'IndentationError');
      this.indents.push(width);
      this.push(Tok.Indent, '', p);
    } else if (width < top) {
      while (width < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.push(Tok.Dedent, '', p);
      }
      if (width !== this.indents[this.indents.length - 1]) {
        const eol = src.slice(p).search(/\r|\n|$/);
        throw new CompileError('unindent does not match any outer indentation level', this.line, this.col(p + eol), 'IndentationError');
      }
    }
    return false;
  }

  private skipComment(): void {
    const src = this.src;
    while (this.pos < src.length && src[this.pos] !== '\n' && src[this.pos] !== '\r') this.pos++;
  }

  private consumeNewlineChars(): void {
    const src = this.src;
    if (src[this.pos] === '\r' && src[this.pos + 1] === '\n') this.pos += 2;
    else this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private newline(): void {
    if (this.brackets.length === 0) {
      const last = this.tokens[this.tokens.length - 1];
      if (last && last.kind !== Tok.Newline) this.push(Tok.Newline, '', this.pos);
      this.atLineStart = true;
    }
    this.consumeNewlineChars();
  }

  private continuation(): void {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === '\n' || next === '\r') {
      this.pos++;
      this.consumeNewlineChars();
      return;
    }
    if (this.pos + 1 >= src.length) throw new CompileError('unexpected EOF while parsing', this.line, this.col(this.pos));
    throw new CompileError('unexpected character after line continuation character', this.line, this.col(this.pos) + 1);
  }

  private lexToken(): void {
    const src = this.src;
    const start = this.pos;
    const c = src[start];

    STRING_PREFIX_RE.lastIndex = start;
    const sm = STRING_PREFIX_RE.exec(src);
    if (sm) { this.lexString(start, sm[0]); return; }

    if ((c >= '0' && c <= '9') || (c === '.' && src[start + 1] >= '0' && src[start + 1] <= '9')) {
      this.lexNumber(start);
      return;
    }

    NAME_RE.lastIndex = start;
    const nm = NAME_RE.exec(src);
    if (nm) {
      this.pos = start + nm[0].length;
      this.push(Tok.Name, nm[0].normalize('NFKC'), start, { endCol: this.col(this.pos) });
      return;
    }

    for (const op of OPERATORS) {
      if (src.startsWith(op, start)) {
        this.pos = start + op.length;
        this.trackBracket(op, start);
        this.push(Tok.Op, op, start);
        return;
      }
    }
    if (c === '!' ) throw new CompileError('invalid syntax', this.line, this.col(start));
    const cp = src.codePointAt(start)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    throw new CompileError(`invalid character '${String.fromCodePoint(cp)}' (U+${hex})`, this.line, this.col(start));
  }

  private trackBracket(op: string, start: number): void {
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) throw new CompileError('too many nested parentheses', this.line, this.col(start));
      this.brackets.push({ ch: op, line: this.line, col: this.col(start) });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (!open) throw new CompileError(`unmatched '${op}'`, this.line, this.col(start));
      if (open.ch !== CLOSERS[op]) {
        const msg = open.line === this.line
          ? `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`
          : `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.line}`;
        throw new CompileError(msg, this.line, this.col(start));
      }
    }
  }

  private lexNumber(start: number): void {
    NUMBER_RE.lastIndex = start;
    const m = NUMBER_RE.exec(this.src)!;
    let text = m[0];
    this.pos = start + text.length;
    const after = this.src[this.pos];
    if (after !== undefined && /[\p{L}\p{Nd}_]/u.test(after)) {
      throw new CompileError('invalid decimal literal', this.line, this.col(start));
    }
    const isImag = /[jJ]$/.test(text);
    const clean = text.replace(/_/g, '').replace(/[jJ]$/, '');
    let num: number | bigint, isFloat = false;
    if (/^0[xXoObB]/.test(clean)) num = digitsToInt(clean.slice(2).toLowerCase(), PREFIX_BASE[clean[1].toLowerCase()]);
    else if (/[.eE]/.test(clean) || isImag) { num = parseFloat(clean); isFloat = true; }
    else {
      if (/^0\d/.test(clean) && /[1-9]/.test(clean)) {
        throw new CompileError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', this.line, this.col(start));
      }
      // CPython applies the int/str digit limit to decimal literals too, at compile time.
      const limit = getMaxStrDigits();
      if (limit > 0 && clean.length > limit) {
        throw new CompileError(tooManyDigitsToParse(clean.length, HEX_HINT).args[0] as string, this.line, this.col(start));
      }
      num = digitsToInt(clean, 10);
    }
    this.push(Tok.Number, text, start, { num, isFloat, isImag });
  }

  private lexString(start: number, prefixAndQuote: string): void {
    const src = this.src;
    const quoteLen = prefixAndQuote.endsWith('"""') || prefixAndQuote.endsWith("'''") ? 3 : 1;
    const quote = prefixAndQuote.slice(prefixAndQuote.length - quoteLen);
    const prefix = prefixAndQuote.slice(0, prefixAndQuote.length - quoteLen).toLowerCase();
    const isRaw = prefix.includes('r'), isF = prefix.includes('f'), isBytes = prefix.includes('b');
    const startLine = this.line, startLineStart = this.lineStart;
    let p = start + prefixAndQuote.length;
    const bodyStart = p;
    const bodyLine = this.line, bodyCol = this.col(p);
    for (;;) {
      if (p >= src.length) {
        if (quoteLen === 3) throw new CompileError('unterminated triple-quoted string literal (detected at line ' + this.line + ')', startLine, start - startLineStart);
        throw new CompileError('unterminated string literal (detected at line ' + startLine + ')', startLine, start - startLineStart);
      }
      const ch = src[p];
      if (ch === '\\') {
        if (src[p + 1] === '\n' || src[p + 1] === '\r') {
          p++;
          if (src[p] === '\r' && src[p + 1] === '\n') p++;
          p++;
          this.line++; this.lineStart = p;
          continue;
        }
        p += 2;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        if (quoteLen === 1) throw new CompileError('unterminated string literal (detected at line ' + startLine + ')', startLine, start - startLineStart);
        if (ch === '\r' && src[p + 1] === '\n') p++;
        p++;
        this.line++; this.lineStart = p;
        continue;
      }
      if (src.startsWith(quote, p)) break;
      p++;
    }
    let body = src.slice(bodyStart, p).replace(/\r\n?/g, '\n');
    this.pos = p + quoteLen;
    const piece: StringPiece = { value: '', isF, isBytes, isRaw, bodyLine, bodyCol };
    if (isF) piece.raw = body;
    else piece.value = isRaw ? body : decodeEscapes(body, isBytes);
    if (isBytes && /[^\x00-\x7f]/.test(body)) throw new CompileError('bytes can only contain ASCII literal characters', startLine, start - startLineStart);
    const tok: Token = {
      kind: Tok.String, text: src.slice(start, this.pos), line: startLine, col: start - startLineStart,
      endLine: this.line, endCol: this.col(this.pos), str: piece,
    };
    this.tokens.push(tok);
  }
}
