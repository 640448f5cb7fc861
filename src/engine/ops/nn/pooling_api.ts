// tf.nn.max_pool, tf.nn.avg_pool, tf.nn.max_pool_with_argmax and tf.nn.pool (1-D and 2-D):
// builders over the pooling ops and their TF 1.15 Python signatures.
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { valueError } from '../../errors';
import { formatShapePy } from '../../shape';
import { defineApi, apiTuple } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { expandDims, squeeze } from '../array/reshape';
import { AvgPool, MaxPool, MaxPoolWithArgmax, POOLING_OPS } from './pooling';
import { channelsFirst, deprecatedLookup, NAME_PARAM, windowSequence } from './api_args';
import type { Padding } from './conv2d';

type Format = 'NHWC' | 'NCHW';

function pool(def: typeof MaxPool, value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat: string, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, def.type, scope => {
    const x = convertToTensor(value, null, 'input');
    return def.make1([x], { ksize, strides, padding, data_format: dataFormat as Format }, scope);
  });
}

export function maxPool(value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat = 'NHWC', name?: string): Tensor {
  return pool(MaxPool, value, ksize, strides, padding, dataFormat, name);
}
export function avgPool(value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat = 'NHWC', name?: string): Tensor {
  return pool(AvgPool, value, ksize, strides, padding, dataFormat, name);
}

/** tf.nn.max_pool_with_argmax: [output, argmax]; NHWC only, as in TF. */
export function maxPoolWithArgmax(input: TensorLike, ksize: number[], strides: number[], padding: Padding,
  opts: { targmax?: 'int32' | 'int64'; includeBatchInIndex?: boolean; name?: string } = {}): [Tensor, Tensor] {
  const x = convertToTensor(input, null, 'input');
  const node = MaxPoolWithArgmax.make([x], {
    ksize, strides, padding, Targmax: opts.targmax ?? 'int64', include_batch_in_index: opts.includeBatchInIndex ?? false,
  }, opts.name ?? OpType.MaxPoolWithArgmax);
  return [node.outputs[0], node.outputs[1]];
}

/** TF's _get_strides_and_dilation_rate checks. */
function stridesAndDilation(n: number, strides: number[] | null, dilation: number[] | null): { strides: number[]; dilation: number[] } {
  const d = dilation ?? new Array<number>(n).fill(1);
  if (d.length !== n) throw valueError(`len(dilation_rate)=${d.length} but should be ${n}`);
  if (d.some(v => v < 1)) throw valueError('all values of dilation_rate must be positive');
  const s = strides ?? new Array<number>(n).fill(1);
  if (s.length !== n) throw valueError(`len(strides)=${s.length} but should be ${n}`);
  if (s.some(v => v < 1)) throw valueError('all values of strides must be positive');
  if (s.some(v => v > 1) && d.some(v => v > 1)) throw valueError('strides > 1 not supported in conjunction with dilation_rate > 1');
  return { strides: s, dilation: d };
}

export interface PoolOptions { dilationRate?: number[] | null; strides?: number[] | null; name?: string; dataFormat?: string | null }

/**
 * tf.nn.pool: N-D max or average pooling (N = 1 or 2 here) in scope `max_pool` / `avg_pool`;
 * 1-D pooling is 2-D pooling over an inserted axis, as TF does.
 */
export function nnPool(input: TensorLike, windowShape: number[], poolingType: string, padding: Padding, opts: PoolOptions = {}): Tensor {
  return getDefaultGraph().withNameScope(opts.name ?? null, `${poolingType.toLowerCase()}_pool`, scope => {
    const x = convertToTensor(input, null, 'input');
    const n = windowShape.length;
    if (n < 1 || n > 3) throw valueError('It is required that 1 <= num_spatial_dims <= 3.');
    if (x.shape !== null && x.shape.length !== n + 2) throw valueError(`Shape ${formatShapePy(x.shape)} must have rank ${n + 2}`);
    const { strides, dilation } = stridesAndDilation(n, opts.strides ?? null, opts.dilationRate ?? null);
    if (padding === 'SAME' && dilation.some(v => v > 1)) throw valueError('pooling with SAME padding is not implemented for dilation_rate > 1');
    if (strides.some((s, i) => s > windowShape[i])) throw valueError('strides > window_shape not supported due to inconsistency between CPU and GPU implementations');
    if (poolingType !== 'MAX' && poolingType !== 'AVG') throw valueError(`${n}-D ${poolingType} pooling is not supported.`);
    if (n === 3) throw unsupportedArgument('pool', 'window_shape', '3-D pooling');
    if (dilation.some(v => v > 1)) throw unsupportedArgument('pool', 'dilation_rate', 'dilation rates above 1');
    const first = channelsFirst(opts.dataFormat ?? null);
    const def = poolingType === 'MAX' ? MaxPool : AvgPool;
    if (n === 2) {
      const format = (opts.dataFormat ?? 'NHWC') as Format;
      const wrap = (v: number[]) => (first ? [1, 1, ...v] : [1, ...v, 1]);
      return def.make1([x], { ksize: wrap(windowShape), strides: wrap(strides), padding, data_format: format }, scope);
    }
    const format = opts.dataFormat;
    if (format !== null && format !== undefined && format !== 'NWC' && format !== 'NCW') throw valueError('data_format must be either "NWC" or "NCW".');
    const axis = first ? 2 : 1;
    const wrap = (v: number[]) => (first ? [1, 1, 1, v[0]] : [1, 1, v[0], 1]);
    const y = def.make1([expandDims(x, axis)], { ksize: wrap(windowShape), strides: wrap(strides), padding, data_format: first ? 'NCHW' : 'NHWC' }, scope);
    return squeeze(y, [axis]);
  });
}

