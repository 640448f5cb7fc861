// DecodeCSV (tf.decode_csv): one output per record_defaults entry, each of the records' shape.
// An empty field (or one equal to na_value) takes its column's default; a column whose default
// is empty is required. Quoted fields follow RFC 4180 ("" is a quote) when use_quote_delim.
// Error texts are TF's (kernels/decode_csv_op.cc), with 0-based record and field indices.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { invalidArgument, typeError, valueError } from '../../errors';
import { attr } from '../attrs';
import { convertToTensor, makeOp, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { requireString } from './common';

const ALLOWED: DType[] = ['float32', 'float64', 'int32', 'int64', 'string'];

export const DecodeCSV = defineOp({
  type: OpType.DecodeCSV, family: 'array', inputs: ['records', '*record_defaults'],
  attrs: { OUT_TYPE: attr.any<DType[]>('list(type)'), field_delim: attr.string(','), use_quote_delim: attr.bool(true), na_value: attr.string(''), select_cols: attr.ints([]) },
  infer: ([records, ...defaults]) => {
    requireString('DecodeCSV', 'records', records);
    return defaults.map(d => {
      if (!ALLOWED.includes(d.dtype)) throw typeError(`Value passed to parameter 'record_defaults' has DataType ${d.dtype} not in list of allowed values: float32, float64, int32, int64, string`);
      if (d.shape !== null && d.shape.length > 1) throw valueError(`Shape must be at most rank 1 but is rank ${d.shape.length}`);
      return { dtype: d.dtype, shape: records.shape };
    });
  },
  compute: ([records, ...defaults], o) => {
    const a = o.attrs;
    if (a.field_delim.length !== 1) throw invalidArgument('field_delim should be only 1 char');
    const outs = defaults.map(d => NDArray.zeros(d.dtype, records.shape));
    const recs = records.data as string[];
    for (let r = 0; r < recs.length; r++) {
      const fields = splitRecord(recs[r], a.field_delim, a.use_quote_delim, r);
      const picked = a.select_cols.length ? a.select_cols.map(c => (c < fields.length ? fields[c] : null)) : fields;
      if (picked.length !== defaults.length || picked.includes(null)) {
        throw invalidArgument(`Expect ${defaults.length} fields but have ${a.select_cols.length ? picked.filter(f => f !== null).length : fields.length} in record ${r}`);
      }
      picked.forEach((field, f) => storeField(outs[f], r, field!, defaults[f], a.na_value, f, r));
    }
    return outs;
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('DecodeCSV', 'records: string, record_defaults: L:OUT_TYPE', 'output: L:OUT_TYPE',
    'OUT_TYPE: list(type); field_delim: string = ","; use_quote_delim: bool = true; na_value: string = ""; select_cols: list(int) = []'),
});

function storeField(out: NDArray, r: number, field: string, dflt: NDArray, na: string, f: number, record: number): void {
  if (field === '' || field === na) {
    if (dflt.size === 0) throw invalidArgument(`Field ${f} is required but missing in record ${record}!`);
    out.data[r] = dflt.data[0];
    return;
  }
  if (out.dtype === 'string') { (out.data as string[])[r] = field; return; }
  const isInt = out.dtype === 'int32' || out.dtype === 'int64';
  const text = field.trim();
  const v = isInt ? (/^[+-]?\d+$/.test(text) ? Number(text) : NaN) : (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : /^[+-]?(inf|nan)/i.test(text) ? parseSpecial(text) : NaN);
  if (Number.isNaN(v) && !/nan/i.test(text)) {
    const kind = out.dtype === 'int32' ? 'int32' : out.dtype === 'int64' ? 'int64' : out.dtype === 'float64' ? 'double' : 'float';
    throw invalidArgument(`Field ${f} in record ${record} is not a valid ${kind}: ${field}`);
  }
  if (out.dtype === 'int32' && (v < -(2 ** 31) || v >= 2 ** 31)) throw invalidArgument(`Field ${f} in record ${record} is not a valid int32: ${field}`);
  out.numeric[r] = v;
}
const parseSpecial = (t: string) => (/nan/i.test(t) ? NaN : t.startsWith('-') ? -Infinity : Infinity);

/** Splits one record into fields; a quoted field may hold the delimiter and "" for a quote. */
export function splitRecord(rec: string, delim: string, quotes: boolean, r: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (quotes && rec[i] === '"') {
      let field = '';
      i++;
      for (;;) {
        if (i >= rec.length) throw invalidArgument(`Quoted field has to end with quote followed by delim or end`);
        if (rec[i] === '"') {
          if (rec[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += rec[i++];
      }
      if (i < rec.length && rec[i] !== delim) throw invalidArgument(`Quote inside a string has to be escaped by another quote in record ${r}`);
      fields.push(field);
    } else {
      const end = rec.indexOf(delim, i);
      fields.push(rec.slice(i, end < 0 ? rec.length : end));
      i = end < 0 ? rec.length : end;
    }
    if (i >= rec.length) break;
    i++; // the delimiter
    if (i === rec.length) { fields.push(''); break; }
  }
  return fields;
}

export function decodeCsv(records: TensorLike, recordDefaults: TensorLike[], opts: { field_delim?: string; use_quote_delim?: boolean; na_value?: string; select_cols?: number[] | null } = {}, name?: string): Tensor[] {
  return inScope([records], name, 'DecodeCSV', scope => {
    const recs = convertToTensor(records, 'string', 'records');
    const defaults = recordDefaults.map((d, i) => convertToTensor(d, null, `record_defaults_${i}`));
    if (opts.select_cols && opts.select_cols.some((c, i) => i > 0 && c <= opts.select_cols![i - 1])) throw valueError('select_cols is not strictly increasing.');
    if (opts.select_cols && opts.select_cols.length !== defaults.length) throw valueError('Length of select_cols and record_defaults do not match.');
    return makeOp(OpType.DecodeCSV, [recs, ...defaults], {
      OUT_TYPE: defaults.map(d => d.dtype), field_delim: opts.field_delim ?? ',', use_quote_delim: opts.use_quote_delim ?? true,
      na_value: opts.na_value ?? '', select_cols: opts.select_cols ?? [],
    }, scope).outputs.slice();
  });
}

export const DECODE_CSV: OpGroup = {
  ops: [DecodeCSV],
  api: [defineApi({
    name: 'tf.decode_csv', doc: 'Converts CSV records to tensors; each column maps to one tensor.',
    params: [
      { name: 'records', type: 'tensor' }, { name: 'record_defaults', type: 'tensors' },
      { name: 'field_delim', default: ',', type: 'str' }, { name: 'use_quote_delim', default: true, type: 'bool' },
      { name: 'name', default: null, type: 'name' }, { name: 'na_value', default: '', type: 'str' }, { name: 'select_cols', default: null, type: 'ints' },
    ],
  }, a => decodeCsv(a.records, a.record_defaults, a, a.name ?? undefined), ['tf.io.decode_csv'])],
};
