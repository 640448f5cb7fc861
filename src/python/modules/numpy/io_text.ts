// np.loadtxt, np.genfromtxt and np.savetxt from a signature table (NumPy 1.24's parameters).
// Parsing lives in the core (src/numpy/io); this file turns Python arguments into options and
// moves text through text_source.ts. savetxt formats each row with Python's own `%` operator,
// as NumPy does (`fmt % tuple(row)`), so every format NumPy accepts formats identically.
import type { PyValue } from '../../objects/core';
import { PyExceptionObj, PyFloat } from '../../objects/core';
import { fromItems, holdsText, PyStringArray } from './string_array';
import { textArray } from './string_casts';
import { PyList, PyTuple } from '../../objects/containers';
import { entry, TableEntry } from '../../bind';
import { E, pyException, typeError, valueError } from '../../exceptions';
import { toIndex, toNumber } from '../../runtime/numbers';
import { percentFormat } from '../../runtime/percent-format';
import { repr } from '../../runtime/repr';
import { NDArray, unsupportedArgumentText, type DType, type NumericArray } from '../../../engine';
import { NumpyScalar } from '../../../numpy/index';
import { loadtxt, loadtxtFields } from '../../../numpy/io/loadtxt';
import { genfromtxt, genfromtxtFields } from '../../../numpy/io/genfromtxt';
import { wrapResult, toNDArray, elementToPy } from './convert';
import { dtypeArg } from './dtype_object';
import { strSpecOf } from './str_dtype';
import { PyNDArray } from './ndarray_object';
import { typeOf } from '../../runtime/type-name';
import { toArray } from '../../runtime/iteration';
import { PyBytes } from '../../runtime/bytes';
import { textLines, writeText } from './text_source';

const seq = (v: PyValue): PyValue[] | null => (v instanceof PyList || v instanceof PyTuple ? v.items : null);

/** NotImplementedError for a value of `arg` the table's parameter accepts but Gradbook does not implement. */
const unsupported = (fn: string, arg: string, why: string) => pyException(E.NotImplementedError, unsupportedArgumentText(fn, arg, why));

/** A dtype for the text readers: plain numeric dtypes only. */
function readerDType(fn: string, v: unknown): DType | undefined {
  if (v === undefined) return undefined;
  if (seq(v as PyValue) || (typeof v === 'string' && v.includes(','))) throw unsupported(fn, 'dtype', 'structured dtypes (numeric dtypes only)');
  if (strSpecOf(v as PyValue)) throw unsupported(fn, 'dtype', 'str (numeric dtypes only)');
  const d = dtypeArg(v as PyValue)!;
  return d;
}

/** genfromtxt(dtype=str): the kept fields as a string array, squeezed as NumPy squeezes its result. */
function textFields(lines: string[], o: Parameters<typeof genfromtxt>[1], spec: NonNullable<ReturnType<typeof strSpecOf>>): PyValue {
  if (o.unpack) throw unsupported('genfromtxt', 'unpack', 'True with dtype=str');
  if (o.ndmin !== 0) throw unsupported('genfromtxt', 'ndmin', 'with dtype=str');
  const { rows, columns } = genfromtxtFields(lines, o);
  const shape = [rows.length, columns].filter(n => n !== 1);
  return fromItems(rows.flat(), columns === 0 ? [0] : shape, spec);
}

function columns(v: unknown): number[] | null {
  if (v === null) return null;
  const items = seq(v as PyValue);
  return items ? items.map(toIndex) : [toIndex(v as PyValue)];
}

function ndminOf(v: number): 0 | 1 | 2 {
  if (v !== 0 && v !== 1 && v !== 2) throw valueError(`Illegal value of ndmin keyword: ${v}`);
  return v;
}

function maxRows(v: unknown): number | null {
  if (v === null) return null;
  const n = toIndex(v as PyValue);
  return n < 0 ? null : n;
}

const encodingOf = (v: unknown) => (v === null ? null : String(v));

const unsupportedConverters = 'per-column converter functions are not supported; convert the loaded array instead';

