// tf.FixedLenFeature / tf.VarLenFeature (TF's named tuples) and tf.parse_single_example /
// tf.parse_example (also under tf.io): a dict of feature specs → a dict of Tensors (dense
// features) and SparseTensors (VarLenFeature), built by the engine's parse ops.
import type { PyValue, Kwargs } from '../../../objects/core';
import { PyDict } from '../../../objects/containers';
import type { PyModule } from '../../../objects/callables';
import { namedTupleClass, PyNamedTuple } from '../../../objects/named_tuple';
import * as tf from '../../../../engine';
import { entry, installTable, TableEntry } from '../../../bind';
import { toTensorLike } from '../../../bind/converters';
import { typeError, valueError } from '../../../exceptions';
import { repr } from '../../../runtime/repr';
import { typeOf } from '../../../runtime/type-name';
import { toDType } from '../dtype_object';
import { toStatic } from '../shape_object';
import { wrap } from '../wrappers';
import { PySparseTensor } from '../sparse/sparse_tensor_object';

const MODULE = 'tensorflow.python.ops.parsing_ops';
export const fixedLenFeatureClass = namedTupleClass('FixedLenFeature', MODULE, ['shape', 'dtype', 'default_value'], repr);
export const varLenFeatureClass = namedTupleClass('VarLenFeature', MODULE, ['dtype'], repr);
export const fixedLenSequenceFeatureClass = namedTupleClass('FixedLenSequenceFeature', MODULE, ['shape', 'dtype', 'allow_missing', 'default_value'], repr);
export const sparseFeatureClass = namedTupleClass('SparseFeature', MODULE, ['index_key', 'value_key', 'dtype', 'size', 'already_sorted'], repr);

/** FixedLenFeature(shape, dtype, default_value=None) as TF declares its defaults. */
function withDefaults(cls: typeof fixedLenFeatureClass, defaults: Record<string, PyValue>, positional: string[]): void {
  const make = cls.nativeNew!;
  cls.nativeNew = (c, args, kw: Kwargs) => {
    const given = new Set([...positional.slice(0, args.length), ...[...(kw ?? new Map()).keys()]]);
    const extra = new Map(kw ?? []);
    for (const [k, v] of Object.entries(defaults)) if (!given.has(k)) extra.set(k, v);
    return make(c, args, extra);
  };
}
withDefaults(fixedLenFeatureClass, { default_value: null }, ['shape', 'dtype', 'default_value']);
withDefaults(fixedLenSequenceFeatureClass, { allow_missing: false, default_value: null }, ['shape', 'dtype', 'allow_missing', 'default_value']);
withDefaults(sparseFeatureClass, { already_sorted: false }, ['index_key', 'value_key', 'dtype', 'size', 'already_sorted']);

function dtypeOf(v: PyValue, key: string): tf.DType {
  const d = toDType(v);
  if (!d) throw valueError(`Missing type for feature ${key}.`);
  return d;
}

function featureSpec(key: string, v: PyValue): tf.FeatureSpec {
  if (v instanceof PyNamedTuple && v.cls === fixedLenFeatureClass) {
    const [shape, dtype, dflt] = v.items;
    const s = toStatic(shape);
    if (s === null || s.some(d => d === null)) throw valueError(`Missing shape for feature ${key}.`);
    return { kind: 'fixed', dtype: dtypeOf(dtype, key), shape: s as number[], default: dflt === null ? null : toTensorLike(dflt) };
  }
  if (v instanceof PyNamedTuple && v.cls === varLenFeatureClass) return { kind: 'var', dtype: dtypeOf(v.items[0], key) };
  if (v instanceof PyNamedTuple && (v.cls === fixedLenSequenceFeatureClass || v.cls === sparseFeatureClass)) {
    throw new tf.PyLikeError('NotImplementedError', `${v.cls.name} is not supported by Gradbook: only FixedLenFeature and VarLenFeature`);
  }
  throw valueError(`Unsupported ${typeOf(v).name} ${repr(v)}.`);
}

function parse(serialized: PyValue, features: PyValue, name: string | null, batch: boolean): PyValue {
  if (!(features instanceof PyDict)) throw valueError('Missing: features was empty.');
  const specs = new Map<string, tf.FeatureSpec>();
  for (const { k, v } of features.map.values()) {
    if (typeof k !== 'string') throw typeError(`feature keys must be strings, not ${typeOf(k).name}`);
    specs.set(k, featureSpec(k, v));
  }
  const ser = tf.convertToTensor(toTensorLike(serialized), 'string', 'serialized');
  const out = tf.parseExample(ser, specs, batch, name ?? undefined);
  return PyDict.fromEntries([...out].map(([k, t]) => [k, t instanceof tf.SparseTensor ? new PySparseTensor(t) : wrap(t)] as [PyValue, PyValue]));
}

const PARSE_PARAMS = [{ name: 'serialized' }, { name: 'features' }, { name: 'name', default: null, type: 'name' },
  { name: 'example_names', default: null, doc: 'names used in error messages only: ignored' }] as const;

export const PARSING_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.parse_single_example', doc: 'Parses one serialized Example proto into a dict of Tensors (FixedLenFeature) and SparseTensors (VarLenFeature).', params: PARSE_PARAMS },
    a => parse(a.serialized as PyValue, a.features as PyValue, a.name, false), { aliases: ['tf.io.parse_single_example'] }),
  entry({ name: 'tf.parse_example', doc: 'Parses a batch (vector) of serialized Example protos into a dict of Tensors and SparseTensors.', params: PARSE_PARAMS },
    a => parse(a.serialized as PyValue, a.features as PyValue, a.name, true), { aliases: ['tf.io.parse_example'] }),
];

export function installParsing(tfModule: PyModule): void {
  const io = tfModule.dict.get('io') as PyModule;
  for (const cls of [fixedLenFeatureClass, varLenFeatureClass, fixedLenSequenceFeatureClass, sparseFeatureClass]) {
    tfModule.set(cls.name, cls);
    io.set(cls.name, cls);
  }
}
