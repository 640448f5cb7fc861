// TF's elementwise string ops (tf.as_string, tf.string_join, tf.strings.length / substr /
// to_number / regex_replace / upper / lower). Strings are byte strings (see common.ts); none of
// these ops has a gradient.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { DType, isFloat, isInteger } from '../../dtypes';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { typeError, invalidArgument, PyLikeError } from '../../errors';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { at, decodeUtf8, elementwiseRunShape, elementwiseShape, encodeUtf8, requireString } from './common';
import { formatNumber } from './format_number';

const strings = (shape: readonly number[], f: (i: number) => string): NDArray => {
  const n = shape.reduce((p, d) => p * d, 1);
  const data = new Array<string>(n);
  for (let i = 0; i < n; i++) data[i] = f(i);
  return new NDArray('string', shape.slice(), data);
};

export const AsString = defineOp({
  type: OpType.AsString, family: 'array', inputs: ['input'],
  attrs: { T: attr.type(), precision: attr.int(-1), scientific: attr.bool(false), shortest: attr.bool(false), width: attr.int(-1), fill: attr.string('') },
  infer: ([x], a) => {
    if (x.dtype === 'string') throw typeError(`Value passed to parameter 'input' has DataType string not in list of allowed values: int8, int16, int32, int64, complex64, complex128, float32, float64, bool`);
    if (a.fill.length > 1) throw typeError(`Fill string must be one or fewer characters`);
    if (a.scientific && a.shortest) throw typeError('Cannot select both scientific and shortest notation');
    return [{ dtype: 'string', shape: x.shape }];
  },
  compute: ([x], o) => {
    const a = o.attrs, d = x.data as ArrayLike<number>;
    return [strings(x.shape, i => formatNumber(d[i], x.dtype, a))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('AsString', 'input: T', 'output: string', 'T: type; precision: int = -1; scientific: bool = false; shortest: bool = false; width: int = -1; fill: string = ""'),
});

export const StringJoin = defineOp({
  type: OpType.StringJoin, family: 'array', inputs: ['*inputs'], attrs: { N: attr.int(), separator: attr.string('') },
  infer: inputs => { inputs.forEach(t => requireString('StringJoin', 'inputs', t)); return [{ dtype: 'string', shape: elementwiseShape(inputs) }]; },
  compute: (inputs, o) => {
    const shape = elementwiseRunShape(inputs, 'StringJoin');
    return [strings(shape, i => inputs.map(v => at<string>(v, i)).join(o.attrs.separator))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringJoin', 'inputs: N * string', 'output: string', 'N: int; separator: string = ""'),
});

export const StringLength = defineOp({
  type: OpType.StringLength, family: 'array', inputs: ['input'], attrs: { unit: attr.oneOf(['BYTE', 'UTF8_CHAR'], 'BYTE') },
  infer: ([x]) => { requireString('StringLength', 'input', x); return [{ dtype: 'int32', shape: x.shape }]; },
  compute: ([x], o) => {
    const out = NDArray.zeros('int32', x.shape), d = x.data as string[];
    for (let i = 0; i < d.length; i++) out.numeric[i] = o.attrs.unit === 'BYTE' ? d[i].length : [...decodeUtf8(d[i])].length;
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringLength', 'input: string', 'output: int32', 'unit: string = "BYTE"'),
});

export const Substr = defineOp({
  type: OpType.Substr, family: 'array', inputs: ['input', 'pos', 'len'], attrs: { T: attr.type(), unit: attr.oneOf(['BYTE', 'UTF8_CHAR'], 'BYTE') },
  infer: ([x, pos, len]) => {
    requireString('Substr', 'input', x);
    if (!isInteger(pos.dtype) || pos.dtype !== len.dtype) throw typeError(`Input 'len' of 'Substr' Op has type ${len.dtype} that does not match type ${pos.dtype} of argument 'pos'.`);
    return [{ dtype: 'string', shape: elementwiseShape([x, pos, len]) }];
  },
  compute: ([x, pos, len], o) => {
    const shape = elementwiseRunShape([x, pos, len], 'Substr');
    return [strings(shape, i => {
      const s = at<string>(x, i);
      const chars = o.attrs.unit === 'BYTE' ? s : [...decodeUtf8(s)];
      let p = at<number>(pos, i);
      const n = at<number>(len, i);
      if (p < 0) p += chars.length;
      if (p < 0 || p > chars.length) throw invalidArgument(`pos ${at<number>(pos, i)} out of range for string b'${s}' at index ${i}`);
      const piece = chars.slice(p, p + Math.max(0, n));
      return typeof piece === 'string' ? piece : encodeUtf8(piece.join(''));
    })];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Substr', 'input: string, pos: T, len: T', 'output: string', 'T: type; unit: string = "BYTE"'),
});

const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|infinity|nan)\s*$/i;
const INT_TEXT = /^\s*[+-]?\d+\s*$/;

export const StringToNumber = defineOp({
  type: OpType.StringToNumber, family: 'array', inputs: ['string_tensor'], attrs: { out_type: attr.type('float32') },
  infer: ([x], a) => {
    requireString('StringToNumber', 'string_tensor', x);
    if (!['float32', 'float64', 'int32', 'int64'].includes(a.out_type)) throw typeError(`Value for attr 'out_type' of ${a.out_type} is not in the list of allowed values: float, double, int32, int64`);
    return [{ dtype: a.out_type, shape: x.shape }];
  },
  compute: ([x], o) => {
    const t = o.attrs.out_type, out = NDArray.zeros(t, x.shape), d = x.data as string[];
    for (let i = 0; i < d.length; i++) out.numeric[i] = parseNumber(d[i], t);
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringToNumber', 'string_tensor: string', 'output: out_type', 'out_type: type = DT_FLOAT'),
});

function parseNumber(s: string, t: DType): number {
  const ok = isFloat(t) ? NUMBER_TEXT.test(s) : INT_TEXT.test(s);
  const v = ok ? parseLoose(s.trim()) : NaN;
  if (!ok || (!isFloat(t) && (t === 'int32' ? v < -(2 ** 31) || v >= 2 ** 31 : !Number.isSafeInteger(v)))) {
    throw invalidArgument(`StringToNumberOp could not correctly convert string: ${s}`);
  }
  return v;
}
function parseLoose(s: string): number {
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (lower === 'inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  if (lower.endsWith('nan')) return NaN;
  return Number(s);
}

export const RegexReplace = defineOp({
  type: OpType.RegexReplace, family: 'array', inputs: ['input', 'pattern', 'rewrite'], attrs: { replace_global: attr.bool(true) },
  infer: ([x, p, r]) => {
    requireString('RegexReplace', 'input', x); requireString('RegexReplace', 'pattern', p); requireString('RegexReplace', 'rewrite', r);
    return [{ dtype: 'string', shape: x.shape }];
  },
  compute: ([x, p, r], o) => {
    if (p.rank !== 0) throw invalidArgument('Pattern must be scalar, but received [' + p.shape.join(',') + ']');
    if (r.rank !== 0) throw invalidArgument('Replacement rewrite must be scalar, but received [' + r.shape.join(',') + ']');
    let re: RegExp;
    try { re = new RegExp(decodeUtf8(String(p.data[0])), o.attrs.replace_global ? 'gu' : 'u'); } catch {
      throw invalidArgument(`Invalid pattern: ${String(p.data[0])}`);
    }
    // RE2 writes groups as \1 and a literal backslash as \\; JavaScript as $1 and $$.
    const rewrite = decodeUtf8(String(r.data[0])).replace(/\$/g, '$$$$').replace(/\\(\d|\\)/g, (_, g) => (g === '\\' ? '\\' : `$${g}`));
    return [strings(x.shape, i => encodeUtf8(decodeUtf8((x.data as string[])[i]).replace(re, rewrite)))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('RegexReplace', 'input: string, pattern: string, rewrite: string', 'output: string', 'replace_global: bool = true'),
});

const caseOp = (type: typeof OpType.StringUpper | typeof OpType.StringLower, f: (s: string) => string) => defineOp({
  type, family: 'array', inputs: ['input'], attrs: { encoding: attr.string('') },
  infer: ([x]) => { requireString(type, 'input', x); return [{ dtype: 'string', shape: x.shape }]; },
  // Without an encoding TF changes ASCII letters only.
  compute: ([x]) => [strings(x.shape, i => f((x.data as string[])[i]))],
  gradient: NOT_DIFFERENTIABLE,
  tf: op(type, 'input: string', 'output: string', 'encoding: string = ""'),
});
export const StringUpper = caseOp(OpType.StringUpper, s => s.replace(/[a-z]/g, c => c.toUpperCase()));
export const StringLower = caseOp(OpType.StringLower, s => s.replace(/[A-Z]/g, c => c.toLowerCase()));

const str = (x: TensorLike, name: string) => convertToTensor(x, 'string', name);
const NAME = { name: 'name', default: null, type: 'name' } as const;

export function stringJoin(inputs: TensorLike[], separator = '', name?: string): Tensor {
  return inScope(inputs, name, 'StringJoin', scope => {
    const ts = inputs.map((x, i) => str(x, `inputs_${i}`));
    return StringJoin.make1(ts, { N: ts.length, separator }, scope);
  });
}

export const STRING_OPS: OpGroup = {
  ops: [AsString, StringJoin, StringLength, Substr, StringToNumber, RegexReplace, StringUpper, StringLower],
  api: [
    defineApi({
      name: 'tf.as_string', doc: 'Converts each entry in the given tensor to strings (printf-style formatting).',
      params: [{ name: 'input', type: 'tensor' }, { name: 'precision', default: -1, type: 'int' }, { name: 'scientific', default: false, type: 'bool' },
        { name: 'shortest', default: false, type: 'bool' }, { name: 'width', default: -1, type: 'int' }, { name: 'fill', default: '', type: 'str' }, NAME],
    }, a => inScope([a.input], a.name ?? undefined, 'AsString', scope => {
      const x = convertToTensor(a.input, null, 'input');
      return AsString.make1([x], { T: x.dtype, precision: a.precision, scientific: a.scientific, shortest: a.shortest, width: a.width, fill: a.fill }, scope);
    }), ['tf.strings.as_string', 'tf.dtypes.as_string']),
    defineApi({
      name: 'tf.string_join', doc: 'Joins the strings in the given list of string tensors into one tensor, with a separator.',
      params: [{ name: 'inputs', type: 'tensors' }, { name: 'separator', default: '', type: 'str' }, NAME],
    }, a => stringJoin(a.inputs, a.separator, a.name ?? undefined), ['tf.strings.join']),
    defineApi({
      name: 'tf.strings.length', doc: 'String lengths of `input` (in bytes, or UTF-8 characters with unit="UTF8_CHAR").',
      params: [{ name: 'input', type: 'tensor' }, NAME, { name: 'unit', default: 'BYTE', type: 'str' }],
    }, a => inScope([a.input], a.name ?? undefined, 'StringLength', scope => StringLength.make1([str(a.input, 'input')], { unit: a.unit as 'BYTE' }, scope))),
    defineApi({
      name: 'tf.strings.substr', doc: 'Returns substrings from a tensor of strings (pos and len in bytes or UTF-8 characters).',
      params: [{ name: 'input', type: 'tensor' }, { name: 'pos', type: 'tensor' }, { name: 'len', type: 'tensor' }, NAME, { name: 'unit', default: 'BYTE', type: 'str' }],
    }, a => inScope([a.input, a.pos, a.len], a.name ?? undefined, 'Substr', scope => {
      const pos = convertToTensor(a.pos, null, 'pos');
      return Substr.make1([str(a.input, 'input'), pos, convertToTensor(a.len, pos.dtype, 'len')], { T: pos.dtype, unit: a.unit as 'BYTE' }, scope);
    }), ['tf.substr']),
    defineApi({
      name: 'tf.strings.to_number', doc: 'Converts each string in the input tensor to the specified numeric type.',
      params: [{ name: 'string_tensor', type: 'tensor' }, { name: 'out_type', default: { expr: 'tf.float32' }, type: 'dtype' }, NAME],
    }, a => inScope([a.string_tensor], a.name ?? undefined, 'StringToNumber', scope =>
      StringToNumber.make1([str(a.string_tensor, 'string_tensor')], { out_type: a.out_type ?? 'float32' }, scope)), ['tf.string_to_number']),
    defineApi({
      name: 'tf.strings.regex_replace', doc: 'Replaces matches of `pattern` (RE2 syntax) in `input` with `rewrite`.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'pattern', type: 'tensor' }, { name: 'rewrite', type: 'tensor' }, { name: 'replace_global', default: true, type: 'bool' }, NAME],
    }, a => inScope([a.input], a.name ?? undefined, 'RegexReplace', scope =>
      RegexReplace.make1([str(a.input, 'input'), str(a.pattern, 'pattern'), str(a.rewrite, 'rewrite')], { replace_global: a.replace_global }, scope)), ['tf.regex_replace']),
    defineApi({ name: 'tf.strings.upper', doc: 'Converts ASCII letters to upper case.', params: [{ name: 'input', type: 'tensor' }, { name: 'encoding', default: '', type: 'str' }, NAME] },
      a => inScope([a.input], a.name ?? undefined, 'StringUpper', scope => StringUpper.make1([str(a.input, 'input')], { encoding: a.encoding }, scope))),
    defineApi({ name: 'tf.strings.lower', doc: 'Converts ASCII letters to lower case.', params: [{ name: 'input', type: 'tensor' }, { name: 'encoding', default: '', type: 'str' }, NAME] },
      a => inScope([a.input], a.name ?? undefined, 'StringLower', scope => StringLower.make1([str(a.input, 'input')], { encoding: a.encoding }, scope))),
  ],
};