export const NUMPY_TEXT_IO_TABLE: readonly TableEntry[] = [
  entry({
    name: 'np.loadtxt', doc: 'Load data from a text file (each row must have the same number of values).',
    params: [
      { name: 'fname', doc: 'a path (a .gz path is decompressed), a file object, or a list of lines' },
      { name: 'dtype', default: { expr: 'float' }, doc: 'a numeric dtype, or str / a string dtype (a string array)' },
      { name: 'comments', default: '#', doc: 'a str, a sequence of str, or None' },
      { name: 'delimiter', default: null, doc: 'one character; None splits on whitespace' },
      { name: 'converters', default: null, unsupported: unsupportedConverters },
      { name: 'skiprows', default: 0, type: 'int' },
      { name: 'usecols', default: null, doc: 'an int or a sequence of ints (negative counts from the end)' },
      { name: 'unpack', default: false, type: 'flag' },
      { name: 'ndmin', default: 0, type: 'int' },
      { name: 'encoding', default: 'bytes' },
      { name: 'max_rows', default: null },
      { name: 'quotechar', default: null, kind: 'keyword', unsupported: 'quoted fields are not supported' },
      { name: 'like', default: null, kind: 'keyword', unsupported: true },
    ],
  }, a => {
    const comments = a.comments === null ? [] : seq(a.comments as PyValue)?.map(c => String(c)) ?? [String(a.comments)];
    if (a.delimiter !== null && typeof a.delimiter !== 'string') throw typeError(`Text reading control character must be a single unicode character or None; but got: ${repr(a.delimiter as PyValue)}`);
    const options = {
      comments, delimiter: a.delimiter as string | null,
      skiprows: a.skiprows, usecols: columns(a.usecols), unpack: a.unpack, ndmin: ndminOf(a.ndmin), maxRows: maxRows(a.max_rows),
    };
    // dtype=str (a vocabulary file, one word a line): the fields as a string array shaped as numbers would be.
    const text = strSpecOf(a.dtype as PyValue);
    if (text) {
      const { fields, positions } = loadtxtFields(textLines(a.fname as PyValue, encodingOf(a.encoding)), options);
      const all = fromItems(fields, [fields.length], text);
      return new PyStringArray(Array.from(positions.data as ArrayLike<number>, i => all.items[i]), positions.shape.slice(), all.kind, all.width);
    }
    return wrapResult(loadtxt(textLines(a.fname as PyValue, encodingOf(a.encoding)), { ...options, dtype: readerDType('loadtxt', a.dtype) ?? 'float64' }));
  }),
  entry({
    name: 'np.genfromtxt', doc: 'Load data from a text file, with missing or malformed values filled (nan for floats).',
    params: [
      { name: 'fname', doc: 'a path (a .gz path is decompressed), a file object, or a list of lines' },
      { name: 'dtype', default: { expr: 'float' }, doc: 'a numeric dtype, or None to infer one type for all columns' },
      { name: 'comments', default: '#' },
      { name: 'delimiter', default: null, doc: 'a str, None (whitespace), or field widths (an int or a sequence of ints)' },
      { name: 'skip_header', default: 0, type: 'int' },
      { name: 'skip_footer', default: 0, type: 'int' },
      { name: 'converters', default: null, unsupported: unsupportedConverters },
      { name: 'missing_values', default: null, doc: 'str (comma-separated) or sequence of str marking missing fields besides the empty one' },
      { name: 'filling_values', default: null, doc: 'one number for every column' },
      { name: 'usecols', default: null },
      { name: 'names', default: null, unsupported: 'named columns make a structured array' },
      { name: 'excludelist', default: null, unsupported: 'only used with names' },
      { name: 'deletechars', default: " !#$%&'()*+,-./:;<=>?@[\\]^{|}~", unsupported: 'only used with names' },
      { name: 'replace_space', default: '_', unsupported: 'only used with names' },
      { name: 'autostrip', default: false, type: 'flag', doc: 'numbers convert with surrounding spaces either way' },
      { name: 'case_sensitive', default: true, unsupported: 'only used with names' },
      { name: 'defaultfmt', default: 'f%i', unsupported: 'only used with names' },
      { name: 'unpack', default: null },
      { name: 'usemask', default: false, unsupported: 'masked arrays are not supported' },
      { name: 'loose', default: true, unsupported: 'only loose conversion (bad values become the filling value)' },
      { name: 'invalid_raise', default: true, type: 'flag' },
      { name: 'max_rows', default: null },
      { name: 'encoding', default: 'bytes' },
      { name: 'ndmin', default: 0, kind: 'keyword', type: 'int' },
      { name: 'like', default: null, kind: 'keyword', unsupported: true },
    ],
  }, a => {
    const fn = 'genfromtxt';
    if (a.skip_footer !== 0 && a.max_rows !== null) throw valueError('The keywords \'skip_footer\' and \'max_rows\' can not be used at the same time.');
    const delimiter = a.delimiter === null || typeof a.delimiter === 'string' ? a.delimiter
      : seq(a.delimiter as PyValue)?.map(toIndex) ?? toIndex(a.delimiter as PyValue);
    const missing = a.missing_values === null ? [] : typeof a.missing_values === 'string' ? a.missing_values.split(',')
      : (seq(a.missing_values as PyValue) ?? [a.missing_values as PyValue]).map(v => String(v));
    if (a.filling_values !== null && seq(a.filling_values as PyValue)) throw unsupported(fn, 'filling_values', 'a sequence (pass one number for every column)');
    const textSpec = a.dtype === null ? null : strSpecOf(a.dtype as PyValue);
    const options = {
      dtype: a.dtype === null || textSpec ? null : readerDType(fn, a.dtype) ?? 'float64',
      comments: a.comments === null ? null : String(a.comments), delimiter: delimiter as string | number | number[] | null,
      skipHeader: a.skip_header, skipFooter: a.skip_footer, missingValues: ['', ...missing],
      fillingValue: a.filling_values === null ? null : toNumber(a.filling_values as PyValue),
      usecols: columns(a.usecols), unpack: a.unpack === true, invalidRaise: a.invalid_raise,
      maxRows: a.max_rows === null ? null : toIndex(a.max_rows as PyValue), ndmin: ndminOf(a.ndmin),
    };
    const lines = textLines(a.fname as PyValue, encodingOf(a.encoding));
    if (textSpec) return textFields(lines, options, textSpec);
    return wrapResult(genfromtxt(lines, options));
  }),
  entry({
    name: 'np.savetxt', doc: 'Save a 1-D or 2-D array to a text file, one row per line, formatted with Python %.',
    params: [
      { name: 'fname', doc: 'a path (a .gz path is compressed) or a file object' },
      { name: 'X', doc: "a 1-D or 2-D numeric array_like, or a '<U' string array (bytes and object arrays are not supported)" },
      { name: 'fmt', default: '%.18e', doc: 'one format for every column, one for the whole row, or a sequence of per-column formats' },
      { name: 'delimiter', default: ' ', type: 'str' },
      { name: 'newline', default: '\n', type: 'str' },
      { name: 'header', default: '', type: 'str' },
      { name: 'footer', default: '', type: 'str' },
      { name: 'comments', default: '# ', type: 'str' },
      { name: 'encoding', default: null },
    ],
  }, a => {
    // A '<U' string array (a vocabulary) is formatted with fmt as NumPy does ('%s'); other text is not supported.
    const asText = holdsText(a.X as PyValue) ? (a.X instanceof PyStringArray ? a.X : textArray(a.X as PyValue, null)) : null;
    const text = asText instanceof PyStringArray && asText.kind === 'U' ? asText : null;
    if (!text && hasText(a.X as PyValue)) throw unsupported('savetxt', 'X', "arrays of bytes and object arrays (numeric or str arrays only)");
    const x = text ? new NDArray('float64', text.shape.slice(), new Float64Array(text.items.length)) : toNDArray(a.X as PyValue);
    if (x.shape.length === 0 || x.shape.length > 2) throw valueError(`Expected 1D or 2D array, got ${x.shape.length}D array instead`);
    const rows = x.shape.length === 1 ? x.shape[0] : x.shape[0], ncol = x.shape.length === 1 ? 1 : x.shape[1];
    const format = rowFormat(a.fmt as PyValue, ncol, a.delimiter);
    const out: string[] = [];
    if (a.header.length > 0) out.push(a.comments + a.header.replace(/\n/g, '\n' + a.comments) + a.newline);
    const data = x.data as NumericArray;
    for (let r = 0; r < rows; r++) {
      const values: PyValue[] = [];
      for (let c = 0; c < ncol; c++) values.push(text ? text.items[r * ncol + c] : elementValue(data[r * ncol + c], x.dtype));
      try {
        out.push(percentFormat(format, new PyTuple(values)) + a.newline);
      } catch (e) {
        if (text && e instanceof PyExceptionObj && e.cls === E.TypeError) throw typeError(`Mismatch between array dtype ('${text.dtype.text}') and format specifier ('${format}')`);
        throw e;
      }
    }
    if (a.footer.length > 0) out.push(a.comments + a.footer.replace(/\n/g, '\n' + a.comments) + a.newline);
    writeText(a.fname as PyValue, out.join(''), encodingOf(a.encoding));
    return null;
  }),
];

