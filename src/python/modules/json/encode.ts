// JSON encoding as CPython's json.JSONEncoder does it: float repr, ensure_ascii escapes, key
// coercion, indent and separators, circular-reference checks, `default` for other objects.
import { PyFloat, PyValue } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { typeError, valueError } from '../../exceptions';
import { callValue } from '../../runtime/call';
import { floatRepr } from '../../runtime/float-repr';
import { intToDecimal } from '../../runtime/int-text';
import { typeOf } from '../../runtime/type-name';
import { sortValues } from '../../builtins/functions';
import { PyScalarSub, unwrapScalar } from '../../objects/scalar-sub';

export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  /** null: one line; otherwise the text of one level of indent. */
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  /** Called for objects JSON cannot represent; null raises TypeError. */
  default: PyValue;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function encodeFloat(x: number, o: EncodeOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) throw valueError("Out of range float values are not JSON compliant");
  return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function encodeKey(k: PyValue, o: EncodeOptions): string | null {
  k = unwrapScalar(k);
  if (typeof k === 'string') return k;
  if (k instanceof PyFloat) return encodeFloat(k.v, o);
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (k === null) return 'null';
  if (typeof k === 'number' || typeof k === 'bigint') return intToDecimal(k);
  if (o.skipkeys) return null;
  throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

export function encode(value: PyValue, o: EncodeOptions): string {
  const parts: string[] = [];
  const active = new Set<object>();
  const enter = (obj: object) => {
    if (!o.checkCircular) return;
    if (active.has(obj)) throw valueError('Circular reference detected');
    active.add(obj);
  };
  const newline = (depth: number) => (o.indent === null ? '' : '\n' + o.indent.repeat(depth));

  const walk = (v: PyValue, depth: number): void => {
    // int, float and str subclasses encode as the builtin value (CPython's int.__repr__ etc.).
    if (v instanceof PyScalarSub) v = v.value;
    if (typeof v === 'string') { parts.push(encodeString(v, o.ensureAscii)); return; }
    if (v === null) { parts.push('null'); return; }
    if (v === true) { parts.push('true'); return; }
    if (v === false) { parts.push('false'); return; }
    if (typeof v === 'number' || typeof v === 'bigint') { parts.push(intToDecimal(v)); return; }
    if (v instanceof PyFloat) { parts.push(encodeFloat(v.v, o)); return; }
    if (v instanceof PyList || v instanceof PyTuple) {
      if (v.items.length === 0) { parts.push('[]'); return; }
      enter(v);
      parts.push('[');
      v.items.forEach((item, i) => {
        parts.push(i ? o.itemSeparator + newline(depth + 1) : newline(depth + 1));
        walk(item, depth + 1);
      });
      parts.push(newline(depth) + ']');
      active.delete(v);
      return;
    }
    if (v instanceof PyDict) {
      if (v.size === 0) { parts.push('{}'); return; }
      enter(v);
      parts.push('{');
      let entries = [...v.map.values()];
      if (o.sortKeys) {
        const keys = sortValues(entries.map(e => e.k), null, false);
        entries = keys.map(k => ({ k, v: v.get(k)! }));
      }
      let first = true;
      for (const e of entries) {
        const key = encodeKey(e.k, o);
        if (key === null) continue;
        parts.push(first ? newline(depth + 1) : o.itemSeparator + newline(depth + 1));
        first = false;
        parts.push(encodeString(key, o.ensureAscii), o.keySeparator);
        walk(e.v, depth + 1);
      }
      parts.push(newline(depth) + '}');
      active.delete(v);
      return;
    }
    if (o.default === null) throw typeError(`Object of type ${typeOf(v).name} is not JSON serializable`);
    const obj = v as object;
    enter(obj);
    walk(callValue(o.default, [v], null), depth);
    active.delete(obj);
  };
  walk(value, 0);
  return parts.join('');
}

