// What the cursor is on, read from a cell's masked text: the dotted name being completed
// (`tf.nn.con|`), the call whose arguments are being typed (`tf.nn.conv2d(x, W, stri|`), the
// dotted name under the mouse. Pure functions over text: no parser, so they work mid-typing.
import { maskSource, type MaskedText } from './text_scan';

/** One identifier of a dotted name, with where it is in the cell. */
export interface NamePart { readonly name: string; readonly start: number; readonly end: number }

export type CompletionContext =
  | { kind: 'none' }
  /** A bare name: globals, builtins, keyword arguments of the call around it. */
  | { kind: 'name'; prefix: string; start: number }
  /** After `object.`: members of the dotted `object` (e.g. ['tf', 'nn']). */
  | { kind: 'attribute'; object: string[]; prefix: string; start: number };

export interface CallContext {
  /** The called dotted name: ['tf', 'nn', 'conv2d']. */
  readonly callee: NamePart[];
  /** Offset of the `(`. */
  readonly open: number;
  /** Positional arguments before the one being typed. */
  readonly positional: number;
  /** Keywords already given in this call. */
  readonly keywords: string[];
  /** The keyword of the argument being typed (`strides=[1, |`), if it has one. */
  readonly activeKeyword?: string;
  /** The argument being typed so far is a bare name (a keyword could still be completed). */
  readonly typingName: boolean;
}

const IDENT = /[A-Za-z_0-9]/;
const isIdent = (c: string | undefined) => c !== undefined && IDENT.test(c);

/** The dotted name ending at `end` (parts before it, separated by dots with no space). */
export function chainEndingAt(text: string, end: number): NamePart[] {
  const parts: NamePart[] = [];
  let i = end;
  for (;;) {
    let s = i;
    while (s > 0 && isIdent(text[s - 1])) s--;
    if (s === i || /[0-9]/.test(text[s])) break;
    parts.unshift({ name: text.slice(s, i), start: s, end: i });
    if (text[s - 1] !== '.' || !isIdent(text[s - 2])) break;
    i = s - 1;
  }
  return parts;
}

export function completionContext(source: string, offset: number, masked: MaskedText = maskSource(source)): CompletionContext {
  const text = masked.text;
  if (offset > 0 && !masked.code[offset - 1] && source[offset - 1] !== '"' && source[offset - 1] !== "'") return { kind: 'none' };
  if (offset > 0 && (source[offset - 1] === '"' || source[offset - 1] === "'")) return { kind: 'none' };
  let start = offset;
  while (start > 0 && isIdent(text[start - 1])) start--;
  const prefix = text.slice(start, offset);
  if (/^[0-9]/.test(prefix)) return { kind: 'none' };
  if (text[start - 1] === '.') {
    const object = chainEndingAt(text, start - 1);
    if (!object.length) return { kind: 'none' };
    return { kind: 'attribute', object: object.map((p) => p.name), prefix, start };
  }
  // A name right after `def`/`class` is being defined, not looked up.
  if (/\b(def|class)\s+$/.test(text.slice(Math.max(0, start - 10), start))) return { kind: 'none' };
  return { kind: 'name', prefix, start };
}

/** The innermost call whose argument list holds `offset`, if any. */
export function callContext(source: string, offset: number, masked: MaskedText = maskSource(source)): CallContext | undefined {
  const text = masked.text;
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth > 0) { depth--; continue; }
      if (c !== '(') continue; // inside a list or dict literal argument: keep looking for the call
      let j = i;
      while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
      const callee = chainEndingAt(text, j);
      // `if (a, b|` and `foo()(x|` are not calls of a name we could know.
      if (!callee.length || (callee.length === 1 && isKeyword(callee[0].name))) return undefined;
      return argumentsOf(text, i, offset, callee);
    }
  }
  return undefined;
}

const KEYWORDS = new Set(['if', 'elif', 'while', 'for', 'in', 'and', 'or', 'not', 'return', 'with', 'assert', 'yield', 'lambda', 'is', 'del', 'raise', 'import', 'from', 'as', 'else']);
function isKeyword(name: string): boolean { return KEYWORDS.has(name); }

/** Splits the argument list from `open` to `offset` at top-level commas. */
function argumentsOf(text: string, open: number, offset: number, callee: NamePart[]): CallContext {
  const segments: string[] = [];
  let depth = 0, from = open + 1;
  for (let i = open + 1; i < offset; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) { segments.push(text.slice(from, i)); from = i + 1; }
  }
  const current = text.slice(from, offset);
  const keywordOf = (s: string) => /^\s*([A-Za-z_]\w*)\s*=(?!=)/.exec(s)?.[1];
  const done = segments.filter((s) => s.trim() !== '');
  const keywords = done.map(keywordOf).filter((k): k is string => !!k);
  const positional = done.filter((s) => !keywordOf(s) && !/^\s*\*/.test(s)).length;
  const activeKeyword = keywordOf(current);
  return { callee, open, positional, keywords, activeKeyword, typingName: /^\s*[A-Za-z_]?\w*$/.test(current) };
}

/** The dotted name whose last part is under `offset` (`tf.mat|mul` → tf, matmul). */
export function nameAt(source: string, offset: number, masked: MaskedText = maskSource(source)): NamePart[] {
  const text = masked.text;
  if (!isIdent(text[offset]) && !isIdent(text[offset - 1])) return [];
  let end = offset;
  while (end < text.length && isIdent(text[end])) end++;
  return chainEndingAt(text, end);
}

/**
 * Every maximal dotted name of the cell (`tf.contrib.slim`, `np.fft.rfft2`), in order: the
 * diagnostics check each against the catalogue. A name after `.` (`f().x`) is not a chain start.
 */
export function dottedNames(masked: MaskedText): NamePart[][] {
  const text = masked.text;
  const out: NamePart[][] = [];
  const re = /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1];
    if (before === '.' || (before !== undefined && /[0-9]/.test(before))) continue;
    const parts: NamePart[] = [];
    let at = m.index;
    for (const name of m[0].split('.')) { parts.push({ name, start: at, end: at + name.length }); at += name.length + 1; }
    out.push(parts);
  }
  return out;
}
