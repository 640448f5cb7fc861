// `struct`: packing Python values into C structs and back (CPython's formats, native alignment on
// a 64-bit little-endian machine, and struct.error texts).
import { PyExceptionObj, PyFloat, PyValue } from '../objects/core';
import { PyMethodDescr, PyModule } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { E, typeError } from '../exceptions';
import { HostObject, hostClass, isHost } from '../host';
import { entry, installTable, TableEntry } from '../bind';
import { PyByteArray, PyBytes, bytesOf } from '../runtime/bytes';
import { indexValue, toIndex } from '../runtime/numbers';
import { normBig } from '../runtime/ints';
import { jsIterator } from '../runtime/iteration';
import { typeOf } from '../runtime/type-name';
import { registerModule } from './registry';

export const structError = new PyClass('error', [E.Exception], 'struct');
const fail = (msg: string) => new PyExceptionObj(structError, [msg]);

interface Code { size: number; kind: 'int' | 'uint' | 'float' | 'bool' | 'char' | 'pad' | 'str' | 'pstr'; bits?: number }
const STANDARD: Record<string, Code> = {
  x: { size: 1, kind: 'pad' }, c: { size: 1, kind: 'char' }, b: { size: 1, kind: 'int' }, B: { size: 1, kind: 'uint' },
  '?': { size: 1, kind: 'bool' }, h: { size: 2, kind: 'int' }, H: { size: 2, kind: 'uint' }, i: { size: 4, kind: 'int' },
  I: { size: 4, kind: 'uint' }, l: { size: 4, kind: 'int' }, L: { size: 4, kind: 'uint' }, q: { size: 8, kind: 'int' },
  Q: { size: 8, kind: 'uint' }, e: { size: 2, kind: 'float' }, f: { size: 4, kind: 'float' }, d: { size: 8, kind: 'float' },
  s: { size: 1, kind: 'str' }, p: { size: 1, kind: 'pstr' },
};
/** Native ('@') sizes differ for long and add the pointer-sized codes. */
const NATIVE: Record<string, Code> = { ...STANDARD, l: { size: 8, kind: 'int' }, L: { size: 8, kind: 'uint' }, n: { size: 8, kind: 'int' }, N: { size: 8, kind: 'uint' }, P: { size: 8, kind: 'uint' } };

interface Item { code: string; spec: Code; offset: number; count: number }
interface Layout { items: Item[]; size: number; little: boolean; nargs: number; order: string }

const layouts = new Map<string, Layout>();

export function parseFormat(fmt: string): Layout {
  const hit = layouts.get(fmt);
  if (hit) return hit;
  let i = 0;
  let order = '@';
  if ('@=<>!'.includes(fmt[0] ?? '')) { order = fmt[0]; i = 1; }
  const table = order === '@' ? NATIVE : STANDARD;
  const little = order !== '>' && order !== '!';
  const items: Item[] = [];
  let offset = 0, nargs = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (/\s/.test(c)) { i++; continue; }
    let count = 1;
    const m = /^\d+/.exec(fmt.slice(i));
    if (m) {
      count = Number(m[0]);
      i += m[0].length;
      if (i >= fmt.length) throw fail('repeat count given without format specifier');
    }
    const code = fmt[i++];
    const spec = table[code];
    if (!spec) throw fail('bad char in struct format');
    if (order === '@' && spec.kind !== 'str' && spec.kind !== 'pstr' && spec.kind !== 'pad' && spec.kind !== 'char') offset = Math.ceil(offset / spec.size) * spec.size;
    items.push({ code, spec, offset, count });
    if (spec.kind === 'str' || spec.kind === 'pstr') { offset += count; nargs += 1; }
    else { offset += spec.size * count; if (spec.kind !== 'pad') nargs += count; }
  }
  const layout = { items, size: offset, little, nargs, order };
  layouts.set(fmt, layout);
  return layout;
}

const RANGES: Record<string, [bigint, bigint]> = {};
function intRange(code: string, spec: Code): [bigint, bigint] {
  const key = code + spec.size;
  if (!RANGES[key]) {
    const bits = BigInt(spec.size * 8);
    RANGES[key] = spec.kind === 'uint' ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  }
  return RANGES[key];
}

