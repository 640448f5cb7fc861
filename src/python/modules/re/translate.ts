// Python regular-expression syntax → an equivalent JavaScript RegExp source (u and d flags).
// What differs is rewritten: (?P<n>...) and (?P=n), \A \Z, Python's $ and '.', Unicode \w \d \s
// \b, verbose mode, {,n}, literal { } ], a leading ] in a class, escapes JS rejects in u mode.
// What JavaScript cannot express (scoped inline flags, conditionals, atomic groups, possessive
// quantifiers, \N{...}) raises NotImplementedError; malformed patterns raise re.error with
// CPython's messages and positions.
import { E, pyException } from '../../exceptions';

export const FLAGS = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 } as const;

export class PatternError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) { super(msg); }
}

export interface Translated {
  source: string;
  /** JavaScript flags (always 'u' and 'd'). */
  jsFlags: string;
  /** The Python flags, including inline (?aiLmsux) ones. */
  flags: number;
  groups: number;
  groupNames: Map<string, number>;
}

const SPECIAL_OUTSIDE = new Set('.^$*+?()[]{}|\\/'.split(''));
const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

function classEscapes(ascii: boolean): Record<string, string> {
  return ascii
    ? { w: 'A-Za-z0-9_', W: '', d: '0-9', D: '', s: ' \\t\\n\\r\\f\\v', S: '' }
    : { w: '\\p{L}\\p{N}_', W: '', d: '\\p{Nd}', D: '', s: PY_WS, S: '' };
}

function unsupported(what: string): never {
  throw pyException(E.NotImplementedError, `re: ${what} is not supported by Gradbook (JavaScript's regular expressions cannot express it)`);
}

