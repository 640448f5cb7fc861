// tf.map_fn, tf.scan, tf.foldl, tf.foldr as TF 1.15 builds them: the elements unstacked into
// TensorArrays, a while loop with maximum_iterations=n, results written to TensorArrays and
// stacked (tf1-layers-rnn-data §1.4).
import type { PyValue } from '../../../objects/core';
import { PyList } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, isCallable, TableEntry } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { typeError, valueError } from '../../../exceptions';
import { isEngineBacked } from '../convert';
import { toDType } from '../dtype_object';
import { out } from '../define';
import { assertSameStructure, children, flatten, isSequence, packSequenceAs } from './nest';
import { leafTensor, structuredWhile } from './structured';
import { PyTensorArray } from './tensor_array_object';

const NAME = { name: 'name', default: null, type: 'name' } as const;
const PARALLEL = { name: 'parallel_iterations', default: 10, type: 'int', doc: 'scheduling only: iterations run one after another' } as const;
const BACK_PROP = { name: 'back_prop', default: true, type: 'bool' } as const;
const SWAP = { name: 'swap_memory', default: false, type: 'bool', doc: 'GPU memory hint: no effect' } as const;

/** The elements as tensors, their common length (static when known) and TensorArrays over them. */
function unstackElems(elems: PyValue, plural: string, singular: string) {
  const flat = flatten(elems).map(e => leafTensor(e));
  if (!flat.length) throw valueError('elems must not be empty');
  for (const e of flat) {
    if (e.shape !== null && e.shape.length < 1) throw valueError(isSequence(elems) && flat.length > 1 ? plural : singular);
  }
  const staticN = flat.map(e => e.shape?.[0] ?? null).find(d => d !== null) ?? null;
  const n: tf.Tensor = staticN !== null ? tf.constant(staticN, 'int32') : tf.gather(tf.shape(flat[0]), 0);
  const tas = flat.map(e => new tf.TensorArray({ dtype: e.dtype, size: n, dynamicSize: false, inferShape: true }).unstack(e));
  return { flat, n, staticN, tas };
}

function checkFn(fn: PyValue): void { if (!isCallable(fn)) throw typeError('fn must be callable.'); }
const readAll = (tas: tf.TensorArray[], i: tf.Tensor) => tas.map(ta => out(ta.read(i)));
const tensorsOf = (v: PyValue) => flatten(v).map(x => leafTensor(x));

/** Stacked results with the static length: [n] + element shape. */
function stackResults(tas: PyValue[], staticN: number | null): tf.Tensor[] {
  return tas.map(t => {
    const r = (t as PyTensorArray).ta.stack();
    if (r.shape !== null) r.shape = [staticN, ...r.shape.slice(1)];
    return r;
  });
}

const SCALAR_ELEMS = ['elements in elems must be 1+ dimensional Tensors, not scalars', 'elems must be a 1+ dimensional Tensor, not a scalar'] as const;