/** CPython's words differ by code and byte order (its packers are separate functions). */
function rangeMessage(code: string, spec: Code, order: string, lo: bigint, hi: bigint): string {
  const bounds = `${lo} <= number <= ${hi}`;
  if (spec.size === 8 || (order === '@' && code === 'I')) return 'argument out of range';
  if (code === 'b' || code === 'B') return `${code === 'b' ? 'byte' : 'ubyte'} format requires ${bounds}`;
  if ((code === 'h' || code === 'H') && order !== '>' && order !== '!') return `${code === 'h' ? 'short' : 'ushort'} format requires ${bounds}`;
  return `'${code}' format requires ${bounds}`;
}

function packInt(view: DataView, at: number, v: PyValue, code: string, spec: Code, little: boolean, order: string): void {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(isHost(v) && v.index)) throw fail('required argument is not an integer');
  const n = BigInt(indexValue(v));
  const [lo, hi] = intRange(code, spec);
  if (n < lo || n > hi) throw fail(rangeMessage(code, spec, order, lo, hi));
  switch (spec.size) {
    case 1: view.setUint8(at, Number(BigInt.asUintN(8, n))); break;
    case 2: view.setUint16(at, Number(BigInt.asUintN(16, n)), little); break;
    case 4: view.setUint32(at, Number(BigInt.asUintN(32, n)), little); break;
    default: view.setBigUint64(at, BigInt.asUintN(64, n), little);
  }
}

function unpackInt(view: DataView, at: number, spec: Code, little: boolean): PyValue {
  const signed = spec.kind === 'int';
  switch (spec.size) {
    case 1: return signed ? view.getInt8(at) : view.getUint8(at);
    case 2: return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4: return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default: return normBig(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
  }
}

function floatOf(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  if (isHost(v) && v.number) return v.number();
  throw fail('required argument is not a float');
}

/** IEEE half precision, round to nearest even. */
function toHalf(x: number): number {
  const f = new Float32Array([x]);
  const bits = new Uint32Array(f.buffer)[0];
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) throw fail('float too large to pack with e format');
  if (e <= 0) {
    if (e < -10) return sign;
    mant = (mant | 0x800000) >> (1 - e);
    const half = mant >> 13, rest = mant & 0x1fff;
    return sign | (half + (rest > 0x1000 || (rest === 0x1000 && (half & 1)) ? 1 : 0));
  }
  const half = (e << 10) | (mant >> 13), rest = mant & 0x1fff;
  const rounded = half + (rest > 0x1000 || (rest === 0x1000 && (half & 1)) ? 1 : 0);
  if ((rounded >> 10) >= 0x1f) throw fail('float too large to pack with e format');
  return sign | rounded;
}
function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

