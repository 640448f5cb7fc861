// tf.as_dtype and the tf.dtypes namespace: the DType objects themselves are Python-side values
// (dtype_object.ts); every dtype the engine stores has one (tf.int8 ... tf.float16, tf.half).
import type { PyModule } from '../../objects/callables';
import { ALL_DTYPES } from '../../../engine';
import { entry, installTable, TableEntry } from '../../bind';
import { PyDType } from './dtype_object';

export const DTYPES_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.as_dtype', doc: 'Converts the given type_value (a DType, its name, a NumPy type) to a DType.',
    params: [{ name: 'type_value', type: 'dtype' }],
  }, a => PyDType.of(a.type_value), { aliases: ['tf.dtypes.as_dtype'] }),
];

/** tf.float32 and friends on `tf` and `tf.dtypes`, plus TF's extra spellings. */
export function installDTypes(tf: PyModule, dtypes: PyModule): void {
  for (const m of [tf, dtypes]) {
    for (const d of ALL_DTYPES) m.set(d, PyDType.of(d));
    m.set('half', PyDType.of('float16'));
    m.set('double', PyDType.of('float64'));
  }
  tf.set('float', PyDType.of('float32'));
  installTable(tf, DTYPES_TABLE);
}
