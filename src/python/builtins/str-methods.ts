// Methods of str.
import { PyValue } from '../objects/core';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { T } from '../objects/types';
import { typeError, valueError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { str as toStr } from '../runtime/repr';
import { toArray } from '../runtime/iteration';
import { toIndex } from '../runtime/numbers';
import { sliceIndex } from '../runtime/subscript';
import { strFormat } from '../runtime/str-format';
import { comparisonMethods } from './compare-methods';
import { cm, CArgs, CMethod, installCMethods, varargsOf, varkwOf } from './native_methods';
import { truthy } from '../runtime/truth';
import { encodeStr } from '../runtime/bytes-methods';
import { checkStringLength } from '../runtime/limits';
import { pyHash } from '../runtime/numeric-hash';
import { getIter } from '../runtime/iteration';
import { contains } from '../runtime/compare';
import { binaryOp } from '../runtime/operators';
import { NotImplemented } from '../objects/singletons';
import { unwrapScalar } from '../objects/scalar-sub';

/** The width argument of center/ljust/rjust/zfill, checked against the memory limits. */
function padWidth(v: PyValue): number {
  const w = toIndex(v);
  if (w > 0) checkStringLength(w);
  return w;
}

function needStr(v: PyValue, what = 'argument'): string {
  v = unwrapScalar(v);
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeOf(v).name}`);
  return v;
}

function strip(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    if (left) s = s.replace(/^[\s\u001c-\u001f]+/, '');
    if (right) s = s.replace(/[\s\u001c-\u001f]+$/, '');
    return s;
  }
  const set = needStr(chars);
  let a = 0, b = s.length;
  if (left) while (a < b && set.includes(s[a])) a++;
  if (right) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  const isWs = (c: string) => /[\s\u001c-\u001f]/.test(c);
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) { out.push(s.slice(i).replace(/[\s\u001c-\u001f]+$/, '')); break; }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function split(s: string, sep: PyValue | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === null) return splitWhitespace(s, maxsplit);
  const d = needStr(sep);
  if (!d) throw valueError('empty separator');
  const parts = s.split(d);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(d)];
}

function rsplit(s: string, sep: PyValue | undefined, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === undefined || sep === null) {
    const parts = splitWhitespace(s, -1);
    if (parts.length <= maxsplit + 1) return parts;
    const head = s.replace(/[\s\u001c-\u001f]+$/, '');
    // Rebuild the unsplit head with its original spacing.
    let idx = head.length;
    for (let k = 0; k < maxsplit; k++) idx = head.lastIndexOf(parts[parts.length - 1 - k], idx - 1);
    return [head.slice(0, idx).replace(/[\s\u001c-\u001f]+$/, ''), ...parts.slice(parts.length - maxsplit)];
  }
  const d = needStr(sep);
  const parts = s.split(d);
  if (parts.length <= maxsplit + 1) return parts;
  return [parts.slice(0, parts.length - maxsplit).join(d), ...parts.slice(parts.length - maxsplit)];
}

function range(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const n = s.length;
  const norm = (v: PyValue | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    let i = sliceIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(end, n)];
}

function find(s: string, a: CArgs, fromRight: boolean): number {
  const sub = needStr(a.sub!);
  const [x, y] = range(s, a.start, a.end);
  const hay = s.slice(x, y);
  const i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return i < 0 ? -1 : i + x;
}

function prefixCheck(s: string, spec: PyValue, a: CArgs, ends: boolean): boolean {
  const [x, y] = range(s, a.start, a.end);
  const part = s.slice(x, y);
  const test = (p: PyValue) => (ends ? part.endsWith(needStr(p)) : part.startsWith(needStr(p)));
  if (spec instanceof PyTuple) return spec.items.some(test);
  if (typeof spec !== 'string') throw typeError(`${ends ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${typeOf(spec).name}`);
  return test(spec);
}

function replace(s: string, a: CArgs): string {
  const old = needStr(a.old!), neu = needStr(a.new!);
  let count = toIndex(a.count!);
  if (count < 0) return old === '' ? [...s].join(neu).replace(/^/, neu) + (s ? neu : '') : s.split(old).join(neu);
  let out = '', rest = s;
  while (count-- > 0) {
    const i = rest.indexOf(old);
    if (i < 0) break;
    out += rest.slice(0, i) + neu;
    rest = rest.slice(i + old.length);
  }
  return out + rest;
}

function splitlines(s: string, keep: boolean): PyList {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
  if (last < s.length) out.push(s.slice(last));
  return new PyList(out);
}

function join(s: string, iterable: PyValue): string {
  const items = toArray(iterable).map(unwrapScalar);
  let total = s.length * Math.max(0, items.length - 1);
  items.forEach((x, i) => {
    if (typeof x !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    total += x.length;
  });
  checkStringLength(total);
  return (items as string[]).join(s);
}

function center(s: string, a: CArgs): string {
  const w = padWidth(a.width!), fill = needStr(a.fillchar!);
  const n = w - s.length;
  if (n <= 0) return s;
  const left = Math.floor(n / 2) + (n & w & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}

function zfill(s: string, width: PyValue): string {
  const w = padWidth(width);
  if (s.length >= w) return s;
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
}

function expandtabs(s: string, tabsize: PyValue): string {
  const size = toIndex(tabsize);
  let col = 0, out = '';
  for (const c of s) {
    if (c === '\t') { const n = size - (col % size); out += ' '.repeat(n); col += n; } else { out += c; col = c === '\n' ? 0 : col + 1; }
  }
  return out;
}

function count(s: string, a: CArgs): number {
  const sub = needStr(a.sub!);
  const [x, y] = range(s, a.start, a.end);
  const hay = s.slice(x, y);
  if (!sub) return hay.length + 1;
  return hay.split(sub).length - 1;
}

const cased = (s: string) => /\p{L}/u.test(s);

const FIND = '(sub, start=None, end=None, /)';
const NOARGS = '()';

/** str's methods with CPython 3.11's signatures (text signatures where CPython has one). */
export const STR_METHODS: readonly CMethod<string>[] = [
  cm('noargs', 'upper', NOARGS, 'Return a copy of the string converted to uppercase.', s => s.toUpperCase()),
  cm('noargs', 'lower', NOARGS, 'Return a copy of the string converted to lowercase.', s => s.toLowerCase()),
  cm('noargs', 'casefold', NOARGS, 'Return a version of the string suitable for caseless comparisons.', s => s.toLowerCase()),
  cm('noargs', 'capitalize', NOARGS, 'Return a capitalized version of the string.', s => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s)),
  cm('noargs', 'title', NOARGS, 'Return a version of the string where each word is titlecased.',
    s => s.toLowerCase().replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()).replace(/(\p{N})(\p{L})/gu, (_m, a, b) => a + b.toUpperCase())),
  cm('noargs', 'swapcase', NOARGS, 'Convert uppercase characters to lowercase and lowercase characters to uppercase.',
    s => [...s].map(c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  cm('positional', 'strip', '(chars=None, /)', 'Return a copy of the string with leading and trailing whitespace removed.', (s, a) => strip(s, a.chars, true, true)),
  cm('positional', 'lstrip', '(chars=None, /)', 'Return a copy of the string with leading whitespace removed.', (s, a) => strip(s, a.chars, true, false)),
  cm('positional', 'rstrip', '(chars=None, /)', 'Return a copy of the string with trailing whitespace removed.', (s, a) => strip(s, a.chars, false, true)),
  cm('clinic', 'split', '(sep=None, maxsplit=-1)', 'Return a list of the substrings in the string, using sep as the separator string.', (s, a) => new PyList(split(s, a.sep, toIndex(a.maxsplit!)))),
  cm('clinic', 'rsplit', '(sep=None, maxsplit=-1)', 'Return a list of the substrings in the string, splitting from the right.', (s, a) => new PyList(rsplit(s, a.sep, toIndex(a.maxsplit!)))),
  cm('clinic', 'splitlines', '(keepends=False)', 'Return a list of the lines in the string, breaking at line boundaries.', (s, a) => splitlines(s, truthy(a.keepends!))),
  cm('O', 'join', '(iterable, /)', 'Concatenate any number of strings.', (s, a) => join(s, a.iterable!)),
  cm('positional', 'replace', '(old, new, count=-1, /)', 'Return a copy with all occurrences of substring old replaced by new.', replace),
  cm('tuple', 'find', FIND, 'Return the lowest index where substring sub is found, -1 on failure.', (s, a) => find(s, a, false)),
  cm('tuple', 'rfind', FIND, 'Return the highest index where substring sub is found, -1 on failure.', (s, a) => find(s, a, true)),
  cm('tuple', 'index', FIND, 'Like find() but raise ValueError when the substring is not found.', (s, a) => { const i = find(s, a, false); if (i < 0) throw valueError('substring not found'); return i; }),
  cm('tuple', 'rindex', FIND, 'Like rfind() but raise ValueError when the substring is not found.', (s, a) => { const i = find(s, a, true); if (i < 0) throw valueError('substring not found'); return i; }),
  cm('tuple', 'count', FIND, 'Return the number of non-overlapping occurrences of substring sub.', count),
  cm('tuple', 'startswith', '(prefix, start=None, end=None, /)', 'Return True if the string starts with the prefix (a str or a tuple of them).', (s, a) => prefixCheck(s, a.prefix!, a, false)),
  cm('tuple', 'endswith', '(suffix, start=None, end=None, /)', 'Return True if the string ends with the suffix (a str or a tuple of them).', (s, a) => prefixCheck(s, a.suffix!, a, true)),
  cm('clinic', 'format', '(*args, **kwargs)', 'Return a formatted version of the string, using substitutions from args and kwargs.', (s, a) => strFormat(s, varargsOf(a, 'args'), varkwOf(a, 'kwargs'))),
  cm('O', 'format_map', '(mapping, /)', 'Return a formatted version of the string, using substitutions from mapping.',
    (s, a) => strFormat(s, [], a.mapping instanceof PyDict ? new Map([...a.mapping.map.values()].map(e => [toStr(e.k), e.v])) : null)),
  cm('noargs', 'isdigit', NOARGS, 'Return True if the string is a digit string.', s => s.length > 0 && /^\p{Nd}+$/u.test(s)),
  cm('noargs', 'isdecimal', NOARGS, 'Return True if the string is a decimal string.', s => s.length > 0 && /^\p{Nd}+$/u.test(s)),
  cm('noargs', 'isnumeric', NOARGS, 'Return True if the string is a numeric string.', s => s.length > 0 && /^\p{N}+$/u.test(s)),
  cm('noargs', 'isalpha', NOARGS, 'Return True if the string is an alphabetic string.', s => s.length > 0 && /^\p{L}+$/u.test(s)),
  cm('noargs', 'isalnum', NOARGS, 'Return True if the string is an alpha-numeric string.', s => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s)),
  cm('noargs', 'isspace', NOARGS, 'Return True if the string is a whitespace string.', s => s.length > 0 && /^\s+$/.test(s)),
  cm('noargs', 'isupper', NOARGS, 'Return True if the string is an uppercase string.', s => cased(s) && s === s.toUpperCase() && s !== s.toLowerCase()),
  cm('noargs', 'islower', NOARGS, 'Return True if the string is a lowercase string.', s => cased(s) && s === s.toLowerCase() && s !== s.toUpperCase()),
  cm('noargs', 'isidentifier', NOARGS, 'Return True if the string is a valid Python identifier.', s => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s)),
  cm('noargs', 'istitle', NOARGS, 'Return True if the string is a title-cased string.', s => cased(s) && s === s.replace(/\p{L}+/gu, w => w[0].toUpperCase() + w.slice(1).toLowerCase())),
  cm('positional', 'center', "(width, fillchar=' ', /)", 'Return a centered string of length width.', center),
  cm('positional', 'ljust', "(width, fillchar=' ', /)", 'Return a left-justified string of length width.',
    (s, a) => { const w = padWidth(a.width!), fill = needStr(a.fillchar!); return s.length >= w ? s : s + fill.repeat(w - s.length); }),
  cm('positional', 'rjust', "(width, fillchar=' ', /)", 'Return a right-justified string of length width.',
    (s, a) => { const w = padWidth(a.width!), fill = needStr(a.fillchar!); return s.length >= w ? s : fill.repeat(w - s.length) + s; }),
  cm('O', 'zfill', '(width, /)', 'Pad a numeric string with zeros on the left, to fill a field of the given width.', (s, a) => zfill(s, a.width!)),
  cm('O', 'partition', '(sep, /)', 'Partition the string into three parts using the given separator.',
    (s, a) => { const sep = needStr(a.sep!); const i = s.indexOf(sep); return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]); }),
  cm('O', 'rpartition', '(sep, /)', 'Partition the string into three parts, searching for the separator from the end.',
    (s, a) => { const sep = needStr(a.sep!); const i = s.lastIndexOf(sep); return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]); }),
  cm('clinic', 'expandtabs', '(tabsize=8)', 'Return a copy where all tab characters are expanded using spaces.', (s, a) => expandtabs(s, a.tabsize!)),
  cm('O', 'removeprefix', '(prefix, /)', 'Return a str with the given prefix string removed if present.', (s, a) => { const p = needStr(a.prefix!); return p && s.startsWith(p) ? s.slice(p.length) : s; }),
  cm('O', 'removesuffix', '(suffix, /)', 'Return a str with the given suffix string removed if present.', (s, a) => { const p = needStr(a.suffix!); return p && s.endsWith(p) ? s.slice(0, -p.length) : s; }),
  cm('clinic', 'encode', "(encoding='utf-8', errors='strict')", 'Encode the string using the codec registered for encoding.', (s, a) => encodeStr(s, a.encoding!, a.errors!)),
  cm('wrapper', '__len__', NOARGS, 'Return len(self).', s => s.length),
  cm('wrapper', '__str__', NOARGS, 'Return str(self).', s => s),
  cm('wrapper', '__hash__', NOARGS, 'Return hash(self).', s => pyHash(s)),
  cm('wrapper', '__iter__', NOARGS, 'Implement iter(self).', s => getIter(s)),
  cm('wrapper', '__contains__', '(key, /)', 'Return key in self.', (s, a) => contains(s, a.key!)),
  cm('wrapper', '__add__', '(value, /)', 'Return self+value.', (s, a) => (typeof unwrapScalar(a.value!) === 'string' ? binaryOp('+', s, a.value!) : NotImplemented)),
  cm('wrapper', '__mod__', '(value, /)', 'Return self%value.', (s, a) => binaryOp('%', s, a.value!)),
  ...comparisonMethods<string>(v => typeof v === 'string'),
];

export function installStrMethods(): void {
  installCMethods(T.str, STR_METHODS);
}