export function packInto(layout: Layout, values: PyValue[], out: Uint8Array, base: number): void {
  if (values.length !== layout.nargs) throw fail(`pack expected ${layout.nargs} items for packing (got ${values.length})`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let vi = 0;
  for (const { code, spec, offset, count } of layout.items) {
    const at = base + offset;
    if (spec.kind === 'pad') continue;
    if (spec.kind === 'str' || spec.kind === 'pstr') {
      const b = bytesOf(values[vi++]);
      if (!b) throw fail(`argument for '${code}' must be a bytes object`);
      if (spec.kind === 'str') out.set(b.subarray(0, count), at);
      else if (count > 0) { const n = Math.min(b.length, count - 1, 255); out[at] = n; out.set(b.subarray(0, n), at + 1); }
      continue;
    }
    for (let k = 0; k < count; k++) {
      const v = values[vi++], pos = at + k * spec.size;
      if (spec.kind === 'int' || spec.kind === 'uint') packInt(view, pos, v, code, spec, layout.little, layout.order);
      else if (spec.kind === 'bool') view.setUint8(pos, truthyByte(v));
      else if (spec.kind === 'char') {
        const b = bytesOf(v);
        if (!b || b.length !== 1) throw fail("char format requires a bytes object of length 1");
        view.setUint8(pos, b[0]);
      } else if (spec.size === 2) view.setUint16(pos, toHalf(floatOf(v)), layout.little);
      else if (spec.size === 4) {
        const x = floatOf(v);
        if (Number.isFinite(x) && Math.abs(x) > 3.4028235677973366e38) throw new PyExceptionObj(E.OverflowError, ['float too large to pack with f format']);
        view.setFloat32(pos, x, layout.little);
      } else view.setFloat64(pos, floatOf(v), layout.little);
    }
  }
}

function truthyByte(v: PyValue): number {
  return v === false || v === null || v === 0 || v === '' || (v instanceof PyFloat && v.v === 0) ? 0 : 1;
}

export function unpackFrom(layout: Layout, data: Uint8Array, base: number): PyValue[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyValue[] = [];
  for (const { spec, offset, count } of layout.items) {
    const at = base + offset;
    if (spec.kind === 'pad') continue;
    if (spec.kind === 'str') { out.push(new PyBytes(data.slice(at, at + count))); continue; }
    if (spec.kind === 'pstr') { const n = Math.min(data[at] ?? 0, count - 1); out.push(new PyBytes(data.slice(at + 1, at + 1 + n))); continue; }
    for (let k = 0; k < count; k++) {
      const pos = at + k * spec.size;
      if (spec.kind === 'int' || spec.kind === 'uint') out.push(unpackInt(view, pos, spec, layout.little));
      else if (spec.kind === 'bool') out.push(view.getUint8(pos) !== 0);
      else if (spec.kind === 'char') out.push(new PyBytes(data.slice(pos, pos + 1)));
      else if (spec.size === 2) out.push(new PyFloat(fromHalf(view.getUint16(pos, layout.little))));
      else if (spec.size === 4) out.push(new PyFloat(view.getFloat32(pos, layout.little)));
      else out.push(new PyFloat(view.getFloat64(pos, layout.little)));
    }
  }
  return out;
}

function formatOf(v: PyValue): string {
  if (typeof v === 'string') return v;
  const b = bytesOf(v);
  if (b) return String.fromCharCode(...b);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
}

function bufferOf(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b) return b;
  if (isHost(v)) {
    const view = (v as unknown as { bytesView?: () => Uint8Array }).bytesView;
    if (view) return view.call(v);
  }
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

export function pack(fmt: string, values: PyValue[]): PyBytes {
  const layout = parseFormat(fmt);
  const out = new Uint8Array(layout.size);
  packInto(layout, values, out, 0);
  return new PyBytes(out);
}

export function unpack(fmt: string, buffer: PyValue): PyTuple {
  const layout = parseFormat(fmt);
  const data = bufferOf(buffer);
  if (data.length !== layout.size) throw fail(`unpack requires a buffer of ${layout.size} bytes`);
  return new PyTuple(unpackFrom(layout, data, 0));
}

export function unpackAt(fmt: string, buffer: PyValue, offset: number): PyTuple {
  const layout = parseFormat(fmt);
  const data = bufferOf(buffer);
  const at = offset < 0 ? data.length + offset : offset;
  if (offset < 0 && at < 0) throw fail(`offset ${offset} out of range for ${data.length}-byte buffer`);
  if (data.length - at < layout.size) {
    throw fail(at === 0 ? `unpack_from requires a buffer of at least ${layout.size} bytes for unpacking ${layout.size} bytes at offset 0 (actual buffer size is ${data.length})`
      : `unpack_from requires a buffer of at least ${layout.size + at} bytes for unpacking ${layout.size} bytes at offset ${at} (actual buffer size is ${data.length})`);
  }
  return new PyTuple(unpackFrom(layout, data, at));
}

export function iterUnpack(fmt: string, buffer: PyValue): PyValue {
  const layout = parseFormat(fmt);
  const data = bufferOf(buffer);
  if (layout.size === 0) throw fail('cannot iteratively unpack with a struct of length 0');
  if (data.length % layout.size) throw fail(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  function* rows() { for (let at = 0; at < data.length; at += layout.size) yield new PyTuple(unpackFrom(layout, data, at)); }
  return jsIterator(rows(), 'unpack_iterator');
}

function packIntoBuffer(fmt: string, buffer: PyValue, offset: number, values: PyValue[]): null {
  if (!(buffer instanceof PyByteArray)) throw typeError(`argument must be read-write bytes-like object, not ${typeOf(buffer).name}`);
  const layout = parseFormat(fmt);
  const data = buffer.data;
  const at = offset < 0 ? data.length + offset : offset;
  if (at + layout.size > data.length) throw fail(`pack_into requires a buffer of at least ${layout.size + at} bytes for packing ${layout.size} bytes at offset ${at} (actual buffer size is ${data.length})`);
  packInto(layout, values, data, at);
  return null;
}

const F = { name: 'format', kind: 'positional' } as const;
export const STRUCT_TABLE: readonly TableEntry[] = [
  entry({ name: 'struct.pack', doc: 'Packs the values into bytes by the format.', params: [F], varargs: 'v' }, a => pack(formatOf(a.format as PyValue), a.v as PyValue[])),
  entry({ name: 'struct.unpack', doc: 'Unpacks bytes of exactly calcsize(format) into a tuple.', params: [F, { name: 'buffer', kind: 'positional' }] },
    a => unpack(formatOf(a.format as PyValue), a.buffer as PyValue)),
  entry({ name: 'struct.unpack_from', doc: 'Unpacks from a buffer starting at offset.', params: [F, { name: 'buffer' }, { name: 'offset', default: 0 }] },
    a => unpackAt(formatOf(a.format as PyValue), a.buffer as PyValue, toIndex(a.offset as PyValue))),
  entry({ name: 'struct.iter_unpack', doc: 'An iterator unpacking the buffer one struct at a time.', params: [F, { name: 'buffer', kind: 'positional' }] },
    a => iterUnpack(formatOf(a.format as PyValue), a.buffer as PyValue)),
  entry({ name: 'struct.pack_into', doc: 'Packs the values into a writable buffer (bytearray) at offset.', params: [F, { name: 'buffer', kind: 'positional' }, { name: 'offset', kind: 'positional' }], varargs: 'v' },
    a => packIntoBuffer(formatOf(a.format as PyValue), a.buffer as PyValue, toIndex(a.offset as PyValue), a.v as PyValue[])),
  entry({ name: 'struct.calcsize', doc: 'The size in bytes of the struct the format describes.', params: [F] }, a => parseFormat(formatOf(a.format as PyValue)).size),
];

class PyStruct extends HostObject {
  constructor(readonly format: PyValue) { super(); parseFormat(formatOf(format)); }
  override get type(): PyClass { return structClass; }
  override get pyTypeName(): string { return 'Struct'; }
  override repr(): string { return `Struct(${typeof this.format === 'string' ? `'${this.format}'` : String(this.format)})`; }
  getattr(name: string): PyValue | undefined {
    const fmt = formatOf(this.format);
    if (name === 'format') return fmt;
    if (name === 'size') return parseFormat(fmt).size;
    return undefined;
  }
}
const structClass = hostClass('Struct', 'struct');
structClass.nativeNew = (_c, args) => new PyStruct(args[0] ?? null);
const structMethods: Record<string, (s: PyStruct, a: PyValue[]) => PyValue> = {
  pack: (s, a) => pack(formatOf(s.format), a),
  unpack: (s, a) => unpack(formatOf(s.format), a[0]),
  unpack_from: (s, a) => unpackAt(formatOf(s.format), a[0], a.length > 1 ? toIndex(a[1]) : 0),
  iter_unpack: (s, a) => iterUnpack(formatOf(s.format), a[0]),
  pack_into: (s, a) => packIntoBuffer(formatOf(s.format), a[0], toIndex(a[1]), a.slice(2)),
};
for (const [name, fn] of Object.entries(structMethods)) structClass.dict.set(name, new PyMethodDescr(name, fn, structClass));

registerModule('struct', () => {
  const m = new PyModule('struct');
  installTable(m, STRUCT_TABLE);
  m.set('error', structError).set('Struct', structClass);
  return m;
});
