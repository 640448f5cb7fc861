// astype for object and string arrays: to object, to a string dtype (U decodes bytes and formats
// numbers with str(); S encodes ASCII), and from text to numbers through Python's own int()/float()
// (np.array(['1', '2']).astype(int)), whose errors NumPy also raises.
import type { PyValue } from '../../objects/core';
import { T } from '../../objects/types';
import { PyList } from '../../objects/containers';
import { callValue } from '../../runtime/call';
import * as np from '../../../numpy/index';
import type { DType } from '../../../engine';
import { dtypeArg, isObjectDtype } from './dtype_object';
import { toArrayLike, wrapResult } from './convert';
import { objectArrayCasts, PyObjectArray } from './object_array';
import { strSpecOf } from './str_dtype';
import { fromItems, notImplemented, PyStringArray, stringArray } from './string_array';
import { sortText } from './string_functions';
import { valueError } from '../../exceptions';

const FLOATS: readonly DType[] = ['float16', 'float32', 'float64'];
const INTS: readonly DType[] = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16'];

export function castObjectArray(a: PyObjectArray, dtype: PyValue, copy: boolean): PyValue {
  const isString = a instanceof PyStringArray;
  if (isObjectDtype(dtype)) return !copy && !isString ? a : new PyObjectArray(a.items.slice(), a.shape.slice());
  const spec = strSpecOf(dtype);
  if (spec) {
    // An unsized target keeps a string array's width ('<U2' → '|S2'), as NumPy does.
    const width = spec.width || (isString ? a.width : 0);
    if (!copy && isString && a.kind === spec.kind && a.width === width) return a;
    return fromItems(a.items, a.shape, { kind: spec.kind, width });
  }
  const d = dtypeArg(dtype)!;
  if (!isString) return wrapResult(np.array(toArrayLike(a.tolist()), d));
  const parse = FLOATS.includes(d) ? T.float : INTS.includes(d) ? T.int : null;
  if (parse === null) throw notImplemented(`astype(${d})`);
  const values = a.items.map(x => callValue(parse, [x], null));
  return wrapResult(np.reshape(np.array(toArrayLike(new PyList(values)), d), a.shape.slice()));
}

/**
 * np.array(o, dtype) when o holds text or dtype is a string dtype: the string array, cast to a
 * numeric dtype when one is given (np.array(['1', '2'], dtype=float)); ragged text is an object
 * array as ragged numbers are (null here: the caller warns), except with a string dtype (NumPy's error).
 */
export function textArray(o: PyValue, dtype: PyValue, copy = true): PyObjectArray | PyValue | null {
  const spec = strSpecOf(dtype) ?? null;
  if (o instanceof PyStringArray && dtype === null) return copy ? o.derive(o.items.slice(), o.shape.slice()) : o;
  if (o instanceof PyStringArray && spec === null) return castObjectArray(o, dtype, copy);
  const s = stringArray(o, spec);
  if (s === null) {
    if (spec === null && dtype === null) return null;
    throw valueError('setting an array element with a sequence. The requested array has an inhomogeneous shape');
  }
  return spec === null && dtype !== null ? castObjectArray(s, dtype, false) : s;
}

objectArrayCasts.astype = castObjectArray;
objectArrayCasts.sort = (a, axis) => sortText(a, axis, 'values') as PyObjectArray;
