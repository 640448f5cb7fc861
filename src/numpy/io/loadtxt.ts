// np.loadtxt over the lines of a text (NumPy ≥ 1.23's reader): comments cut lines, blank lines
// are skipped, fields split on a delimiter (or runs of whitespace), every row must have the
// same number of fields (or hold every `usecols` index), and the result is squeezed to `ndmin`.
// Errors carry NumPy's texts, including its row/column numbering (which mixes 0- and 1-based).
import { NDArray } from '../../engine/ndarray';
import { DType, NumericArray, castScalar } from '../../engine/dtypes';
import { pyError } from '../values';
import { transpose } from '../shape_ops';
import { parseFloatField, parseIntField } from './parse_number';
import { ensureNdmin } from './ndmin';

export interface LoadtxtOptions {
  dtype: DType;
  /** Comment markers; a line is cut at the first one. Empty: no comments. */
  comments: readonly string[];
  /** null: split on runs of whitespace. */
  delimiter: string | null;
  skiprows: number;
  usecols: readonly number[] | null;
  unpack: boolean;
  ndmin: 0 | 1 | 2;
  /** null: read every row. */
  maxRows: number | null;
}

/** The fields of one line, or null when the line holds no data (blank or comment-only). */
export function splitFields(line: string, comments: readonly string[], delimiter: string | null): string[] | null {
  let text = line.replace(/\r?\n$|\r$/, '');
  let cut = text.length;
  for (const c of comments) {
    const at = text.indexOf(c);
    if (at >= 0 && at < cut) cut = at;
  }
  text = text.slice(0, cut);
  if (delimiter === null) {
    const t = text.trim();
    return t === '' ? null : t.split(/\s+/);
  }
  if (text.trim() === '' && (delimiter.trim() !== '' || text === '')) return null;
  return text.split(delimiter);
}

/** The rows of fields loadtxt reads (usecols applied), checked as NumPy checks them. */
function readRows(lines: readonly string[], o: LoadtxtOptions): { rows: string[][]; width: number } {
  if (o.delimiter !== null && [...o.delimiter].length !== 1) {
    throw pyError('TypeError', `Text reading control character must be a single unicode character or None; but got: '${o.delimiter}'`);
  }
  if (o.skiprows < 0) throw pyError('ValueError', 'skiprows must be at least 0');
  const rows: string[][] = [];
  let columns = -1;
  for (let i = o.skiprows; i < lines.length; i++) {
    if (o.maxRows !== null && rows.length >= o.maxRows) break;
    const fields = splitFields(lines[i], o.comments, o.delimiter);
    if (fields === null) continue;
    const row = rows.length + 1;
    if (o.usecols) {
      rows.push(o.usecols.map(c => {
        const k = c < 0 ? c + fields.length : c;
        if (k < 0 || k >= fields.length) throw pyError('ValueError', `invalid column index ${c} at row ${row} with ${fields.length} columns`);
        return fields[k];
      }));
      continue;
    }
    if (columns >= 0 && fields.length !== columns) {
      throw pyError('ValueError', `the number of columns changed from ${columns} to ${fields.length} at row ${row}; use \`usecols\` to select a subset and avoid this error`);
    }
    columns = fields.length;
    rows.push(fields);
  }
  return { rows, width: o.usecols ? o.usecols.length : Math.max(columns, 0) };
}

export function loadtxt(lines: readonly string[], o: LoadtxtOptions): NDArray {
  const { rows, width } = readRows(lines, o);
  const shape = rows.length === 0 ? [0] : [rows.length, width];
  const out = NDArray.zeros(o.dtype, shape);
  const d = out.data as NumericArray;
  rows.forEach((fields, r) => fields.forEach((f, c) => {
    const col = o.usecols ? (o.usecols[c] < 0 ? o.usecols[c] + fields.length : o.usecols[c]) : c;
    d[r * width + c] = castScalar(fieldValue(f, o.dtype, r, col + 1), o.dtype);
  }));
  const shaped = rows.length === 0 ? out : ensureNdmin(out, o.ndmin);
  return o.unpack ? transpose(shaped) : shaped;
}

function fieldValue(text: string, dtype: DType, row: number, column: number): number {
  if (dtype === 'float16' || dtype === 'float32' || dtype === 'float64') {
    const v = parseFloatField(text);
    if (v !== null) return v;
  } else {
    const v = parseIntField(text);
    if (v !== null) return dtype === 'bool' ? (v !== 0 ? 1 : 0) : v;
    // NumPy 1.23+ still reads "1.5" into an int column by truncation (deprecated).
    const f = parseFloatField(text);
    if (f !== null && Number.isFinite(f)) return dtype === 'bool' ? (f !== 0 ? 1 : 0) : Math.trunc(f);
  }
  throw pyError('ValueError', `could not convert string '${text}' to ${dtype} at row ${row}, column ${column}.`);
}

/**
 * loadtxt(dtype=str): the fields as text (row-major) and the positions (0, 1, ...) shaped as the
 * numeric result would be (ndmin squeezing, unpack), for the caller to build a string array.
 */
export function loadtxtFields(lines: readonly string[], o: Omit<LoadtxtOptions, 'dtype'>): { fields: string[]; positions: NDArray } {
  const { rows, width } = readRows(lines, { ...o, dtype: 'float64' });
  const out = NDArray.zeros('float64', rows.length === 0 ? [0] : [rows.length, width]);
  const d = out.data as NumericArray;
  for (let i = 0; i < d.length; i++) d[i] = i;
  const shaped = rows.length === 0 ? out : ensureNdmin(out, o.ndmin);
  return { fields: rows.flat(), positions: o.unpack ? transpose(shaped) : shaped };
}
