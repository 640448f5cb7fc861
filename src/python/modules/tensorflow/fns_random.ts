// Random tensors, tf.set_random_seed, and initializer objects (tf.zeros_initializer() etc.).
import { PyFloat, type PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import * as tf from '../../../engine';
import { NDArray } from '../../../engine/ndarray';
import type { Tensor } from '../../../engine/graph/tensor';
import { defFn, arg, out, listItems } from './define';
import { toEngine } from './convert';
import type { TensorLike } from '../../../engine/ops/builder';
import { bindArgs } from './args';
import { toStatic } from './shape_object';

type InitFn = (shape: number[], dtype?: tf.DType) => Tensor;

/** An initializer object: callable as init(shape, dtype), and usable by get_variable. */
export class PyInitializer extends HostObject {
  constructor(readonly pyName: string, readonly initializer: InitFn) { super(); }
  get pyTypeName() { return this.pyName; }
  get type() { return hostClass(this.pyName, 'tensorflow'); }
  repr(): string { return `<tensorflow.python.ops.init_ops.${this.pyName} object>`; }
  call(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
    const a = bindArgs(this.pyName, ['shape', 'dtype=', 'partition_info='], args, kw);
    return out(this.initializer(toStatic(a.shape) as number[], arg.dtype(a.dtype, 'float32')!));
  }
}

const shapeOf = (v: PyValue): number[] | Tensor => (typeof v === 'number' ? [v] : (v as { engineValue?: unknown }).engineValue ? (toEngine(v) as Tensor) : listItems(v).map(x => arg.num(x)));

/**
 * mean/stddev/minval/maxval: a Python number, or anything convert_to_tensor takes (a Tensor such
 * as Glorot's `1. / tf.sqrt(n / 2.)`, a NumPy value): TF converts them to tensors of the dtype.
 */
const param = (v: PyValue): TensorLike | undefined => {
  if (v === null || v === undefined) return undefined;
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat ? arg.num(v) : toEngine(v);
};

export function defineRandom(m: PyModule): void {
  defFn(m, 'set_random_seed', ['seed'], a => { tf.setRandomSeed(a.seed === null ? null : arg.num(a.seed)); return null; });
  defFn(m, 'random_normal', ['shape', 'mean=', 'stddev=', 'dtype=', 'seed=', 'name='], a => out(tf.randomNormal(shapeOf(a.shape), { mean: param(a.mean), stddev: param(a.stddev), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'truncated_normal', ['shape', 'mean=', 'stddev=', 'dtype=', 'seed=', 'name='], a => out(tf.truncatedNormal(shapeOf(a.shape), { mean: param(a.mean), stddev: param(a.stddev), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'random_uniform', ['shape', 'minval=', 'maxval=', 'dtype=', 'seed=', 'name='], a => out(tf.randomUniform(shapeOf(a.shape), { minval: param(a.minval), maxval: param(a.maxval), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'random_shuffle', ['value', 'seed=', 'name='], a => out(tf.randomShuffle(tf.convertToTensor(toEngine(a.value)), arg.optNum(a.seed) ?? null, arg.name(a.name))));

  const init = (pyName: string, spec: string[], make: (a: Record<string, PyValue>) => InitFn, aliases: string[] = []) => {
    const cls = hostClass(pyName, 'tensorflow');
    cls.nativeNew = (_c, args, kw) => new PyInitializer(pyName, make(bindArgs(pyName, spec, args, kw)));
    for (const n of [pyName, ...aliases]) m.set(n, cls);
  };
  const seed = (a: Record<string, PyValue>) => arg.optNum(a.seed) ?? null;
  init('zeros_initializer', ['dtype='], () => tf.zerosInitializer());
  init('ones_initializer', ['dtype='], () => tf.onesInitializer());
  init('constant_initializer', ['value=', 'dtype=', 'verify_shape='], a => {
    if (a.value === null || typeof a.value === 'number' || (a.value as { v?: number }).v !== undefined) return tf.constantInitializer(a.value === null ? 0 : arg.num(a.value));
    const values = toEngine(a.value) as NDArray;
    return (shape, dtype = 'float32') => tf.constant(values.astype(dtype).reshape(shape), dtype);
  });
  init('random_uniform_initializer', ['minval=', 'maxval=', 'seed=', 'dtype='], a => tf.randomUniformInitializer(arg.optNum(a.minval) ?? 0, arg.optNum(a.maxval) ?? 1, seed(a)));
  init('random_normal_initializer', ['mean=', 'stddev=', 'seed=', 'dtype='], a => tf.randomNormalInitializer(arg.optNum(a.mean) ?? 0, arg.optNum(a.stddev) ?? 1, seed(a)));
  init('truncated_normal_initializer', ['mean=', 'stddev=', 'seed=', 'dtype='], a => tf.truncatedNormalInitializer(arg.optNum(a.mean) ?? 0, arg.optNum(a.stddev) ?? 1, seed(a)));
  init('glorot_uniform_initializer', ['seed=', 'dtype='], a => tf.glorotUniformInitializer(seed(a)));
  init('glorot_normal_initializer', ['seed=', 'dtype='], a => tf.glorotNormalInitializer(seed(a)));
  init('variance_scaling_initializer', ['scale=', 'mode=', 'distribution=', 'seed=', 'dtype='], a => tf.varianceScalingInitializer(arg.optNum(a.scale) ?? 1, (a.mode === null ? 'fan_in' : String(a.mode)) as never, (a.distribution === null ? 'truncated_normal' : String(a.distribution) === 'normal' ? 'truncated_normal' : String(a.distribution)) as never, seed(a)));
}
