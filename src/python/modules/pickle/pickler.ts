// Writing pickles of protocols 2 to 5 the way CPython's C pickler does (the same opcodes, memo
// and batching, and protocol 4's framing), so a pickle of Python data or NumPy arrays is byte for
// byte what CPython writes when the same objects are shared. Protocol 5 is written like 4
// (no out-of-band buffers).
import { PyFloat, PyInstance, PyValue } from '../../objects/core';
import { PyBuiltin, PyFunction } from '../../objects/callables';
import { PyDict, PyList, PySet, PyTuple } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { isHost } from '../../host';
import { E, pyException } from '../../exceptions';
import { PyByteArray, PyBytes } from '../../runtime/bytes';
import { getAttrOpt } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { toArray } from '../../runtime/iteration';
import { subOf } from '../../runtime/subclass';
import { typeOf } from '../../runtime/type-name';
import { fakeAddress } from '../../runtime/repr';
import { currentCache } from '../../interpreter/imports';
import { PyNDArray } from '../numpy/ndarray_object';
import { arrayBytes, dtypeReduce } from './numpy_bridge';
import { picklingError } from './errors';

const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_SIZE_MIN = 4;
const BATCHSIZE = 1000;
const enc = new TextEncoder();

class Output {
  private buf = new Uint8Array(1 << 12);
  len = 0;
  private frameStart = -1;
  framing = false;

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.len + n, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }
  write(bytes: ArrayLike<number>): void {
    if (this.framing && this.frameStart < 0) { this.frameStart = this.len; this.ensure(9); this.len += 9; }
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
  commitFrame(): void {
    if (this.frameStart < 0) return;
    const size = this.len - this.frameStart - 9;
    if (size >= FRAME_SIZE_MIN) {
      this.buf[this.frameStart] = 0x95;
      new DataView(this.buf.buffer).setBigUint64(this.frameStart + 1, BigInt(size), true);
    } else {
      this.buf.copyWithin(this.frameStart, this.frameStart + 9, this.len);
      this.len -= 9;
    }
    this.frameStart = -1;
  }
  /** After each object: a frame that reached the target size is committed. */
  boundary(): void {
    if (this.frameStart >= 0 && this.len - this.frameStart - 9 >= FRAME_SIZE_TARGET) this.commitFrame();
  }
  /** A large payload goes outside any frame, with its header. */
  writeLarge(header: ArrayLike<number>, payload: Uint8Array): void {
    if (payload.length < FRAME_SIZE_TARGET || !this.framing) { this.write(header); this.write(payload); return; }
    this.commitFrame();
    this.framing = false;
    this.write(header);
    this.write(payload);
    this.framing = true;
  }
  result(): Uint8Array { return this.buf.slice(0, this.len); }
}

const u32 = (n: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };
const u64 = (n: number) => { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n), true); return b; };
const op = (c: string) => [c.charCodeAt(0)];

/** How a value is rebuilt: CPython's __reduce__ tuple. */
interface Reduction { func: PyValue; args: PyValue[]; state?: PyValue; listItems?: PyValue[]; dictItems?: [PyValue, PyValue][]; newobj?: PyClass }

export class Pickler {
  private readonly out = new Output();
  private readonly memo = new Map<unknown, number>();

  constructor(private readonly proto: number) {}

  dump(obj: PyValue): Uint8Array {
    this.out.write([0x80, this.proto]);
    if (this.proto >= 4) this.out.framing = true;
    this.save(obj);
    this.out.write(op('.'));
    this.out.commitFrame();
    return this.out.result();
  }

  /**
   * The memo's key: objects by identity. Strings are compared by value (ours have no identity),
   * and so are bytes of length 0 or 1, which CPython keeps as shared objects.
   */
  private key(v: PyValue): unknown {
    if (typeof v === 'string') return `s${v}`;
    if (v instanceof PyBytes && v.data.length <= 1) return `b${v.data.length ? v.data[0] : ''}`;
    return v;
  }

  private memoize(v: PyValue): void {
    const k = this.key(v);
    if (this.memo.has(k)) return;
    const i = this.memo.size;
    this.memo.set(k, i);
    if (this.proto >= 4) this.out.write([0x94]);
    else if (i < 256) this.out.write([0x71, i]);
    else this.out.write([0x72, ...u32(i)]);
  }

  /** BINGET/LONG_BINGET when `v` was written before. */
  private fromMemo(v: PyValue): boolean {
    const i = this.memo.get(this.key(v));
    if (i === undefined) return false;
    if (i < 256) this.out.write([0x68, i]); else this.out.write([0x6a, ...u32(i)]);
    return true;
  }

  save(v: PyValue): void {
    this.saveValue(v);
    this.out.boundary();
  }

