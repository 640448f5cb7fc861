// Random tensors and tf.set_random_seed (initializer objects are in tables/initializers.ts).
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import * as tf from '../../../engine';
import { NDArray } from '../../../engine/ndarray';
import type { Tensor } from '../../../engine/graph/tensor';
import { defFn, arg, out, listItems } from './define';
import { toEngine } from './convert';
import { bindArgs } from './args';
import { toStatic } from './shape_object';

const shapeOf = (v: PyValue): number[] | Tensor => (typeof v === 'number' ? [v] : (v as { engineValue?: unknown }).engineValue ? (toEngine(v) as Tensor) : listItems(v).map(x => arg.num(x)));

export function defineRandom(m: PyModule): void {
  defFn(m, 'set_random_seed', ['seed'], a => { tf.setRandomSeed(a.seed === null ? null : arg.num(a.seed)); return null; });
  defFn(m, 'random_normal', ['shape', 'mean=', 'stddev=', 'dtype=', 'seed=', 'name='], a => out(tf.randomNormal(shapeOf(a.shape), { mean: arg.optNum(a.mean), stddev: arg.optNum(a.stddev), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'truncated_normal', ['shape', 'mean=', 'stddev=', 'dtype=', 'seed=', 'name='], a => out(tf.truncatedNormal(shapeOf(a.shape), { mean: arg.optNum(a.mean), stddev: arg.optNum(a.stddev), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'random_uniform', ['shape', 'minval=', 'maxval=', 'dtype=', 'seed=', 'name='], a => out(tf.randomUniform(shapeOf(a.shape), { minval: arg.optNum(a.minval), maxval: arg.optNum(a.maxval), dtype: arg.dtype(a.dtype) ?? undefined, seed: arg.optNum(a.seed) ?? null, name: arg.name(a.name) })));
  defFn(m, 'random_shuffle', ['value', 'seed=', 'name='], a => out(tf.randomShuffle(tf.convertToTensor(toEngine(a.value)), arg.optNum(a.seed) ?? null, arg.name(a.name))));
}