export const FUNCTIONAL_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.map_fn', doc: 'map on the list of tensors unpacked from elems on dimension 0.',
    params: [{ name: 'fn' }, { name: 'elems' }, { name: 'dtype', default: null }, { name: 'parallel_iterations', default: null, type: 'int', doc: 'scheduling only' },
      BACK_PROP, SWAP, { name: 'infer_shape', default: true, type: 'bool' }, NAME],
  }, a => {
    checkFn(a.fn as PyValue);
    const fn = a.fn as PyValue, elems = a.elems as PyValue, dtype = a.dtype as PyValue;
    if (isEngineBacked(elems) && (elems.engineValue() as { constructor: { name: string } }).constructor.name === 'SparseTensor') {
      throw typeError('To perform a map on the values of a sparse tensor use either  SparseTensor(input.indices, fn(input.values), input.dense_shape) or  SparseTensor(input.indices, map_fn(fn, input.values), input.dense_shape)');
    }
    return tf.getDefaultGraph().withNameScope(a.name, 'map', () => {
      const { flat, n, staticN, tas } = unstackElems(elems, ...SCALAR_ELEMS);
      const outStructure = dtype ?? elems;
      const outDTypes = dtype === null ? flat.map(e => e.dtype) : flatten(dtype).map(d => toDType(d)!);
      const accs: PyValue[] = outDTypes.map(dt => new PyTensorArray(new tf.TensorArray({ dtype: dt, size: n, dynamicSize: false, inferShape: a.infer_shape })));
      const result = structuredWhile(
        ([i]) => out(tf.less(leafTensor(i), n)),
        ([i, accTas]) => {
          const it = leafTensor(i);
          const value = callValue(fn, [packSequenceAs(elems, readAll(tas, it))], null);
          assertSameStructure(outStructure, value);
          const written = flatten(value).map((v, k) => new PyTensorArray((children(accTas as PyList)[k] as PyTensorArray).ta.write(it, leafTensor(v, outDTypes[k]))));
          return new PyList([out(tf.add(it, 1)), new PyList(written)]);
        },
        new PyList([out(tf.constant(0, 'int32')), new PyList(accs)]),
        { parallelIterations: a.parallel_iterations ?? 10, backProp: a.back_prop, maximumIterations: n, spread: true });
      return packSequenceAs(outStructure, stackResults(children(children(result as PyList)[1] as PyList), staticN).map(out));
    });
  }),

  entry({
    name: 'tf.scan', doc: 'scan on the list of tensors unpacked from elems on dimension 0.',
    params: [{ name: 'fn' }, { name: 'elems' }, { name: 'initializer', default: null }, PARALLEL, BACK_PROP, SWAP,
      { name: 'infer_shape', default: true, type: 'bool' }, { name: 'reverse', default: false, type: 'bool' }, NAME],
  }, a => {
    checkFn(a.fn as PyValue);
    const fn = a.fn as PyValue, elems = a.elems as PyValue, init = a.initializer as PyValue;
    return tf.getDefaultGraph().withNameScope(a.name, 'scan', () => {
      const { n, staticN, tas } = unstackElems(elems, ...SCALAR_ELEMS);
      const last = tf.subtract(n, 1);
      const accStructure = init ?? elems;
      const first = init === null ? tas.map(ta => ta.read(a.reverse ? last : 0)) : tensorsOf(init);
      let accs = first.map(t => new tf.TensorArray({ dtype: t.dtype, size: n, dynamicSize: false, inferShape: a.infer_shape, elementShape: a.infer_shape ? t.shape : undefined }));
      if (init === null) accs = accs.map((ta, k) => ta.write(a.reverse ? last : 0, first[k]));
      const start = init === null ? 1 : 0;
      const i0 = a.reverse ? tf.subtract(last, start) : tf.constant(start, 'int32');
      const result = structuredWhile(
        ([i]) => out(a.reverse ? tf.greaterEqual(leafTensor(i), 0) : tf.less(leafTensor(i), n)),
        ([i, acc, accTas]) => {
          const it = leafTensor(i);
          const packedA = packSequenceAs(accStructure, children(acc as PyList));
          const aOut = callValue(fn, [packedA, packSequenceAs(elems, readAll(tas, it))], null);
          assertSameStructure(accStructure, aOut);
          const flatOut = tensorsOf(aOut);
          const written = flatOut.map((v, k) => new PyTensorArray((children(accTas as PyList)[k] as PyTensorArray).ta.write(it, v)));
          return new PyList([out(a.reverse ? tf.subtract(it, 1) : tf.add(it, 1)), new PyList(flatOut.map(out)), new PyList(written)]);
        },
        new PyList([out(i0), new PyList(first.map(out)), new PyList(accs.map(t => new PyTensorArray(t)))]),
        { parallelIterations: a.parallel_iterations, backProp: a.back_prop, maximumIterations: n, spread: true });
      return packSequenceAs(accStructure, stackResults(children(children(result as PyList)[2] as PyList), staticN).map(out));
    });
  }),

  entry({
    name: 'tf.foldl', doc: 'foldl on the list of tensors unpacked from elems on dimension 0.',
    params: [{ name: 'fn' }, { name: 'elems' }, { name: 'initializer', default: null }, PARALLEL, BACK_PROP, SWAP, NAME],
  }, a => fold(a.fn as PyValue, a.elems as PyValue, a.initializer as PyValue, false, a)),

  entry({
    name: 'tf.foldr', doc: 'foldr on the list of tensors unpacked from elems on dimension 0.',
    params: [{ name: 'fn' }, { name: 'elems' }, { name: 'initializer', default: null }, PARALLEL, BACK_PROP, SWAP, NAME],
  }, a => fold(a.fn as PyValue, a.elems as PyValue, a.initializer as PyValue, true, a)),
];

function fold(fn: PyValue, elems: PyValue, init: PyValue, right: boolean, a: { parallel_iterations: number; back_prop: boolean; name: string | null }): PyValue {
  checkFn(fn);
  return tf.getDefaultGraph().withNameScope(a.name, right ? 'foldr' : 'foldl', () => {
    const { n, tas } = unstackElems(elems, ...SCALAR_ELEMS);
    let i: tf.Tensor;
    let acc: PyValue;
    if (init === null) {
      i = right ? tf.subtract(n, 1) : tf.constant(1, 'int32');
      acc = packSequenceAs(elems, readAll(tas, right ? i : tf.constant(0, 'int32')));
    } else {
      i = right ? n : tf.constant(0, 'int32');
      acc = init;
    }
    const result = structuredWhile(
      ([k]) => out(right ? tf.greater(leafTensor(k), 0) : tf.less(leafTensor(k), n)),
      ([k, accIn]) => {
        const at = right ? tf.subtract(leafTensor(k), 1) : leafTensor(k);
        const next = callValue(fn, [accIn, packSequenceAs(elems, readAll(tas, at))], null);
        return new PyList([out(right ? at : tf.add(at, 1)), next]);
      },
      new PyList([out(i), acc]),
      { parallelIterations: a.parallel_iterations, backProp: a.back_prop, maximumIterations: n, spread: true });
    return children(result as PyList)[1];
  });
}