  private saveValue(v: PyValue): void {
    const raw = v as unknown;
    if (raw instanceof GlobalRef) { if (!this.fromMemo(v)) this.saveGlobal(v, raw.module, raw.name); return; }
    if (raw instanceof DtypeRef) { this.saveDtype(raw); return; }
    if (v === null) { this.out.write(op('N')); return; }
    if (v === true || v === false) { this.out.write([v ? 0x88 : 0x89]); return; }
    if (typeof v === 'number' || typeof v === 'bigint') { this.saveInt(v); return; }
    if (v instanceof PyFloat) { const b = new Uint8Array(9); b[0] = 0x47; new DataView(b.buffer).setFloat64(1, v.v, false); this.out.write(b); return; }
    if (this.fromMemo(v)) return;
    if (typeof v === 'string') { this.saveStr(v); return; }
    if (v instanceof PyBytes) { this.saveBytes(v); return; }
    if (v instanceof PyByteArray && this.proto >= 5) { this.out.writeLarge([0x96, ...u64(v.data.length)], v.data); this.memoize(v); return; }
    const sub = subOf(v);
    if (!sub) {
      if (v instanceof PyTuple) { this.saveTuple(v); return; }
      if (v instanceof PyList) { this.out.write(op(']')); this.memoize(v); this.batchAppends(v.items); return; }
      if (v instanceof PyDict) { this.out.write(op('}')); this.memoize(v); this.batchSetItems([...v.map.values()].map(e => [e.k, e.v])); return; }
      if (v instanceof PySet && this.proto >= 4) { this.saveSet(v); return; }
    }
    if (v instanceof PyClass || v instanceof PyFunction || v instanceof PyBuiltin) { this.saveGlobal(v); return; }
    this.saveReduce(v, this.reduce(v));
  }

  private saveInt(v: number | bigint): void {
    if (typeof v === 'number' && v >= 0 && v < 256) { this.out.write([0x4b, v]); return; }
    if (typeof v === 'number' && v >= 0 && v < 65536) { this.out.write([0x4d, v & 0xff, v >> 8]); return; }
    if (typeof v === 'number' && v >= -(2 ** 31) && v < 2 ** 31) { const b = new Uint8Array(5); b[0] = 0x4a; new DataView(b.buffer).setInt32(1, v, true); this.out.write(b); return; }
    // LONG1: the shortest little-endian two's-complement bytes.
    let n = BigInt(v);
    const bytes: number[] = [];
    const negative = n < 0n;
    while (true) {
      bytes.push(Number(n & 0xffn));
      n >>= 8n;
      const sign = (bytes[bytes.length - 1] & 0x80) !== 0;
      if ((n === 0n && !sign && !negative) || (n === -1n && sign && negative)) break;
    }
    if (bytes.length < 256) this.out.write([0x8a, bytes.length, ...bytes]);
    else this.out.write([0x8b, ...u32(bytes.length), ...bytes]);
  }

  private saveStr(s: string): void {
    const b = enc.encode(s);
    if (b.length < 256 && this.proto >= 4) this.out.writeLarge([0x8c, b.length], b);
    else if (b.length > 0xffffffff && this.proto >= 4) this.out.writeLarge([0x8d, ...u64(b.length)], b);
    else this.out.writeLarge([0x58, ...u32(b.length)], b);
    this.memoize(s);
  }

  private saveBytes(v: PyBytes): void {
    const b = v.data;
    if (this.proto < 3) {
      // Protocol 2 has no bytes opcode: bytes() or _codecs.encode(text, 'latin1').
      if (b.length === 0) this.saveReduce(v, { func: T_bytes(), args: [] });
      else this.saveReduce(v, { func: globalRef('_codecs', 'encode'), args: [String.fromCharCode(...b), 'latin1'] });
      return;
    }
    if (b.length < 256) this.out.writeLarge([0x43, b.length], b);
    else if (b.length <= 0xffffffff) this.out.writeLarge([0x42, ...u32(b.length)], b);
    else this.out.writeLarge([0x8e, ...u64(b.length)], b);
    this.memoize(v);
  }

  private saveTuple(t: PyTuple): void {
    const n = t.items.length;
    if (n === 0) { this.out.write(op(')')); return; }
    if (n <= 3) for (const x of t.items) this.save(x);
    else { this.out.write(op('(')); for (const x of t.items) this.save(x); }
    // A tuple reached through itself was memoized while its items were written.
    if (this.memo.has(t)) {
      const i = this.memo.get(t)!;
      this.out.write(n <= 3 ? Array(n).fill(0x30) : [0x31]);
      if (i < 256) this.out.write([0x68, i]); else this.out.write([0x6a, ...u32(i)]);
      return;
    }
    this.out.write(n <= 3 ? [[0x85, 0x86, 0x87][n - 1]] : op('t'));
    this.memoize(t);
  }

