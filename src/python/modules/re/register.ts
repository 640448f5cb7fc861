// `re` from a signature table: compile (cached), the module-level functions, escape, and the
// Pattern methods.
import { PyValue } from '../../objects/core';
import { PyMethodDescr, PyModule } from '../../objects/callables';
import { PyTuple } from '../../objects/containers';
import { typeError } from '../../exceptions';
import { entry, installTable, method, MethodTable, TableEntry } from '../../bind';
import { clinic } from '../../builtins/c_messages';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { jsIterator } from '../../runtime/iteration';
import { toIndex } from '../../runtime/numbers';
import { typeOf } from '../../runtime/type-name';
import { registerModule } from '../registry';
import { FLAGS, PatternError, translate } from './translate';
import { PyPattern, errorFrom, findall, matchClass, patternClass, reError, split, substitute } from './objects';

const cache = new Map<string, PyPattern>();

export function compile(pattern: PyValue, flags: number): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags) throw typeError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const isBytes = bytesOf(pattern) !== undefined;
  if (typeof pattern !== 'string' && !isBytes) throw typeError('first argument must be string or compiled pattern');
  const text = isBytes ? String.fromCharCode(...bytesOf(pattern)!) : (pattern as string);
  const key = `${isBytes ? 'b' : 's'}${flags}\0${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let p: PyPattern;
  try {
    const t = translate(text, flags | (isBytes ? 0 : 0));
    if (isBytes) t.flags &= ~FLAGS.UNICODE;
    p = new PyPattern(isBytes ? new PyBytes(bytesOf(pattern)!.slice()) : text, t, isBytes);
  } catch (e) {
    if (e instanceof PatternError) throw errorFrom(e, text);
    if (e instanceof SyntaxError) throw errorFrom(new PatternError(e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''), null), text);
    throw e;
  }
  if (cache.size > 512) cache.clear();
  cache.set(key, p);
  return p;
}

const flagsArg = (v: unknown) => (v === undefined || v === null ? 0 : toIndex(v as PyValue));
const posArgs = (a: { pos?: unknown; endpos?: unknown }, len: number): [number, number] => {
  const clamp = (x: number) => Math.max(0, Math.min(len, x));
  return [clamp(toIndex((a.pos ?? 0) as PyValue)), a.endpos === null || a.endpos === undefined ? len : clamp(toIndex(a.endpos as PyValue))];
};

function run(kind: 'match' | 'search' | 'full', p: PyPattern, subject: PyValue, pos = 0, endpos?: number): PyValue {
  const text = p.text(subject);
  const [a, b] = posArgs({ pos, endpos }, text.length);
  return p.exec(subject, text, kind, a, b);
}

const P = (name: string) => ({ name });

export const RE_TABLE: readonly TableEntry[] = [
  entry({ name: 're.compile', doc: 'Compiles a regular expression pattern into a Pattern object.', params: [P('pattern'), { name: 'flags', default: 0 }] },
    a => compile(a.pattern as PyValue, flagsArg(a.flags))),
  entry({ name: 're.search', doc: 'The first match of the pattern anywhere in the string, or None.', params: [P('pattern'), P('string'), { name: 'flags', default: 0 }] },
    a => run('search', compile(a.pattern as PyValue, flagsArg(a.flags)), a.string as PyValue)),
  entry({ name: 're.match', doc: 'A match of the pattern at the start of the string, or None.', params: [P('pattern'), P('string'), { name: 'flags', default: 0 }] },
    a => run('match', compile(a.pattern as PyValue, flagsArg(a.flags)), a.string as PyValue)),
  entry({ name: 're.fullmatch', doc: 'A match of the pattern against the whole string, or None.', params: [P('pattern'), P('string'), { name: 'flags', default: 0 }] },
    a => run('full', compile(a.pattern as PyValue, flagsArg(a.flags)), a.string as PyValue)),
  entry({ name: 're.findall', doc: 'All non-overlapping matches (the groups when the pattern has any).', params: [P('pattern'), P('string'), { name: 'flags', default: 0 }] },
    a => { const p = compile(a.pattern as PyValue, flagsArg(a.flags)); return findall(p, a.string as PyValue, 0, Infinity); }),
  entry({ name: 're.finditer', doc: 'An iterator over the Match objects of all non-overlapping matches.', params: [P('pattern'), P('string'), { name: 'flags', default: 0 }] },
    a => { const p = compile(a.pattern as PyValue, flagsArg(a.flags)); const s = a.string as PyValue; return jsIterator(p.iterate(s, p.text(s)), 'callable_iterator'); }),
  entry({ name: 're.sub', doc: 'The string with matches replaced by repl (a template with \\1, \\g<name>, or a function of the match).', params: [P('pattern'), P('repl'), P('string'), { name: 'count', default: 0 }, { name: 'flags', default: 0 }] },
    a => substitute(compile(a.pattern as PyValue, flagsArg(a.flags)), a.repl as PyValue, a.string as PyValue, toIndex(a.count as PyValue))[0]),
  entry({ name: 're.subn', doc: 'Like sub, returning (new_string, number_of_subs_made).', params: [P('pattern'), P('repl'), P('string'), { name: 'count', default: 0 }, { name: 'flags', default: 0 }] },
    a => new PyTuple(substitute(compile(a.pattern as PyValue, flagsArg(a.flags)), a.repl as PyValue, a.string as PyValue, toIndex(a.count as PyValue)))),
  entry({ name: 're.split', doc: 'The string split by the matches (with the groups, when the pattern has any).', params: [P('pattern'), P('string'), { name: 'maxsplit', default: 0 }, { name: 'flags', default: 0 }] },
    a => split(compile(a.pattern as PyValue, flagsArg(a.flags)), a.string as PyValue, toIndex(a.maxsplit as PyValue))),
  entry({ name: 're.escape', doc: 'The pattern with regular-expression special characters escaped.', params: [P('pattern')] }, a => {
    const special = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f';
    const b = bytesOf(a.pattern as PyValue);
    if (b) return new PyBytes(Uint8Array.from([...b].flatMap(c => (special.includes(String.fromCharCode(c)) ? [92, c] : [c]))));
    if (typeof a.pattern !== 'string') throw typeError(`expected str or bytes, not ${typeOf(a.pattern as PyValue).name}`);
    return [...a.pattern].map(c => (special.includes(c) ? '\\' + c : c)).join('');
  }),
  entry({ name: 're.purge', doc: 'Clears the pattern cache.', params: [] }, () => { cache.clear(); return null; }),
];

// Pattern's methods: C methods (Argument Clinic), so call errors name the bare method
// (`match() missing required argument 'string' (pos 1)`, `'x' is an invalid keyword argument for match()`).
const SPAN = [{ name: 'pos', default: 0 }, { name: 'endpos', default: { expr: 'sys.maxsize' } }] as const;
const spanned = (name: 'match' | 'search' | 'fullmatch' | 'findall' | 'finditer', doc: string, body: (p: PyPattern, s: PyValue, pos: number, endpos: number) => PyValue) =>
  method({ name: `re.Pattern.${name}`, doc, params: [P('string'), ...SPAN] }, (p: PyPattern, a) => {
    const s = a.string as PyValue;
    const [x, y] = posArgs({ pos: a.pos, endpos: a.endpos }, p.text(s).length);
    return body(p, s, x, y);
  }, clinic(['string', 'pos', 'endpos']));
export const PATTERN_METHODS = new MethodTable<PyPattern>([
  spanned('match', 'Matches zero or more characters at the beginning of the string.', (p, s, x, y) => run('match', p, s, x, y)),
  spanned('search', 'Scan through string looking for a match, and return a corresponding match object instance.', (p, s, x, y) => run('search', p, s, x, y)),
  spanned('fullmatch', 'Matches against all of the string.', (p, s, x, y) => run('full', p, s, x, y)),
  spanned('findall', 'Return a list of all non-overlapping matches of pattern in string.', (p, s, x, y) => findall(p, s, x, y)),
  spanned('finditer', 'Return an iterator over all non-overlapping matches for the RE pattern in string.', (p, s, x, y) => jsIterator(p.iterate(s, p.text(s), x, y), 'callable_iterator')),
  method({ name: 're.Pattern.sub', doc: 'Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.', params: [P('repl'), P('string'), { name: 'count', default: 0 }] },
    (p: PyPattern, a) => substitute(p, a.repl as PyValue, a.string as PyValue, toIndex(a.count as PyValue))[0], clinic(['repl', 'string', 'count'])),
  method({ name: 're.Pattern.subn', doc: 'Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.', params: [P('repl'), P('string'), { name: 'count', default: 0 }] },
    (p: PyPattern, a) => new PyTuple(substitute(p, a.repl as PyValue, a.string as PyValue, toIndex(a.count as PyValue))), clinic(['repl', 'string', 'count'])),
  method({ name: 're.Pattern.split', doc: 'Split string by the occurrences of pattern.', params: [P('string'), { name: 'maxsplit', default: 0 }] },
    (p: PyPattern, a) => split(p, a.string as PyValue, toIndex(a.maxsplit as PyValue)), clinic(['string', 'maxsplit'])),
], { functionNames: true });
for (const e of PATTERN_METHODS.entries) {
  const name = e.signature.name.slice('re.Pattern.'.length);
  patternClass.dict.set(name, new PyMethodDescr(name, (self, a, kw) => PATTERN_METHODS.call(self as PyPattern, name, a, kw), patternClass));
}

registerModule('re', () => {
  const m = new PyModule('re');
  installTable(m, RE_TABLE);
  for (const [k, v] of Object.entries(FLAGS)) m.set(k, v);
  for (const [short, long] of [['A', 'ASCII'], ['I', 'IGNORECASE'], ['L', 'LOCALE'], ['M', 'MULTILINE'], ['S', 'DOTALL'], ['U', 'UNICODE'], ['X', 'VERBOSE'], ['T', 'TEMPLATE']] as const) m.set(short, FLAGS[long]);
  m.set('NOFLAG', 0);
  m.set('error', reError).set('Pattern', patternClass).set('Match', matchClass);
  return m;
});
