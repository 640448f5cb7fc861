// np.genfromtxt for plain (non-structured) results: NumPy's Python-level reader, which is more
// forgiving than loadtxt. A field that does not convert (missing or malformed) becomes the
// column's filling value (nan for floats, -1 for ints, False for bools), rows with the wrong
// number of fields are reported together ("Some errors were detected !"), and dtype=None
// infers each column's type (bool → int → float).
import { NDArray } from '../../engine/ndarray';
import { DType, NumericArray, castScalar } from '../../engine/dtypes';
import { PyLikeError } from '../../engine/errors';
import { pyError } from '../values';
import { transpose } from '../shape_ops';
import { parseFloatField, parseIntField } from './parse_number';
import { ensureNdmin } from './ndmin';

export interface GenfromtxtOptions {
  /** null: infer each column (dtype=None). */
  dtype: DType | null;
  comments: string | null;
  /** null: whitespace; a string; or field widths (an int repeats). */
  delimiter: string | number | readonly number[] | null;
  skipHeader: number;
  skipFooter: number;
  /** Strings that mark a missing field besides ''. */
  missingValues: readonly string[];
  /** The value missing or malformed fields take; null: the dtype's default. */
  fillingValue: number | null;
  usecols: readonly number[] | null;
  unpack: boolean;
  invalidRaise: boolean;
  maxRows: number | null;
  ndmin: 0 | 1 | 2;
}

type Kind = 'bool' | 'int' | 'float';

function splitter(o: GenfromtxtOptions): (line: string) => string[] {
  const { comments, delimiter } = o;
  const stripEnds = (s: string) => s.replace(/^[ \r\n]+|[ \r\n]+$/g, '');
  if (typeof delimiter === 'number' || Array.isArray(delimiter)) {
    return line => {
      let text = comments !== null ? line.split(comments)[0] : line;
      text = text.replace(/[\r\n]+$/, '');
      if (stripEnds(text) === '') return [];
      const widths = typeof delimiter === 'number' ? Array.from({ length: Math.ceil(text.length / delimiter) }, () => delimiter) : delimiter as number[];
      const out: string[] = [];
      let at = 0;
      for (const w of widths) { out.push(text.slice(at, at + w)); at += w; }
      return out;
    };
  }
  return line => {
    const text = stripEnds(comments !== null ? line.split(comments)[0] : line);
    if (text === '') return [];
    return delimiter === null ? text.split(/\s+/).filter(s => s !== '') : text.split(delimiter as string);
  };
}

/** Python's int()/float()/str2bool on one field, or null when it does not convert. */
function convert(text: string, kind: Kind): number | null {
  if (kind === 'bool') {
    const u = text.trim().toUpperCase();
    return u === 'TRUE' ? 1 : u === 'FALSE' ? 0 : null;
  }
  return kind === 'int' ? parseIntField(text.replace(/(\d)_(?=\d)/g, '$1')) : parseFloatField(text.replace(/(\d)_(?=\d)/g, '$1'));
}

const kindOf = (d: DType): Kind => (d === 'bool' ? 'bool' : d.startsWith('float') ? 'float' : 'int');
const DEFAULTS: Record<Kind, number> = { bool: 0, int: -1, float: NaN };
const DTYPE_OF: Record<Kind, DType> = { bool: 'bool', int: 'int64', float: 'float64' };

/**
 * The rows genfromtxt keeps, each a list of `columns` text fields (header, comments, footer and
 * bad rows handled as NumPy does); rows is empty when the text has no values. dtype=str reads these.
 */