  private saveSet(s: PySet): void {
    const items = s.values();
    if (s.frozen) {
      this.out.write(op('('));
      for (const x of items) this.save(x);
      if (this.memo.has(s)) { this.out.write([0x31]); this.fromMemo(s); return; }
      this.out.write([0x91]);
      this.memoize(s);
      return;
    }
    this.out.write([0x8f]);
    this.memoize(s);
    for (let i = 0; i < items.length; i += BATCHSIZE) {
      this.out.write(op('('));
      for (const x of items.slice(i, i + BATCHSIZE)) this.save(x);
      this.out.write([0x90]);
    }
  }

  private batchAppends(items: PyValue[]): void {
    for (let i = 0; i < items.length; i += BATCHSIZE) {
      const batch = items.slice(i, i + BATCHSIZE);
      if (batch.length === 1) { this.save(batch[0]); this.out.write(op('a')); continue; }
      this.out.write(op('('));
      for (const x of batch) this.save(x);
      this.out.write(op('e'));
    }
  }

  private batchSetItems(items: [PyValue, PyValue][]): void {
    for (let i = 0; i < items.length; i += BATCHSIZE) {
      const batch = items.slice(i, i + BATCHSIZE);
      if (batch.length === 1) { this.save(batch[0][0]); this.save(batch[0][1]); this.out.write(op('s')); continue; }
      this.out.write(op('('));
      for (const [k, v] of batch) { this.save(k); this.save(v); }
      this.out.write(op('u'));
    }
  }

  private saveGlobal(v: PyValue, module?: string, name?: string): void {
    if (module === undefined || name === undefined) [module, name] = globalName(v);
    if (this.proto >= 4) {
      this.save(module);
      this.save(name);
      this.out.write([0x93]);
    } else {
      const [m, n] = this.proto < 3 ? py2Name(module, name) : [module, name];
      this.out.write([0x63, ...enc.encode(`${m}\n${n}\n`)]);
    }
    this.memoize(v);
  }

  private saveReduce(obj: PyValue, r: Reduction): void {
    if (r.newobj) {
      this.save(r.newobj);
      this.save(new PyTuple(r.args));
      this.out.write([0x81]);
    } else {
      this.save(r.func);
      this.save(new PyTuple(r.args));
      this.out.write(op('R'));
    }
    // The object may have been written while its arguments were (a reference cycle).
    if (this.memo.has(this.key(obj))) { this.out.write([0x30]); this.fromMemo(obj); }
    else this.memoize(obj);
    if (r.listItems) this.batchAppends(r.listItems);
    if (r.dictItems) this.batchSetItems(r.dictItems);
    if (r.state !== undefined && r.state !== null) { this.save(r.state); this.out.write(op('b')); }
  }

  /** obj.__reduce_ex__(proto), as object's default and NumPy's define it. */
  private reduce(v: PyValue): Reduction {
    if (v instanceof PyNDArray) return this.reduceNumpy(v);
    if (v instanceof PyByteArray) return { func: T_bytearray(), args: [new PyBytes(v.data.slice())] };
    if (v instanceof PySet && !subOf(v)) return { func: v.frozen ? T.frozenset : T.set, args: [new PyList(v.values())] };
    const cls = typeOf(v);
    const custom = cls.lookup('__reduce_ex__') ?? cls.lookup('__reduce__');
    if (custom !== undefined && !(isHost(v))) {
      const method = getAttrOpt(v, cls.lookup('__reduce_ex__') !== undefined ? '__reduce_ex__' : '__reduce__')!;
      const r = callValue(method, cls.lookup('__reduce_ex__') !== undefined ? [this.proto] : [], null);
      if (typeof r === 'string') throw picklingError('__reduce__ returning a global name is not supported by Gradbook');
      const parts = toArray(r);
      if (parts.length < 2 || parts.length > 6) throw picklingError('tuple returned by __reduce__ must contain 2 through 6 elements');
      return {
        func: parts[0], args: [...toArray(parts[1])], state: parts[2] ?? null,
        listItems: parts[3] === undefined || parts[3] === null ? undefined : [...toArray(parts[3])],
        dictItems: parts[4] === undefined || parts[4] === null ? undefined : toArray(parts[4]).map(p => toArray(p) as [PyValue, PyValue]),
      };
    }
    if (isHost(v) || (!(v instanceof PyInstance) && !subOf(v))) throw pyTypeError(`cannot pickle '${cls.name}' object`);
    // object.__reduce_ex__(2+): copyreg.__newobj__(cls, *getnewargs()), state = __dict__.
    const getnewargs = getAttrOpt(v, '__getnewargs__');
    const args = getnewargs !== undefined ? [...toArray(callValue(getnewargs, [], null))] : [];
    const getstate = getAttrOpt(v, '__getstate__');
    const attrs = v instanceof PyInstance ? v.dict : subOf(v)!.dict;
    const state = getstate !== undefined ? callValue(getstate, [], null) : attrs.size ? PyDict.fromEntries(attrs) : null;
    return {
      func: null, args, state, newobj: cls,
      listItems: v instanceof PyList ? v.items : undefined,
      dictItems: v instanceof PyDict ? [...v.map.values()].map(e => [e.k, e.v]) : undefined,
    };
  }