/** Strips verbose-mode whitespace and # comments outside character classes. */
function stripVerbose(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { out += c + (p[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; if (p[i + 1] === '^') { out += '^'; i++; } if (p[i + 1] === ']') { out += ']'; i++; } continue; }
    if (/\s/.test(c)) continue;
    if (c === '#') { while (i < p.length && p[i] !== '\n') i++; continue; }
    out += c;
  }
  return out;
}

const INLINE_FLAGS: Record<string, number> = { a: FLAGS.ASCII, i: FLAGS.IGNORECASE, L: FLAGS.LOCALE, m: FLAGS.MULTILINE, s: FLAGS.DOTALL, u: FLAGS.UNICODE, x: FLAGS.VERBOSE };

/** Leading (?flags) groups, which CPython applies to the whole pattern. */
function leadingFlags(p: string): { flags: number; rest: string } {
  let flags = 0;
  let rest = p;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(rest);
    if (!m) break;
    for (const f of m[1]) flags |= INLINE_FLAGS[f];
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

export function translate(pattern: string, flagsIn: number): Translated {
  const lead = leadingFlags(pattern);
  let flags = flagsIn | lead.flags;
  const offset = pattern.length - lead.rest.length;
  let p = lead.rest;
  if (flags & FLAGS.LOCALE) throw new PatternError('cannot use LOCALE flag with a str pattern', null);
  if ((flags & FLAGS.ASCII) && (flags & FLAGS.UNICODE) && (flagsIn & FLAGS.UNICODE)) throw new PatternError('ASCII and UNICODE flags are incompatible', null);
  if (flags & FLAGS.VERBOSE) p = stripVerbose(p);
  const ascii = (flags & FLAGS.ASCII) !== 0;
  const dotAll = (flags & FLAGS.DOTALL) !== 0;
  const multiline = (flags & FLAGS.MULTILINE) !== 0;
  const esc = classEscapes(ascii);
  const word = ascii ? '[A-Za-z0-9_]' : '[\\p{L}\\p{N}_]';
  const groupNames = new Map<string, number>();
  let groups = 0;
  let out = '';
  const open: number[] = [];
  let i = 0;
  const at = () => i + offset;
  /** Whether the previous token can take a quantifier. */
  let repeatable = false;

  const escapeOutside = (start: number): string => {
    const c = p[i + 1];
    if (c === undefined) throw new PatternError('bad escape (end of pattern)', start);
    i += 2;
    switch (c) {
      case 'A': repeatable = false; return '(?<![\\s\\S])';
      case 'Z': repeatable = false; return '(?![\\s\\S])';
      case 'b': repeatable = false; return ascii ? '\\b' : `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
      case 'B': repeatable = false; return ascii ? '\\B' : `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
      case 'w': case 'd': case 's': repeatable = true; return `[${esc[c]}]`;
      case 'W': case 'D': case 'S': repeatable = true; return `[^${esc[c.toLowerCase()]}]`;
      case 'N': return unsupported('\\N{...} named characters');
    }
    repeatable = true;
    if (c >= '1' && c <= '9' && !(/[0-7]/.test(c) && /^[0-7]{2}/.test(p.slice(i)))) {
      let digits = c;
      if (/[0-9]/.test(p[i] ?? '')) { digits += p[i]; i++; }
      const n = Number(digits);
      if (n > groups) throw new PatternError(`invalid group reference ${n}`, start + 1);
      return `\\${n}(?:)`;
    }
    return commonEscape(c, start);
  };

  /** Escapes valid both in and out of classes: \n \t, \xhh, \uhhhh, \Uhhhhhhhh, octal, punctuation. */
  const commonEscape = (c: string, start: number): string => {
    const simple: Record<string, string> = { n: '\\n', t: '\\t', r: '\\r', f: '\\f', v: '\\v', a: '\\x07' };
    if (simple[c]) return simple[c];
    if (c === 'x' || c === 'u' || c === 'U') {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = p.slice(i, i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new PatternError(`incomplete escape \\${c}${hex.replace(/[^0-9a-fA-F].*$/, '')}`, start);
      i += n;
      return `\\u{${parseInt(hex, 16).toString(16)}}`;
    }
    if (c >= '0' && c <= '7') {
      // Octal: \0, \0o, \0oo, and three octal digits (a group reference is handled by the caller).
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(p[i] ?? '')) { digits += p[i]; i++; }
      const v = parseInt(digits, 8);
      if (v > 0o377) throw new PatternError(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return `\\u{${v.toString(16)}}`;
    }
    if (/[A-Za-z]/.test(c)) throw new PatternError(`bad escape \\${c}`, start);
    return SPECIAL_OUTSIDE.has(c) || c === '-' ? `\\${c}` : c;
  };

  const charClass = (start: number): string => {
    i++;
    let body = '';
    /** \W, \D, \S inside the class: each becomes a negated class in an alternation. */
    const negatives: string[] = [];
    let negate = false;
    if (p[i] === '^') { negate = true; i++; }
    let first = true;
    for (;;) {
      if (i >= p.length) throw new PatternError('unterminated character set', start);
      const c = p[i];
      if (c === ']' && !first) { i++; break; }
      first = false;
      if (c === '\\') {
        const e = p[i + 1];
        const escStart = at();
        if (e === undefined) throw new PatternError('unterminated character set', start);
        i += 2;
        if (e === 'w' || e === 'd' || e === 's') body += esc[e];
        else if (e === 'W' || e === 'D' || e === 'S') negatives.push(esc[e.toLowerCase()]);
        else if (e === 'b') body += '\\x08';
        else if (e === '8' || e === '9') throw new PatternError(`bad escape \\${e}`, escStart);
        else body += commonEscape(e, escStart);
        continue;
      }
      body += '[]{}()|/'.includes(c) ? '\\' + c : c;
      i++;
    }
    if (!negatives.length) return `[${negate ? '^' : ''}${body}]`;
    const union = `(?:${[...(body ? [`[${body}]`] : []), ...negatives.map(n => `[^${n}]`)].join('|')})`;
    return negate ? `(?:(?!${union})[\\s\\S])` : union;
  };

  const group = (start: number): string => {
    i++;
    if (p[i] !== '?') { groups++; open.push(start); return '('; }
    const rest = p.slice(i + 1);
    if (rest.startsWith('P<')) {
      const end = rest.indexOf('>');
      const name = end < 0 ? '' : rest.slice(2, end);
      if (end < 0) throw new PatternError('missing >, unterminated name', start + 4);
      if (!/^[A-Za-z_\p{L}][\w\p{L}\p{N}]*$/u.test(name)) throw new PatternError(`bad character in group name '${name}'`, start + 4);
      if (groupNames.has(name)) throw new PatternError(`redefinition of group name '${name}' as group ${groups + 1}; was group ${groupNames.get(name)}`, start + 4);
      groups++;
      groupNames.set(name, groups);
      open.push(start);
      i += 1 + end + 1;
      return `(?<${name}>`;
    }
    if (rest.startsWith('P=')) {
      const end = rest.indexOf(')');
      const name = rest.slice(2, end);
      if (end < 0) throw new PatternError('missing ), unterminated name', start + 4);
      if (!groupNames.has(name)) throw new PatternError(`unknown group name '${name}'`, start + 4);
      i += 1 + end + 1;
      repeatable = true;
      return `\\k<${name}>`;
    }
    if (rest.startsWith('<') && rest[1] !== '=' && rest[1] !== '!') {
      // (?<name>...) is Python 3.12+ syntax; 3.11 rejects it.
      throw new PatternError(`unknown extension ?<${rest[1] ?? ''}`, start + 1);
    }
    for (const [py, js] of [[':', '(?:'], ['=', '(?='], ['!', '(?!'], ['<=', '(?<='], ['<!', '(?<!']] as const) {
      if (rest.startsWith(py)) { i += 1 + py.length; open.push(start); return js; }
    }
    if (rest.startsWith('#')) {
      const end = p.indexOf(')', i);
      if (end < 0) throw new PatternError('missing ), unterminated comment', start);
      i = end + 1;
      return '';
    }
    if (rest.startsWith('>')) unsupported('atomic groups (?>...)');
    if (rest.startsWith('(')) unsupported('conditional groups (?(id)yes|no)');
    const fm = /^([aiLmsux-]+)(:|\))/.exec(rest);
    if (fm) {
      if (fm[2] === ')') throw new PatternError('global flags not at the start of the expression', start);
      unsupported('scoped inline flags (?flags:...)');
    }
    throw new PatternError(`unknown extension ?${rest[0] ?? ''}`, start + 1);
  };

  while (i < p.length) {
    const c = p[i];
    const start = at();
    switch (c) {
      case '\\': out += escapeOutside(start); continue;
      case '[': out += charClass(start); repeatable = true; continue;
      case '(': out += group(start); repeatable = false; continue;
      case ')':
        if (!open.length) throw new PatternError('unbalanced parenthesis', start);
        open.pop();
        out += ')';
        i++;
        repeatable = true;
        continue;
      case '.': out += dotAll ? '[\\s\\S]' : '[^\\n]'; i++; repeatable = true; continue;
      case '$': out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))'; i++; repeatable = false; continue;
      case '^': out += multiline ? '(?<=^|\\n)' : '(?<![\\s\\S])'; i++; repeatable = false; continue;
      case '|': out += '|'; i++; repeatable = false; continue;
      case '*': case '+': case '?': case '{': {
        let q: string = c;
        if (c === '{') {
          const m = /^\{(\d*)(,?)(\d*)\}/.exec(p.slice(i));
          if (!m || (m[1] === '' && m[2] === '' )) { out += '\\{'; i++; repeatable = true; continue; }
          if (m[1] && m[3] && Number(m[3]) < Number(m[1])) throw new PatternError('min repeat greater than max repeat', start + 1);
          q = `{${m[1] || '0'}${m[2]}${m[3]}}`;
          i += m[0].length;
        } else i++;
        if (!repeatable) throw new PatternError(out.endsWith('?') || out.endsWith('*') || out.endsWith('+') || out.endsWith('}') ? 'multiple repeat' : 'nothing to repeat', start);
        if (p[i] === '+') unsupported('possessive quantifiers');
        if (p[i] === '?') { q += '?'; i++; }
        out += q;
        repeatable = false;
        continue;
      }
      case ']': case '}': case '/': out += '\\' + c; i++; repeatable = true; continue;
      default: out += c; i++; repeatable = true;
    }
  }
  if (open.length) throw new PatternError('missing ), unterminated subpattern', open[open.length - 1]);
  let jsFlags = 'ud';
  if (flags & FLAGS.IGNORECASE) jsFlags += 'i';
  if (!(flags & FLAGS.ASCII)) flags |= FLAGS.UNICODE;
  return { source: out, jsFlags, flags, groups, groupNames };
}