export function genfromtxtFields(lines: readonly string[], o: GenfromtxtOptions): { rows: string[][]; columns: number } {
  const split = splitter(o);
  let at = o.skipHeader;
  // The first line with values sets the column count; a commented first line counts by what
  // follows its comment marker (NumPy reads names from there).
  let first: string[] = [];
  let firstLine = '';
  while (first.length === 0) {
    if (at >= lines.length) return { rows: [], columns: 0 };
    firstLine = lines[at++];
    if (o.comments !== null && firstLine.includes(o.comments)) firstLine = firstLine.split(o.comments).slice(1).join('');
    first = split(firstLine);
  }
  const columns = o.usecols ? o.usecols.length : first.length;
  const rows: string[][] = [];
  const invalid: [number, number][] = [];
  const candidates = [firstLine, ...lines.slice(at)];
  for (let i = 0; i < candidates.length; i++) {
    const values = split(candidates[i]);
    if (values.length === 0) continue;
    const lineNo = i + o.skipHeader + 1;
    if (o.usecols) {
      const picked = o.usecols.map(c => values[c < 0 ? c + values.length : c]);
      if (picked.some(v => v === undefined)) { invalid.push([lineNo, values.length]); continue; }
      rows.push(picked);
    } else if (values.length !== columns) {
      invalid.push([lineNo, values.length]);
      continue;
    } else rows.push(values);
    if (o.maxRows !== null && rows.length === o.maxRows) break;
  }
  let footer = o.skipFooter;
  if (invalid.length > 0) {
    const lastRow = rows.length + invalid.length - footer;
    let reported = invalid;
    if (footer > 0) {
      const skipped = invalid.filter(([n]) => n > lastRow + o.skipHeader).length;
      reported = invalid.slice(0, invalid.length - skipped);
      footer -= skipped;
    }
    if (reported.length > 0 && o.invalidRaise) {
      throw pyError('ValueError', ['Some errors were detected !', ...reported.map(([n, got]) => `    Line #${n} (got ${got} columns instead of ${columns})`)].join('\n'));
    }
  }
  return { rows: footer > 0 ? rows.slice(0, Math.max(0, rows.length - footer)) : rows, columns };
}

export function genfromtxt(lines: readonly string[], o: GenfromtxtOptions): NDArray {
  const { rows: kept, columns } = genfromtxtFields(lines, o);
  if (columns === 0) return NDArray.zeros(o.dtype ?? 'float64', [0]);
  const kinds = o.dtype ? new Array<Kind>(columns).fill(kindOf(o.dtype)) : inferKinds(kept, columns, o.missingValues);
  const dtype = o.dtype ?? DTYPE_OF[kinds[0] ?? 'float'];
  const out = NDArray.zeros(dtype, [kept.length, columns]);
  const d = out.data as NumericArray;
  kept.forEach((row, r) => row.forEach((field, c) => {
    const v = convert(field, kinds[c]);
    d[r * columns + c] = castScalar(v ?? o.fillingValue ?? DEFAULTS[kinds[c]], dtype);
  }));
  const shaped = ensureNdmin(out, o.ndmin);
  return o.unpack ? transpose(shaped) : shaped;
}

/** dtype=None: the first of bool, int, float every non-missing field of a column converts to. */
function inferKinds(rows: string[][], columns: number, missing: readonly string[]): Kind[] {
  const kinds: Kind[] = [];
  for (let c = 0; c < columns; c++) {
    let kind: Kind | null = 'bool';
    for (const row of rows) {
      const v = row[c];
      if (missing.includes(v.trim())) continue;
      while (kind !== null && convert(v, kind) === null) kind = kind === 'bool' ? 'int' : kind === 'int' ? 'float' : null;
      if (kind === null) throw new PyLikeError('NotImplementedError', `genfromtxt() with dtype=None: column ${c} holds text ('${v}'), which needs a structured or string array; Gradbook reads numeric columns only`);
    }
    kinds.push(kind);
  }
  if (new Set(kinds).size > 1) {
    throw new PyLikeError('NotImplementedError', `genfromtxt() with dtype=None: the columns have different types (${kinds.join(', ')}), which makes a structured array; Gradbook supports only one type for all columns (pass dtype=float)`);
  }
  return kinds;
}
