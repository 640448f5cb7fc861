// Dict/set keys: a JS Map key that is equal exactly when Python's == and hash() agree.
// Numbers map to themselves (so 1, 1.0 and True collide as in Python); a big int maps to the
// double it equals when there is one (so 2**64 and float(2**64) collide), else to its bigint.
// Strings map to themselves, tuples to a structural string, everything else to its identity
// (or its __hash__ result). hash() itself is in numeric-hash.ts.
import { PyFloat, PyInstance, PyObject, PyValue } from '../objects/core';
import { PyTuple, PySet } from '../objects/containers';
import { HostObject, isHost } from '../host';
import { typeError } from '../exceptions';
import { typeName } from './type-name';
import { callMethodIfDefined } from './attributes';
import { PyBytes, bytesKey } from './bytes';
import { PyScalarSub } from '../objects/scalar-sub';

export function hashKey(v: PyValue): unknown {
  switch (typeof v) {
    case 'number': case 'string': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return bigintKey(v);
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyTuple) return tupleKey(v);
  if (v instanceof PyBytes) return bytesKey(v);
  if (v instanceof PyInstance) {
    // `__hash__ = None` in the class body (or implied by defining __eq__ alone) marks it unhashable.
    if (v.cls.lookup('__hash__') === null) return unhashable(v);
    const custom = callMethodIfDefined(v, '__hash__');
    if (custom !== undefined) return custom === null ? unhashable(v) : 'h\u0000' + String(custom);
    if (v instanceof PyScalarSub) return hashKey(v.value);
    return v;
  }
  if (isHost(v)) return v.hashKey();
  if (v instanceof PySet && v.frozen) return 'f\u0000' + [...v.map.keys()].map(keyString).sort().join('\u0001');
  if (isUnhashable(v)) return unhashable(v);
  return v;
}

function bigintKey(b: bigint): number | bigint {
  const f = Number(b);
  return isFinite(f) && BigInt(f) === b ? f : b;
}

function isUnhashable(v: PyObject): boolean {
  const n = v.type.name;
  return n === 'list' || n === 'dict' || n === 'set';
}

function unhashable(v: PyValue): never {
  throw typeError(`unhashable type: '${typeName(v)}'`);
}

let nextId = 1;
const ids = new WeakMap<object, number>();
/** Stable small integer per object, used by id() and for tuple keys. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) { id = nextId++; ids.set(o, id); }
  return id;
}

function tupleKey(t: PyTuple): string {
  let s = 't\u0000';
  for (const item of t.items) s += keyString(hashKey(item)) + '\u0001';
  return s;
}

function keyString(k: unknown): string {
  switch (typeof k) {
    case 'number': return 'n' + k;
    case 'bigint': return 'n' + k;
    case 'string': return 's' + k.replace(/[\u0000-\u0002]/g, c => '\u0002' + c.charCodeAt(0));
  }
  if (k === null) return 'N';
  return 'o' + objectId(k as object);
}
