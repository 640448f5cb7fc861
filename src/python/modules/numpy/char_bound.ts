// np.char (NumPy 1.x's vectorised string operations: lower, strip, split, add, replace, ...) over
// string arrays, each element through the Python str/bytes method of the same name (array-valued
// arguments such as find's sub or multiply's i broadcast against the strings, as in NumPy); and np.append,
// np.isin and np.in1d (vocabulary filtering), for string and numeric arrays.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { entry, TableEntry } from '../../bind';
import { NDArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { broadcastShapes, broadcastTo } from '../../../numpy/broadcast';
import { callMethod } from '../../runtime/call';
import { binaryOp } from '../../runtime/operators';
import { PyBytes } from '../../runtime/bytes';
import { singleAxisArg } from './args';
import { toNDArray, wrapResult } from './convert';
import { PyNDArray, wrapArray } from './ndarray_object';
import { objectArray, PyObjectArray } from './object_array';
import { fromItems, notImplemented, PyStringArray } from './string_array';
import { textArray } from './string_casts';
import { concatenateObjects, joinsObjects } from './string_functions';

/** A np.char argument as a string array (a list of str becomes one); other arrays are not text. */
function textOf(fn: string, v: PyValue): PyStringArray {
  const t = v instanceof PyStringArray ? v : v instanceof PyList || v instanceof PyTuple || typeof v === 'string' || v instanceof PyBytes ? textArray(v, null) : null;
  if (t instanceof PyStringArray) return t;
  throw notImplemented(`np.char.${fn} of ${v instanceof PyNDArray ? 'a numeric array' : v instanceof PyObjectArray ? 'an object array' : 'a non-text value'}`);
}

/** A parameter that may be an array: NumPy broadcasts it against `a` element by element. */
const isArrayParam = (v: PyValue) => v instanceof PyList || v instanceof PyTuple || v instanceof PyObjectArray || v instanceof PyNDArray || v instanceof PyStringArray;

function paramArray(v: PyValue): PyObjectArray {
  if (v instanceof PyStringArray) return new PyObjectArray(v.items.slice(), v.shape.slice());
  return objectArray(v);
}

/**
 * str.<method>(*args) for each element of a, with array-valued args broadcast against a (NumPy's
 * np.char.find(a, ['x', 'y']), np.char.multiply(a, [2, 3])...): the result's shape and items.
 */
function applyBroadcast(a: PyStringArray, method: string, args: PyValue[]): { shape: number[]; items: PyValue[] } {
  return applyWith(a, args, (x, xs) => callMethod(x, method, xs, null));
}

function applyWith(a: PyStringArray, args: PyValue[], fn: (x: PyValue, args: PyValue[]) => PyValue): { shape: number[]; items: PyValue[] } {
  if (!args.some(isArrayParam)) return { shape: a.shape.slice(), items: a.items.map(x => fn(x, args)) };
  const arrays = args.map(v => (isArrayParam(v) ? paramArray(v) : null));
  const shape = arrays.reduce<number[]>((sh, arr) => (arr ? broadcastShapes(sh, arr.shape) : sh), a.shape.slice());
  const at = (positions: NDArray) => broadcastTo(positions, shape).data as ArrayLike<number>;
  const pa = at(a.positions());
  const pargs = arrays.map(arr => (arr ? at(arr.positions()) : null));
  const items = Array.from(pa, (i, k) => fn(a.items[i], args.map((v, j) => (arrays[j] ? arrays[j]!.items[pargs[j]![k]] : v))));
  return { shape, items };
}

const apply = (a: PyStringArray, method: string, args: PyValue[]) => applyBroadcast(a, method, args).items;
const sameWidth = (a: PyStringArray, r: { shape: number[]; items: PyValue[] }) => new PyStringArray(r.items, r.shape, a.kind, a.width);
const natural = (items: PyValue[], shape: readonly number[], kind: 'U' | 'S') => fromItems(items, shape, { kind, width: 0 });

function numbers(shape: readonly number[], items: PyValue[], dtype: 'bool' | 'int64'): PyNDArray {
  const out = NDArray.zeros(dtype, shape.slice()), d = out.data as unknown as number[];
  items.forEach((v, i) => { d[i] = Number(v); });
  return wrapArray(out);
}

/** x1, x2 broadcast against each other, element pairs in the result's order. */
function pairs(x: PyStringArray, y: PyStringArray): { shape: number[]; at: [PyValue, PyValue][] } {
  const shape = broadcastShapes(x.shape, y.shape);
  const px = broadcastTo(x.positions(), shape).data, py = broadcastTo(y.positions(), shape).data;
  return { shape, at: Array.from(px as ArrayLike<number>, (i, k) => [x.items[i], y.items[py[k] as number]] as [PyValue, PyValue]) };
}

function sameKind(fn: string, x: PyStringArray, y: PyStringArray): void {
  if (x.kind !== y.kind) throw notImplemented(`np.char.${fn} of str and bytes arrays together`);
}

const A = { name: 'a' } as const;
const unary = (name: string, doc: string): TableEntry => entry({ name: `np.char.${name}`, doc, params: [A] }, a => {
  const t = textOf(name, a.a as PyValue);
  return sameWidth(t, applyBroadcast(t, name, []));
});
const stripping = (name: string, doc: string): TableEntry => entry({ name: `np.char.${name}`, doc, params: [A, { name: 'chars', default: null }] }, a => {
  const t = textOf(name, a.a as PyValue);
  return sameWidth(t, applyBroadcast(t, name, [a.chars as PyValue]));
});
const splitting = (name: string, doc: string): TableEntry => entry({ name: `np.char.${name}`, doc, params: [A, { name: 'sep', default: null }, { name: 'maxsplit', default: null }] }, a => {
  const t = textOf(name, a.a as PyValue);
  const r = applyBroadcast(t, name, [a.sep as PyValue, a.maxsplit === null ? -1 : a.maxsplit as PyValue]);
  return new PyObjectArray(r.items, r.shape);
});
const affix = (name: 'startswith' | 'endswith', what: string): TableEntry => entry({
  name: `np.char.${name}`, doc: `Returns a boolean array which is True where the string element ${name === 'startswith' ? 'starts' : 'ends'} with ${what}.`,
  params: [A, { name: what }, { name: 'start', default: 0 }, { name: 'end', default: null }],
}, a => {
  const t = textOf(name, a.a as PyValue);
  const r = applyBroadcast(t, name, [a[what] as PyValue, a.start as PyValue, a.end as PyValue]);
  return numbers(r.shape, r.items, 'bool');
});
const searching = (name: 'find' | 'count', doc: string): TableEntry => entry({
  name: `np.char.${name}`, doc, params: [A, { name: 'sub' }, { name: 'start', default: 0 }, { name: 'end', default: null }],
}, a => {
  const t = textOf(name, a.a as PyValue);
  const r = applyBroadcast(t, name, [a.sub as PyValue, a.start as PyValue, a.end as PyValue]);
  return numbers(r.shape, r.items, 'int64');
});
const predicate = (name: string, doc: string): TableEntry => entry({ name: `np.char.${name}`, doc, params: [A] }, a => {
  const t = textOf(name, a.a as PyValue);
  return numbers(t.shape, apply(t, name, []), 'bool');
});
const coding = (name: 'encode' | 'decode', doc: string): TableEntry => entry({
  name: `np.char.${name}`, doc, params: [A, { name: 'encoding', default: null }, { name: 'errors', default: null }],
}, a => {
  const t = textOf(name, a.a as PyValue);
  if (t.kind !== (name === 'encode' ? 'U' : 'S')) throw notImplemented(`np.char.${name} of a ${t.kind === 'U' ? 'str' : 'bytes'} array`);
  const r = applyBroadcast(t, name, [a.encoding as PyValue ?? 'utf-8', a.errors as PyValue ?? 'strict']);
  return natural(r.items, r.shape, name === 'encode' ? 'S' : 'U');
});

const padding = (name: 'center' | 'ljust' | 'rjust', doc: string): TableEntry => entry({
  name: `np.char.${name}`, doc, params: [A, { name: 'width' }, { name: 'fillchar', default: ' ' }],
}, a => {
  const t = textOf(name, a.a as PyValue);
  const fill = t.kind === 'S' && typeof a.fillchar === 'string' ? callMethod(a.fillchar, 'encode', [], null) : a.fillchar as PyValue;
  const r = applyBroadcast(t, name, [a.width as PyValue, fill]);
  return natural(r.items, r.shape, t.kind);
});

export const CHAR_TABLE: readonly TableEntry[] = [
  unary('lower', 'Return an array with the elements converted to lowercase.'),
  unary('upper', 'Return an array with the elements converted to uppercase.'),
  unary('capitalize', 'Return a copy of a with only the first character of each element capitalized.'),
  unary('title', 'Return element-wise title cased version of string or unicode.'),
  unary('swapcase', 'Return element-wise a copy of the string with uppercase characters converted to lowercase and vice versa.'),
  stripping('strip', 'For each element in a, return a copy with the leading and trailing characters removed.'),
  stripping('lstrip', 'For each element in a, return a copy with the leading characters removed.'),
  stripping('rstrip', 'For each element in a, return a copy with the trailing characters removed.'),
  splitting('split', 'For each element in a, return a list of the words in the string (an object array of lists).'),
  splitting('rsplit', 'For each element in a, return a list of the words in the string, splitting from the right.'),
  affix('startswith', 'prefix'),
  affix('endswith', 'suffix'),
  searching('find', 'For each element, return the lowest index in the string where substring sub is found.'),
  searching('count', 'Returns an array with the number of non-overlapping occurrences of substring sub.'),
  predicate('isdigit', 'Returns true for each element if all characters in the string are digits.'),
  predicate('isalpha', 'Returns true for each element if all characters in the string are alphabetic.'),
  predicate('isspace', 'Returns true for each element if there are only whitespace characters in the string.'),
  predicate('isupper', 'Returns true for each element if all cased characters in the string are uppercase.'),
  predicate('islower', 'Returns true for each element if all cased characters in the string are lowercase.'),
  predicate('isalnum', 'Returns true for each element if all characters in the string are alphanumeric.'),
  predicate('isnumeric', 'For each element, return True if there are only numeric characters in the element.'),
  predicate('isdecimal', 'For each element, return True if there are only decimal characters in the element.'),
  padding('center', 'Return a copy of a with its elements centered in a string of length width.'),
  padding('ljust', 'Return an array with the elements of a left-justified in a string of length width.'),
  padding('rjust', 'Return an array with the elements of a right-justified in a string of length width.'),
  entry({ name: 'np.char.zfill', doc: 'Return the numeric string left-filled with zeros.', params: [A, { name: 'width' }] }, a => {
    const t = textOf('zfill', a.a as PyValue);
    const r = applyBroadcast(t, 'zfill', [a.width as PyValue]);
    return natural(r.items, r.shape, t.kind);
  }),
  entry({ name: 'np.char.multiply', doc: 'Return (a * i), that is string multiple concatenation, element-wise.', params: [A, { name: 'i' }] }, a => {
    const t = textOf('multiply', a.a as PyValue);
    const r = applyWith(t, [a.i as PyValue], (x, [i]) => binaryOp('*', x, i));
    return natural(r.items, r.shape, t.kind);
  }),
  entry({ name: 'np.char.mod', doc: 'Return (a % i), that is pre-Python 2.6 string formatting (interpolation), element-wise.', params: [A, { name: 'values' }] }, a => {
    const t = textOf('mod', a.a as PyValue), v = a.values as PyValue;
    // Values broadcast against a element by element (a tuple too: each element gets one value).
    const vs = v instanceof PyList || v instanceof PyTuple || v instanceof PyObjectArray || v instanceof PyNDArray ? objectArray(v) : new PyObjectArray([v], []);
    const shape = broadcastShapes(t.shape, vs.shape);
    const pt = broadcastTo(t.positions(), shape).data as ArrayLike<number>, pv = broadcastTo(vs.positions(), shape).data as ArrayLike<number>;
    return natural(Array.from(pt, (i, k) => binaryOp('%', t.items[i], vs.items[pv[k]])), shape, t.kind);
  }),
  coding('encode', 'Calls str.encode element-wise (a bytes array).'),
  coding('decode', 'Calls bytes.decode element-wise (a str array).'),
  entry({ name: 'np.char.str_len', doc: 'Return len(a) element-wise.', params: [A] }, a => {
    const t = textOf('str_len', a.a as PyValue);
    return numbers(t.shape, t.items.map(x => (typeof x === 'string' ? [...x].length : (x as PyBytes).data.length)), 'int64');
  }),
  entry({ name: 'np.char.add', doc: 'Return element-wise string concatenation for two arrays of str or unicode.', params: [{ name: 'x1' }, { name: 'x2' }] }, a => {
    const x = textOf('add', a.x1 as PyValue), y = textOf('add', a.x2 as PyValue);
    sameKind('add', x, y);
    const { shape, at } = pairs(x, y);
    // NumPy 1.x sizes the result for the longest pair: the two widths added.
    return new PyStringArray(at.map(([u, v]) => binaryOp('+', u, v)), shape, x.kind, x.width + y.width);
  }),
  entry({ name: 'np.char.join', doc: 'Return a string which is the concatenation of the strings in the sequence seq.', params: [{ name: 'sep' }, { name: 'seq' }] }, a => {
    const s = textOf('join', a.sep as PyValue), q = textOf('join', a.seq as PyValue);
    sameKind('join', s, q);
    const { shape, at } = pairs(s, q);
    return natural(at.map(([sep, w]) => callMethod(sep, 'join', [w], null)), shape, s.kind);
  }),
  entry({
    name: 'np.char.replace', doc: 'For each element in a, return a copy of the string with all occurrences of substring old replaced by new.',
    params: [A, { name: 'old' }, { name: 'new' }, { name: 'count', default: null }],
  }, a => {
    const t = textOf('replace', a.a as PyValue);
    const args = [a.old as PyValue, a.new as PyValue];
    if (a.count !== null) args.push(a.count as PyValue);
    const r = applyBroadcast(t, 'replace', args);
    return natural(r.items, r.shape, t.kind);
  }),
];

/** The elements of an isin/in1d argument as hashable keys: text by kind and value, numbers by value. */
function keysOf(v: PyValue): { keys: (string | number)[]; shape: number[] } {
  if (joinsObjects([v]) || v instanceof PyBytes || ((v instanceof PyList || v instanceof PyTuple) && v.items[0] instanceof PyBytes)) {
    const t = v instanceof PyObjectArray ? v : textArray(v, null);
    if (!(t instanceof PyStringArray)) throw notImplemented('np.isin / np.in1d of an object array');
    return { keys: t.items.map(x => (typeof x === 'string' ? `U${x}` : `S${String.fromCharCode(...(x as PyBytes).data)}`)), shape: t.shape.slice() };
  }
  const n = toNDArray(v);
  return { keys: Array.from(n.data as ArrayLike<number>, Number), shape: n.shape.slice() };
}

function membership(element: PyValue, test: PyValue, invert: boolean, flat: boolean): PyNDArray {
  const e = keysOf(element), set = new Set(keysOf(test).keys);
  const out = NDArray.zeros('bool', flat ? [e.keys.length] : e.shape), d = out.data as Uint8Array;
  e.keys.forEach((k, i) => { d[i] = set.has(k) !== invert ? 1 : 0; });
  // np.isin of one value is a 0-d array (array(True)), not a scalar.
  return new PyNDArray(out, false);
}

const MEMBER_OPTIONS = [
  { name: 'assume_unique', default: false, type: 'flag', doc: 'no effect: the result is the same either way' },
  { name: 'invert', default: false, type: 'flag' },
  { name: 'kind', default: null, kind: 'keyword', doc: 'no effect: one method here' },
] as const;

export const MEMBERSHIP_TABLE: readonly TableEntry[] = [
  entry({
    name: 'np.append', doc: 'Append values to the end of an array (flattened when axis is None).',
    params: [{ name: 'arr' }, { name: 'values' }, { name: 'axis', default: null }],
  }, a => {
    const parts = [a.arr as PyValue, a.values as PyValue], axis = singleAxisArg(a.axis as PyValue, null);
    if (joinsObjects(parts) || parts.some(p => p instanceof PyBytes)) return concatenateObjects(parts, axis);
    return wrapResult(np.concatenate(parts.map(toNDArray), axis));
  }),
  entry({ name: 'np.isin', doc: 'Calculates element in test_elements, broadcasting over element only.', params: [{ name: 'element' }, { name: 'test_elements' }, ...MEMBER_OPTIONS] },
    a => membership(a.element as PyValue, a.test_elements as PyValue, a.invert as boolean, false)),
  entry({ name: 'np.in1d', doc: 'Test whether each element of a 1-D array is also present in a second array (the flattened result).', params: [{ name: 'ar1' }, { name: 'ar2' }, ...MEMBER_OPTIONS] },
    a => membership(a.ar1 as PyValue, a.ar2 as PyValue, a.invert as boolean, true)),
];
