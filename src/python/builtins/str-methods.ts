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
import { defineMethods } from './define';
import { parseArgs } from './args';
import { encodeStr } from '../runtime/bytes-methods';
import { checkStringLength } from '../runtime/limits';

/** The width argument of center/ljust/rjust/zfill, checked against the memory limits. */
function padWidth(v: PyValue): number {
  const w = toIndex(v);
  if (w > 0) checkStringLength(w);
  return w;
}

function needStr(v: PyValue, what = 'argument'): string {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeOf(v).name}`);
  return v;
}

const WS = /^[\s\u001c-\u001f]+|[\s\u001c-\u001f]+$/g;

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

function find(s: string, args: PyValue[], fromRight: boolean): number {
  const sub = needStr(args[0]);
  const [a, b] = range(s, args[1], args[2]);
  const hay = s.slice(a, b);
  const i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return i < 0 ? -1 : i + a;
}

function prefixCheck(s: string, args: PyValue[], ends: boolean): boolean {
  const [a, b] = range(s, args[1], args[2]);
  const part = s.slice(a, b);
  const test = (p: PyValue) => (ends ? part.endsWith(needStr(p)) : part.startsWith(needStr(p)));
  const spec = args[0];
  if (spec instanceof PyTuple) return spec.items.some(test);
  if (typeof spec !== 'string') throw typeError(`${ends ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${typeOf(spec).name}`);
  return test(spec);
}

const cased = (s: string) => /\p{L}/u.test(s);

export function installStrMethods(): void {
  defineMethods<string>(T.str, {
    upper: s => s.toUpperCase(),
    lower: s => s.toLowerCase(),
    casefold: s => s.toLowerCase(),
    capitalize: s => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s),
    title: s => s.toLowerCase().replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()).replace(/(\p{N})(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()),
    swapcase: s => [...s].map(c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    strip: (s, a) => strip(s, a[0], true, true),
    lstrip: (s, a) => strip(s, a[0], true, false),
    rstrip: (s, a) => strip(s, a[0], false, true),
    split: (s, a, kw) => { const [sep, m] = parseArgs('split', a, kw, ['sep', 'maxsplit'], 0); return new PyList(split(s, sep, m === undefined ? -1 : toIndex(m))); },
    rsplit: (s, a, kw) => { const [sep, m] = parseArgs('rsplit', a, kw, ['sep', 'maxsplit'], 0); return new PyList(rsplit(s, sep, m === undefined ? -1 : toIndex(m))); },
    splitlines: (s, a) => {
      const keep = !!a[0];
      const out: string[] = [];
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      let last = 0, m: RegExpExecArray | null;
      while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
      if (last < s.length) out.push(s.slice(last));
      return new PyList(out);
    },
    join: (s, a) => {
      const items = toArray(a[0]);
      let total = s.length * Math.max(0, items.length - 1);
      items.forEach((x, i) => {
        if (typeof x !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
        total += x.length;
      });
      checkStringLength(total);
      return (items as string[]).join(s);
    },
    replace: (s, a) => {
      const old = needStr(a[0]), neu = needStr(a[1]);
      let count = a.length > 2 ? toIndex(a[2]) : -1;
      if (count < 0) return old === '' ? [...s].join(neu).replace(/^/, neu) + (s ? neu : '') : s.split(old).join(neu);
      let out = '', rest = s;
      while (count-- > 0) {
        const i = rest.indexOf(old);
        if (i < 0) break;
        out += rest.slice(0, i) + neu;
        rest = rest.slice(i + old.length);
      }
      return out + rest;
    },
    find: (s, a) => find(s, a, false),
    rfind: (s, a) => find(s, a, true),
    index: (s, a) => { const i = find(s, a, false); if (i < 0) throw valueError('substring not found'); return i; },
    rindex: (s, a) => { const i = find(s, a, true); if (i < 0) throw valueError('substring not found'); return i; },
    count: (s, a) => {
      const sub = needStr(a[0]);
      const [x, y] = range(s, a[1], a[2]);
      const hay = s.slice(x, y);
      if (!sub) return hay.length + 1;
      return hay.split(sub).length - 1;
    },
    startswith: (s, a) => prefixCheck(s, a, false),
    endswith: (s, a) => prefixCheck(s, a, true),
    format: (s, a, kw) => strFormat(s, a, kw),
    format_map: (s, a) => strFormat(s, [], a[0] instanceof PyDict ? new Map([...a[0].map.values()].map(e => [toStr(e.k), e.v])) : null),
    isdigit: s => s.length > 0 && /^\p{Nd}+$/u.test(s),
    isdecimal: s => s.length > 0 && /^\p{Nd}+$/u.test(s),
    isnumeric: s => s.length > 0 && /^\p{N}+$/u.test(s),
    isalpha: s => s.length > 0 && /^\p{L}+$/u.test(s),
    isalnum: s => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s),
    isspace: s => s.length > 0 && /^\s+$/.test(s),
    isupper: s => cased(s) && s === s.toUpperCase() && s !== s.toLowerCase(),
    islower: s => cased(s) && s === s.toLowerCase() && s !== s.toUpperCase(),
    isidentifier: s => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s),
    istitle: s => cased(s) && s === s.replace(/\p{L}+/gu, w => w[0].toUpperCase() + w.slice(1).toLowerCase()),
    center: (s, a) => { const w = padWidth(a[0]), fill = a.length > 1 ? needStr(a[1]) : ' '; const n = w - s.length; if (n <= 0) return s; const left = Math.floor(n / 2) + (n & w & 1); return fill.repeat(left) + s + fill.repeat(n - left); },
    ljust: (s, a) => { const w = padWidth(a[0]), fill = a.length > 1 ? needStr(a[1]) : ' '; return s.length >= w ? s : s + fill.repeat(w - s.length); },
    rjust: (s, a) => { const w = padWidth(a[0]), fill = a.length > 1 ? needStr(a[1]) : ' '; return s.length >= w ? s : fill.repeat(w - s.length) + s; },
    zfill: (s, a) => {
      const w = padWidth(a[0]);
      if (s.length >= w) return s;
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
    },
    partition: (s, a) => { const sep = needStr(a[0]); const i = s.indexOf(sep); return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]); },
    rpartition: (s, a) => { const sep = needStr(a[0]); const i = s.lastIndexOf(sep); return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]); },
    expandtabs: (s, a) => { const size = a.length ? toIndex(a[0]) : 8; let col = 0, out = ''; for (const c of s) { if (c === '\t') { const n = size - (col % size); out += ' '.repeat(n); col += n; } else { out += c; col = c === '\n' ? 0 : col + 1; } } return out; },
    removeprefix: (s, a) => { const p = needStr(a[0]); return p && s.startsWith(p) ? s.slice(p.length) : s; },
    removesuffix: (s, a) => { const p = needStr(a[0]); return p && s.endsWith(p) ? s.slice(0, -p.length) : s; },
    encode: (s, a, kw) => encodeStr(s, a, kw),
    __len__: s => s.length,
    __str__: s => s,
  });
  void WS;
}
