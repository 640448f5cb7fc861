// tf.nn.rnn_cell.LSTMStateTuple: the namedtuple ("c", "h") LSTM cells keep their state in, with
// TF's `dtype` property (both parts must agree).
import type { PyValue } from '../../../objects/core';
import { readOnlyProperty } from '../../../bind/objects';
import { namedTupleClass, PyNamedTuple } from '../../../objects/named_tuple';
import { repr } from '../../../runtime/repr';
import { getAttr } from '../../../runtime/attributes';
import { str } from '../../../runtime/repr';
import { typeError } from '../../../exceptions';

export const lstmStateTupleClass = namedTupleClass('LSTMStateTuple', 'tensorflow.python.ops.rnn_cell_impl', ['c', 'h'], repr);

lstmStateTupleClass.dict.set('dtype', readOnlyProperty('tf.nn.rnn_cell.LSTMStateTuple.dtype', self => {
  const [c, h] = (self as PyNamedTuple).items;
  const dc = getAttr(c, 'dtype'), dh = getAttr(h, 'dtype');
  if (dc !== dh) throw typeError(`Inconsistent internal state: ${str(dc)} vs ${str(dh)}`);
  return dc;
}));

export function lstmStateTuple(c: PyValue, h: PyValue): PyNamedTuple { return new PyNamedTuple(lstmStateTupleClass, [c, h]); }
export function isLstmStateTuple(v: PyValue): v is PyNamedTuple { return v instanceof PyNamedTuple && v.cls.isSubclassOf(lstmStateTupleClass); }
