// A minimal immutable `bytes`, enough for int.to_bytes() results: repr, len, iteration,
// indexing, ==, hashing. (b'...' literals are still plain str in this interpreter.)
import { PyObject } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';

export const bytesType = new PyClass('bytes', [T.object]);
bytesType.isBuiltin = true;

export class PyBytes extends PyObject {
  constructor(readonly data: Uint8Array) { super(); }
  get type(): PyClass { return bytesType; }
}

/** CPython's bytes repr: printable ASCII as is, \t \n \r \\ escaped, the rest as \xNN. */
export function bytesRepr(b: PyBytes): string {
  const hasSingle = b.data.includes(0x27), hasDouble = b.data.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b.data) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Map key: equal bytes give equal keys, distinct from every str key. */
export function bytesKey(b: PyBytes): string {
  let s = 'b\u0000';
  for (const c of b.data) s += String.fromCharCode(c);
  return s;
}

export function bytesEqual(a: PyBytes, b: PyBytes): boolean {
  return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
}
