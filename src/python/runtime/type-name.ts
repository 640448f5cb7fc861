// type(x) for any value.
import { PyObject, PyValue } from '../objects/core';
import type { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';

export function typeOf(v: PyValue): PyClass {
  switch (typeof v) {
    case 'number': case 'bigint': return T.int;
    case 'string': return T.str;
    case 'boolean': return T.bool;
  }
  if (v === null) return T.NoneType;
  return (v as PyObject).type;
}

export function typeName(v: PyValue): string { return typeOf(v).name; }