  private reduceNumpy(v: PyNDArray): Reduction {
    const a = v.array;
    const dtype = `dtype:${a.dtype}`;
    this.dtypeReductions.set(dtype, dtypeReduce(a));
    if (v.isScalar) return { func: globalRef('numpy.core.multiarray', 'scalar'), args: [this.dtypeValue(dtype), new PyBytes(arrayBytes(a))] };
    return {
      func: globalRef('numpy.core.multiarray', '_reconstruct'),
      args: [globalRef('numpy', 'ndarray'), new PyTuple([0]), new PyBytes(Uint8Array.of(0x62))],
      state: new PyTuple([1, new PyTuple([...a.shape]), this.dtypeValue(dtype), false, new PyBytes(arrayBytes(a))]),
    };
  }

  private readonly dtypeReductions = new Map<string, { args: PyValue[]; state: PyValue[] }>();
  /** A dtype saved through its own reduction (numpy.dtype(code, False, True) + BUILD state); one memo entry per dtype, as NumPy's dtypes are singletons. */
  private dtypeValue(key: string): PyValue {
    let ref = this.dtypeRefs.get(key);
    if (!ref) { ref = new DtypeRef(key, this.dtypeReductions.get(key)!); this.dtypeRefs.set(key, ref); }
    return ref as unknown as PyValue;
  }
  private readonly dtypeRefs = new Map<string, DtypeRef>();

  /** Called by DtypeRef.save (see below). */
  saveDtype(ref: DtypeRef): void {
    if (this.fromMemo(ref as unknown as PyValue)) return;
    this.save(globalRef('numpy', 'dtype'));
    this.save(new PyTuple(ref.reduction.args));
    this.out.write(op('R'));
    this.memoize(ref as unknown as PyValue);
    this.save(new PyTuple(ref.reduction.state));
    this.out.write(op('b'));
  }
}

/** A reference to a global by module and name, written with GLOBAL/STACK_GLOBAL. */
class GlobalRef {
  constructor(readonly module: string, readonly name: string) {}
}
const globalRefs = new Map<string, GlobalRef>();
function globalRef(module: string, name: string): PyValue {
  const key = `${module}.${name}`;
  let g = globalRefs.get(key);
  if (!g) { g = new GlobalRef(module, name); globalRefs.set(key, g); }
  return g as unknown as PyValue;
}

class DtypeRef {
  constructor(readonly dtype: string, readonly reduction: { args: PyValue[]; state: PyValue[] }) {}
}

const T_bytes = () => globalRef('builtins', 'bytes');
const T_bytearray = () => globalRef('builtins', 'bytearray');

function pyTypeError(msg: string) { return pyException(E.TypeError, msg); }

/** (module, qualified name) of a class or function, checked importable as CPython's whichmodule does. */
function globalName(v: PyValue): [string, string] {
  let module: string, name: string;
  if (v instanceof PyClass) { module = v.module; name = v.name; }
  else if (v instanceof PyFunction) { module = v.module; name = v.qualname; }
  else { module = (v as PyBuiltin).module ?? 'builtins'; name = (v as PyBuiltin).name; }
  if (module === 'builtins') return [module, name];
  let found: PyValue | undefined;
  try {
    found = currentCache().import(module);
    if (module !== 'builtins') for (const part of name.split('.')) found = found === undefined ? undefined : getAttrOpt(found, part);
  } catch { found = undefined; }
  if (found !== v) {
    const what = v instanceof PyClass ? `<class '${v.qualname}'>` : `<function ${name} at ${fakeAddress(v as object)}>`;
    throw picklingError(`Can't pickle ${what}: ${found === undefined ? `attribute lookup ${name} on ${module} failed` : `it's not the same object as ${module}.${name}`}`);
  }
  return [module, name];
}

/** Python 3 names as protocol 2 writes them for Python 2 (fix_imports). */
function py2Name(module: string, name: string): [string, string] {
  if (module === 'builtins') {
    const renamed: Record<string, string> = { str: 'unicode', range: 'xrange' };
    return ['__builtin__', renamed[name] ?? name];
  }
  if (module === 'copyreg') return ['copy_reg', name];
  return [module, name];
}

