// The iterator protocol: getIter(x) returns a PyIterator whose next() gives undefined at the end.
import { PyExceptionObj, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PyRange, PySet, PyTuple } from '../objects/containers';
import { PyIterator } from '../objects/callables';
import { iteratorType } from '../objects/types';
import { HostObject, isHost } from '../host';
import { E, runtimeError, typeError } from '../exceptions';
import { typeOf } from './type-name';
import { callBound, callMethodIfDefined } from './attributes';
import { PyBigRange, bigRangeCursor } from './big-range';
import { PyBytes } from './bytes';
import { subOf, callOverride } from './subclass';
import { checkGrowth, checkSequenceLength } from './limits';
import { PyScalarSub } from '../objects/scalar-sub';
import { PyMethodDescr } from '../objects/callables';

export function getIter(v: PyValue): PyIterator {
  if (subOf(v) !== null) {
    const it = callOverride(v, '__iter__', []);
    if (it !== undefined) return asIterator(it);
  }
  if (v instanceof PyList) return arrayIterator('list_iterator', v);
  if (v instanceof PyTuple) return arrayIterator('tuple_iterator', v);
  if (typeof v === 'string') {
    const it = v[Symbol.iterator]();
    return new PyIterator(iteratorType('str_ascii_iterator'), () => { const r = it.next(); return r.done ? undefined : r.value; });
  }
  if (v instanceof PyRange) {
    let i = 0;
    const { start, step, length } = v;
    return new PyIterator(iteratorType('range_iterator'), () => (i < length ? start + step * i++ : undefined));
  }
  if (v instanceof PyBigRange) return new PyIterator(iteratorType('longrange_iterator'), bigRangeCursor(v, false));
  if (v instanceof PyBytes) { let i = 0; return new PyIterator(iteratorType('bytes_iterator'), () => (i < v.data.length ? v.data[i++] : undefined)); }
  if (v instanceof PyIterator) return v;
  if (v instanceof PyDict) return dictIterator(v, 'dict_keyiterator', e => e.k);
  if (v instanceof PySet) {
    const it = v.map.values();
    const size = v.size;
    return new PyIterator(iteratorType('set_iterator'), () => {
      if (v.size !== size) throw runtimeError('Set changed size during iteration');
      const r = it.next(); return r.done ? undefined : r.value;
    });
  }
  if (v instanceof PyInstance) return instanceIterator(v);
  if (isHost(v) && v.iter) return jsIterator(v.iter()[Symbol.iterator]());
  throw typeError(`'${typeOf(v).name}' object is not iterable`);
}

function arrayIterator(name: string, seq: { items: PyValue[] }): PyIterator {
  let i = 0;
  return new PyIterator(iteratorType(name), () => (i < seq.items.length ? seq.items[i++] : undefined));
}

export function dictIterator(d: PyDict, name: string, pick: (e: { k: PyValue; v: PyValue }) => PyValue): PyIterator {
  const it = d.map.values();
  const size = d.size;
  return new PyIterator(iteratorType(name), () => {
    if (d.size !== size) throw runtimeError('dictionary changed size during iteration');
    const r = it.next();
    return r.done ? undefined : pick(r.value);
  });
}

export function jsIterator(it: Iterator<PyValue>, name = 'iterator'): PyIterator {
  return new PyIterator(iteratorType(name), () => { const r = it.next(); return r.done ? undefined : r.value; });
}

/** What an __iter__ returned, as a PyIterator (CPython's TypeError for a non-iterator). */
function asIterator(it: PyValue): PyIterator {
  if (it instanceof PyIterator) return it;
  if (!(it instanceof PyInstance) || it.cls.lookup('__next__') === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  }
  const next = it.cls.lookup('__next__')!;
  return new PyIterator(it.cls, () => {
    try { return callBound(next, it, []); }
    catch (e) { if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.StopIteration)) return undefined; throw e; }
  });
}

function instanceIterator(v: PyInstance): PyIterator {
  const iterFn = v.cls.lookup('__iter__');
  if (v instanceof PyScalarSub && (iterFn === undefined || iterFn instanceof PyMethodDescr)) return getIter(v.value);
  if (iterFn !== undefined) return asIterator(callBound(iterFn, v, []));
  if (v.cls.lookup('__getitem__') !== undefined) {
    let i = 0;
    return new PyIterator(iteratorType('iterator'), () => {
      try { return callMethodIfDefined(v, '__getitem__', [i++]); }
      catch (e) { if (e instanceof PyExceptionObj && (e.cls.isSubclassOf(E.IndexError) || e.cls.isSubclassOf(E.StopIteration))) return undefined; throw e; }
    });
  }
  throw typeError(`'${v.cls.name}' object is not iterable`);
}

/** All items of an iterable as a JS array; lists/tuples return their backing array (do not mutate). */
export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (typeof v === 'string') return Array.from(v);
  if (v instanceof PyRange) {
    checkSequenceLength(v.length);
    const out = new Array<PyValue>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.start + v.step * i;
    return out;
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) { out.push(x); checkGrowth(out); }
  return out;
}
