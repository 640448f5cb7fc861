// tf.losses.Reduction: TF's class of reduction names (its values are the strings the loss
// functions' `reduction` parameter takes), with the classmethods all() and validate().
import { PyClass } from '../../objects/pyclass';
import { PyBuiltin, PyModule } from '../../objects/callables';
import { PyTuple } from '../../objects/containers';
import { T } from '../../objects/types';
import * as tf from '../../../engine';

export function defineLossReduction(losses: PyModule): void {
  const cls = new PyClass('Reduction', [T.object], 'tensorflow.python.ops.losses.losses_impl');
  for (const [k, v] of Object.entries(tf.Reduction)) cls.dict.set(k, v);
  cls.dict.set('all', new PyBuiltin('all', () => new PyTuple([...tf.ALL_REDUCTIONS]), 'Reduction'));
  cls.dict.set('validate', new PyBuiltin('validate', args => { tf.validateReduction(String(args[0])); return null; }, 'Reduction'));
  losses.set('Reduction', cls);
}
