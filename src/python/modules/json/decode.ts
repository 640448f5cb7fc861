// JSON decoding as CPython's json.JSONDecoder (strict mode): ints of any size, floats, NaN and
// Infinity, object_hook / object_pairs_hook / parse_float / parse_int / parse_constant, and
// JSONDecodeError with CPython's messages and positions.
import { PyExceptionObj, PyFloat, PyValue } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { E } from '../../exceptions';
import { callValue } from '../../runtime/call';
import { normBig } from '../../runtime/ints';

export const JSONDecodeError = new PyClass('JSONDecodeError', [E.ValueError], 'json.decoder');

export interface DecodeOptions {
  objectHook: PyValue;
  objectPairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

export function decodeError(msg: string, doc: string, pos: number): PyExceptionObj {
  const lineno = doc.slice(0, pos).split('\n').length;
  const colno = pos - (doc.lastIndexOf('\n', pos - 1) + 1) + 1;
  const e = new PyExceptionObj(JSONDecodeError, [`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  for (const [k, v] of [['msg', msg], ['doc', doc], ['pos', pos], ['lineno', lineno], ['colno', colno]] as const) e.dict.set(k, v);
  return e;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const ESC: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function decode(doc: string, o: DecodeOptions): PyValue {
  let pos = 0;
  const skip = () => { WS.lastIndex = pos; WS.exec(doc); pos = WS.lastIndex; };
  const fail = (msg: string, at = pos): never => { throw decodeError(msg, doc, at); };

  const string = (): string => {
    const begin = pos - 1;
    let out = '';
    for (;;) {
      let j = pos;
      while (j < doc.length && doc[j] !== '"' && doc[j] !== '\\' && doc.charCodeAt(j) >= 0x20) j++;
      out += doc.slice(pos, j);
      pos = j;
      if (pos >= doc.length) fail('Unterminated string starting at', begin);
      const c = doc[pos];
      if (c === '"') { pos++; return out; }
      if (c !== '\\') {
        if (o.strict) fail('Invalid control character at');
        out += c; pos++; continue;
      }
      const e = doc[pos + 1];
      if (e === undefined) fail('Unterminated string starting at', begin);
      if (e === 'u') {
        const hex = doc.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\uXXXX escape', pos + 1);
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (ESC[e] !== undefined) {
        out += ESC[e]; pos += 2;
      } else fail('Invalid \\escape', pos);
    }
  };

  const value = (): PyValue => {
    skip();
    const c = doc[pos];
    if (c === '"') { pos++; return string(); }
    if (c === '{') { pos++; return object(); }
    if (c === '[') { pos++; return array(); }
    if (doc.startsWith('null', pos)) { pos += 4; return null; }
    if (doc.startsWith('true', pos)) { pos += 4; return true; }
    if (doc.startsWith('false', pos)) { pos += 5; return false; }
    for (const name of ['NaN', 'Infinity', '-Infinity']) {
      if (doc.startsWith(name, pos)) {
        pos += name.length;
        if (o.parseConstant !== null) return callValue(o.parseConstant, [name], null);
        return new PyFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(doc);
    if (!m) return fail('Expecting value');
    pos = NUMBER.lastIndex;
    if (m[2] || m[3]) return o.parseFloat !== null ? callValue(o.parseFloat, [m[0]], null) : new PyFloat(Number(m[0]));
    if (o.parseInt !== null) return callValue(o.parseInt, [m[0]], null);
    const n = Number(m[1]);
    return Number.isSafeInteger(n) ? n : normBig(BigInt(m[1]));
  };

  const array = (): PyValue => {
    const items: PyValue[] = [];
    skip();
    if (doc[pos] === ']') { pos++; return new PyList(items); }
    for (;;) {
      items.push(value());
      skip();
      if (doc[pos] === ']') { pos++; return new PyList(items); }
      if (doc[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
      skip();
      if (doc[pos] === ']') fail('Expecting value');
    }
  };

  const object = (): PyValue => {
    const pairs: [string, PyValue][] = [];
    skip();
    if (doc[pos] === '}') { pos++; return finishObject(pairs); }
    for (;;) {
      if (doc[pos] !== '"') fail('Expecting property name enclosed in double quotes');
      pos++;
      const key = string();
      skip();
      if (doc[pos] !== ':') fail("Expecting ':' delimiter");
      pos++;
      pairs.push([key, value()]);
      skip();
      if (doc[pos] === '}') { pos++; return finishObject(pairs); }
      if (doc[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
      skip();
      if (doc[pos] === '}') fail('Expecting property name enclosed in double quotes', pos);
    }
  };

  const finishObject = (pairs: [string, PyValue][]): PyValue => {
    if (o.objectPairsHook !== null) return callValue(o.objectPairsHook, [new PyList(pairs.map(p => new PyTuple(p)))], null);
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    return o.objectHook !== null ? callValue(o.objectHook, [d], null) : d;
  };

  const result = value();
  skip();
  if (pos !== doc.length) fail('Extra data');
  return result;
}
