// tf.py_func / tf.numpy_function (TF1 script_ops): the Python callable is registered with the
// engine as a host callback (the engine's PyFunc op calls it at sess.run time by its token). As
// TF's FuncRegistry: inputs arrive as NumPy values (0-d tensors as NumPy scalars, strings as
// bytes); a returned list or tuple is several values, anything else one, each made an array
// with np.asarray (no cast: the kernel checks each dtype against Tout, as TF's PyFuncOp does).
// A Python exception fails the run with TF's error class for it and its formatted traceback.
import type { PyValue } from '../../../objects/core';
import { PyExceptionObj } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, isCallable, TableEntry } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { valueError } from '../../../exceptions';
import { repr } from '../../../runtime/repr';
import { typeOf } from '../../../runtime/type-name';
import { formatException } from '../../../traceback';
import { toDType } from '../dtype_object';
import { toNDArray } from '../../numpy/convert';
import { pyToNDArray, toEngine } from '../convert';
import { fetchedValue } from '../feeds';
import { out } from '../define';

/** TF's py_func.cc mapping of the Python exception class to the run's error class. */
function errorClassOf(e: PyExceptionObj): tf.OpErrorClass {
  const names = new Set(e.cls.mro.map(c => c.name));
  if (names.has('ValueError') || names.has('TypeError')) return 'InvalidArgumentError';
  if (names.has('StopIteration')) return 'OutOfRangeError';
  if (names.has('MemoryError')) return 'ResourceExhaustedError';
  if (names.has('NotImplementedError')) return 'UnimplementedError';
  return 'UnknownError';
}

/** One returned value as an array of its own dtype (strings as bytes for a string Tout). */
function resultArray(v: PyValue, dtype: tf.DType | undefined): tf.NDArray {
  return dtype === 'string' ? pyToNDArray(v, 'string') : toNDArray(v);
}

function callback(func: PyValue, Tout: tf.DType[]): tf.HostCallback {
  return inputs => {
    let ret: PyValue;
    try {
      ret = callValue(func, inputs.map(fetchedValue), null);
    } catch (e) {
      // Only Exception subclasses become run errors; KeyboardInterrupt & co. keep unwinding.
      if (!(e instanceof PyExceptionObj) || !e.cls.mro.some(c => c.name === 'Exception')) throw e;
      throw new tf.KernelError(errorClassOf(e), formatException(e, () => undefined));
    }
    const values = ret instanceof PyList || ret instanceof PyTuple ? ret.items : ret === null && Tout.length === 0 ? [] : [ret];
    return values.map((v, i) => resultArray(v, Tout[i]));
  };
}

function pyFunc(func: PyValue, inp: PyValue, Tout: PyValue, stateful: boolean, name: string | null): PyValue {
  if (!isCallable(func)) throw valueError(`Expected func to be callable, got func of type ${repr(typeOf(func))}`);
  const isList = Tout instanceof PyList || Tout instanceof PyTuple;
  const dtypes = (isList ? (Tout as PyList).items : [Tout]).map(t => toDType(t)!);
  const inputs = inp instanceof PyList || inp instanceof PyTuple ? inp.items : [inp];
  const token = tf.registerHostCallback(callback(func, dtypes));
  const outs = tf.hostCallOp(token, inputs.map(x => toEngine(x)) as tf.TensorLike[], dtypes, stateful, name ?? undefined);
  return isList ? new PyList(outs.map(out)) : out(outs[0]);
}

const common = [
  { name: 'func', doc: 'A Python function called with NumPy arrays of the inputs at run time.' },
  { name: 'inp', doc: 'A list of tensors.' },
  { name: 'Tout', doc: 'A dtype (one output) or a list/tuple of dtypes (a list of outputs).' },
] as const;

export const PY_FUNC_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.py_func', doc: 'Wraps a Python function and uses it as a TensorFlow op (PyFunc; no gradient).',
    params: [...common, { name: 'stateful', default: true, type: 'bool' }, { name: 'name', default: null, type: 'name' }],
  }, a => pyFunc(a.func as PyValue, a.inp as PyValue, a.Tout as PyValue, a.stateful, a.name)),
  entry({
    name: 'tf.numpy_function', doc: 'tf.py_func with stateful=True.',
    params: [...common, { name: 'name', default: null, type: 'name' }],
  }, a => pyFunc(a.func as PyValue, a.inp as PyValue, a.Tout as PyValue, true, a.name)),
];