/**
 * Whether an array_like holds str or bytes elements: a list of them, or an object array (such as
 * a string tensor's fetched value, an ndarray of bytes).
 */
function hasText(v: PyValue): boolean {
  if (typeof v === 'string' || v instanceof PyBytes) return true;
  const items = seq(v);
  if (items) return items.some(hasText);
  const objectArray = v !== null && typeof v === 'object' && !(v instanceof PyNDArray) && typeOf(v).name === 'ndarray';
  return objectArray && toArray(v).some(hasText);
}

/**
 * What `fmt % tuple(row)` sees in NumPy: a float32/float16 element is a NumPy scalar, so '%s'
 * prints its shortest repr (0.1), not the float64 widening (0.10000000149011612).
 */
function elementValue(v: number, dtype: DType): PyValue {
  if (dtype === 'float16' || dtype === 'float32') return wrapResult(NumpyScalar.of(dtype, v));
  return dtype === 'float64' ? new PyFloat(v) : elementToPy(v, dtype);
}

/** NumPy's three spellings of fmt: per-column list, one format repeated, or the whole row. */
function rowFormat(fmt: PyValue, ncol: number, delimiter: string): string {
  const list = seq(fmt);
  if (list) {
    if (list.length !== ncol) throw pyException(E.AttributeError, `fmt has wrong shape.  ${pyListText(fmt)}`);
    return list.map(f => String(f)).join(delimiter);
  }
  if (typeof fmt !== 'string') throw valueError(`invalid fmt: ${repr(fmt)}`);
  const count = fmt.split('%').length - 1;
  if (count === 1) return new Array<string>(ncol).fill(fmt).join(delimiter);
  if (count !== ncol) throw valueError(`fmt has wrong number of % formats:  ${fmt}`);
  return fmt;
}

const pyListText = (v: PyValue) => repr(v);