// ---- Python signatures ----

function paddingArg(fn: string, padding: unknown): Padding {
  if (typeof padding !== 'string') throw unsupportedArgument(fn, 'padding', 'explicit paddings (a list of pairs)');
  return padding as Padding;
}

const POOL_PARAMS = [
  { name: 'value', type: 'tensor' },
  { name: 'ksize', type: 'ints', doc: '1, 2 or 4 ints in the data_format order' },
  { name: 'strides', type: 'ints', doc: '1, 2 or 4 ints in the data_format order' },
  { name: 'padding', doc: "'SAME' or 'VALID'" },
  { name: 'data_format', default: 'NHWC', type: 'str', doc: "'NHWC' or 'NCHW'" },
  NAME_PARAM,
  { name: 'input', default: null, type: 'tensor', doc: 'alias of value' },
] as const;

function poolApi(pyName: 'max_pool' | 'avg_pool', def: typeof MaxPool, doc: string) {
  return defineApi({ name: `tf.nn.${pyName}`, doc, params: POOL_PARAMS }, a => {
    const value = deprecatedLookup(a.input, a.value, 'input', 'value')!;
    const first = channelsFirst(a.data_format);
    const ksize = windowSequence(a.ksize, 2, first, 'ksize');
    const strides = windowSequence(a.strides, 2, first, 'strides');
    return pool(def, value, ksize, strides, paddingArg(pyName, a.padding), a.data_format, a.name ?? undefined);
  });
}

export const POOLING: OpGroup = {
  ops: POOLING_OPS,
  api: [
    poolApi('max_pool', MaxPool, 'Performs the max pooling on the input.'),
    poolApi('avg_pool', AvgPool, 'Performs the average pooling on the input (padding is not counted).'),
    defineApi({
      name: 'tf.nn.max_pool_with_argmax', doc: 'Performs max pooling on the input and outputs both max values and their flattened indices.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'ksize', type: 'ints' }, { name: 'strides', type: 'ints' },
        { name: 'padding', type: 'str' }, { name: 'data_format', default: 'NHWC', type: 'str' },
        { name: 'Targmax', default: null, type: 'dtype' }, NAME_PARAM, { name: 'output_dtype', default: null, type: 'dtype' },
        { name: 'include_batch_in_index', default: false, type: 'bool' }],
    }, a => {
      if (a.data_format !== 'NHWC') throw valueError("Data formats other than 'NHWC' are not yet supported");
      const targmax = deprecatedLookup(a.output_dtype, a.Targmax, 'output_dtype', 'Targmax') ?? 'int64';
      const [output, argmax] = maxPoolWithArgmax(a.input, windowSequence(a.ksize, 2, false, 'ksize'), windowSequence(a.strides, 2, false, 'strides'),
        a.padding as Padding, { targmax: targmax as 'int32' | 'int64', includeBatchInIndex: a.include_batch_in_index, name: a.name ?? undefined });
      return apiTuple([output, argmax], 'MaxPoolWithArgmax', ['output', 'argmax']);
    }),
    defineApi({
      name: 'tf.nn.pool', doc: 'Performs an N-D pooling operation (N = 1 or 2; MAX or AVG).',
      params: [{ name: 'input', type: 'tensor' }, { name: 'window_shape', type: 'ints' }, { name: 'pooling_type', type: 'str' },
        { name: 'padding', type: 'str' }, { name: 'dilation_rate', default: null, type: 'ints', doc: 'only 1 (no dilation) is supported' },
        { name: 'strides', default: null, type: 'ints' }, NAME_PARAM, { name: 'data_format', default: null, type: 'str' },
        { name: 'dilations', default: null, type: 'ints', doc: 'alias of dilation_rate' }],
    }, a => nnPool(a.input, a.window_shape, a.pooling_type, a.padding as Padding, {
      dilationRate: deprecatedLookup(a.dilations, a.dilation_rate, 'dilations', 'dilation_rate'),
      strides: a.strides, name: a.name ?? undefined, dataFormat: a.data_format,
    })),
  ],
};
