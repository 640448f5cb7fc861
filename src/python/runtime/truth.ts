// Truthiness and len().
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PyRange, PySet, PyTuple } from '../objects/containers';
import { HostObject, isHost } from '../host';
import { E, pyException, typeError, valueError } from '../exceptions';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { PyBigRange, bigRangeLen } from './big-range';
import { PyBytes } from './bytes';
import { subOf, callOverride } from './subclass';
import { PyScalarSub } from '../objects/scalar-sub';

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'bigint': return true; // never 0: small values are numbers
    case 'string': return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (subOf(v) !== null) {
    const b = callOverride(v, '__bool__', []) ?? callOverride(v, '__len__', []);
    if (b !== undefined) return typeof b === 'boolean' ? b : toLen(b) > 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyBigRange) return v.length > 0n;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyInstance) {
    const b = callMethodIfDefined(v, '__bool__');
    if (b !== undefined) {
      if (typeof b !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(b).name}`);
      return b;
    }
    const n = callMethodIfDefined(v, '__len__');
    if (n !== undefined) return toLen(n) > 0;
    if (v instanceof PyScalarSub) return truthy(v.value);
    return true;
  }
  if (isHost(v)) {
    if (v.bool) return v.bool();
    if (v.len) return v.len() > 0;
  }
  return true;
}

function toLen(n: PyValue): number {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n < 0n) throw valueError('__len__() should return >= 0');
    throw pyException(E.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (typeof n !== 'number') throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError('__len__() should return >= 0');
  return n;
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return v.length;
  if (subOf(v) !== null) { const n = callOverride(v, '__len__', []); if (n !== undefined) return toLen(n); }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBigRange) return Number(bigRangeLen(v));
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyInstance) {
    const n = callMethodIfDefined(v, '__len__');
    if (n !== undefined) return toLen(n);
    if (v instanceof PyScalarSub) return len(v.value);
  }
  if (isHost(v) && v.len) return v.len();
  throw typeError(`object of type '${typeOf(v).name}' has no len()`);
}
