// tf.losses.Reduction: TF's class of reduction names (its values are the strings the loss
// functions' `reduction` parameter takes), with the classmethods all() and validate().
import { PyClass } from '../../objects/pyclass';
import type { PyModule } from '../../objects/callables';
import { entry, functionOf } from '../../bind';
import { PyTuple } from '../../objects/containers';
import { T } from '../../objects/types';
import * as tf from '../../../engine';

/** The classmethods (TF 1.15 losses_impl.Reduction): `cls` is implicit, as when called on the class. */
export const REDUCTION_METHODS = [
  entry({ name: 'tf.losses.Reduction.all', doc: 'Every reduction name, as a tuple.', params: [] }, () => new PyTuple([...tf.ALL_REDUCTIONS])),
  entry({ name: 'tf.losses.Reduction.validate', doc: 'Raises ValueError unless `key` is a reduction name.', params: [{ name: 'key' }] },
    a => { tf.validateReduction(String(a.key)); return null; }),
];

export function defineLossReduction(losses: PyModule): void {
  const cls = new PyClass('Reduction', [T.object], 'tensorflow.python.ops.losses.losses_impl');
  for (const [k, v] of Object.entries(tf.Reduction)) cls.dict.set(k, v);
  for (const e of REDUCTION_METHODS) { const f = functionOf(e, 'Reduction'); cls.dict.set(f.name, f); }
  losses.set('Reduction', cls);
}
