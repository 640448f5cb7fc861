// Reading pickles of protocols 0 to 5, opcode by opcode as CPython's _pickle does: Python data,
// instances (REDUCE, NEWOBJ, BUILD, INST/OBJ), Python 2 strings decoded by `encoding` ('bytes'
// keeps them as bytes), and NumPy arrays (numpy_bridge.ts).
import { PyExceptionObj, PyFloat, PyInstance, PyValue } from '../../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { E, pyException } from '../../exceptions';
import { PyByteArray, PyBytes } from '../../runtime/bytes';
import { callValue, callMethod } from '../../runtime/call';
import { getAttrOpt, setAttr } from '../../runtime/attributes';
import { setItem } from '../../runtime/subscript';
import { toArray } from '../../runtime/iteration';
import { intFromFloat, normBig } from '../../runtime/ints';
import { subOf } from '../../runtime/subclass';
import { decode, lookupEncoding, lookupErrors, type Encoding, type ErrorMode } from '../../io/codecs';
import { findClass } from './globals';
import { PendingArray, PendingDtype, buildArray } from './numpy_bridge';
import { unpicklingError } from './errors';
import { byteStringFromBytes } from '../../../engine';

export interface UnpickleOptions { fixImports: boolean; encoding: string; errors: string }

const MARK = Symbol('mark');
type Item = PyValue | typeof MARK;

/** Bytes as a one-char-per-byte string. */
const latin1 = byteStringFromBytes;

export class Unpickler {
  private pos = 0;
  private stack: Item[] = [];
  private readonly memo = new Map<number, PyValue>();
  private readonly view: DataView;
  private readonly py2Encoding: Encoding | 'bytes';
  private readonly py2Errors: ErrorMode;

  constructor(private readonly data: Uint8Array, private readonly options: UnpickleOptions) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.py2Encoding = options.encoding === 'bytes' ? 'bytes' : lookupEncoding(options.encoding);
    this.py2Errors = lookupErrors(options.errors);
  }

  /** Where the pickle's STOP left the reader (load() leaves the file there). */
  get end(): number { return this.pos; }

  private take(n: number): Uint8Array {
    if (this.pos + n > this.data.length) throw this.truncated();
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  private truncated(): PyExceptionObj {
    return this.data.length === 0 ? pyException(E.EOFError, 'Ran out of input') : unpicklingError('pickle data was truncated');
  }
  private u8(): number { if (this.pos >= this.data.length) throw this.truncated(); return this.data[this.pos++]; }
  private u16(): number { const v = this.view.getUint16(this.need(2), true); return v; }
  private i32(): number { return this.view.getInt32(this.need(4), true); }
  private u32(): number { return this.view.getUint32(this.need(4), true); }
  private u64(): number { return Number(this.view.getBigUint64(this.need(8), true)); }
  private need(n: number): number { const at = this.pos; this.take(n); return at; }
  private line(): string {
    const end = this.data.indexOf(10, this.pos);
    if (end < 0) throw this.truncated();
    const s = latin1(this.data.subarray(this.pos, end));
    this.pos = end + 1;
    return s;
  }

  private push(v: PyValue): void { this.stack.push(v); }
  private pop(): PyValue {
    const v = this.stack.pop();
    if (v === undefined || v === MARK) throw unpicklingError('unpickling stack underflow');
    return v;
  }
  private top(): PyValue {
    const v = this.stack[this.stack.length - 1];
    if (v === undefined || v === MARK) throw unpicklingError('unpickling stack underflow');
    return v;
  }
  /** The items pushed since the last MARK (which is removed). */
  private popMark(): PyValue[] {
    const i = this.stack.lastIndexOf(MARK);
    if (i < 0) throw unpicklingError('could not find MARK');
    const items = this.stack.slice(i + 1) as PyValue[];
    this.stack.length = i;
    return items;
  }
  private memoGet(i: number): PyValue {
    const v = this.memo.get(i);
    if (v === undefined) throw unpicklingError(`Memo value not found at index ${i}`);
    return v;
  }

  private py2String(raw: Uint8Array): PyValue {
    return this.py2Encoding === 'bytes' ? new PyBytes(raw.slice()) : decode(raw, this.py2Encoding, this.py2Errors);
  }

  load(): PyValue {
    for (;;) {
      const op = String.fromCharCode(this.u8());
      if (op === '.') return this.pop();
      this.step(op);
    }
  }

  private step(op: string): void {
    switch (op) {
      case '\x80': { const proto = this.u8(); if (proto > 5) throw pyException(E.ValueError, `unsupported pickle protocol: ${proto}`); return; }
      case '\x95': this.take(8); return; // FRAME: the frame's length; its opcodes follow.
      case '(': this.stack.push(MARK); return;
      case '0': this.stack.pop(); return;
      case '1': this.popMark(); return;
      case '2': this.push(this.top()); return;
      case 'N': this.push(null); return;
      case '\x88': this.push(true); return;
      case '\x89': this.push(false); return;
      case 'I': {
        const s = this.line();
        this.push(s === '01' ? true : s === '00' ? false : intOf(s));
        return;
      }
      case 'J': this.push(this.i32()); return;
      case 'K': this.push(this.u8()); return;
      case 'M': this.push(this.u16()); return;
      case 'L': this.push(intOf(this.line().replace(/L$/, ''))); return;
      case '\x8a': this.push(longOf(this.take(this.u8()))); return;
      case '\x8b': { const n = this.i32(); if (n < 0) throw unpicklingError('LONG pickle has negative byte count'); this.push(longOf(this.take(n))); return; }
      case 'F': this.push(new PyFloat(Number(this.line()))); return;
      case 'G': this.push(new PyFloat(this.view.getFloat64(this.need(8), false))); return;
      case 'S': {
        const s = this.line();
        const body = s.slice(1, -1);
        if (s.length < 2 || s[0] !== s[s.length - 1] || (s[0] !== "'" && s[0] !== '"')) throw unpicklingError('the STRING opcode argument must be quoted');
        this.push(this.py2String(Uint8Array.from(unescapeRepr(body), c => c.charCodeAt(0))));
        return;
      }
      case 'T': { const n = this.i32(); if (n < 0) throw unpicklingError('BINSTRING pickle has negative byte count'); this.push(this.py2String(this.take(n))); return; }
      case 'U': this.push(this.py2String(this.take(this.u8()))); return;
      case 'V': this.push(rawUnicodeEscape(this.line())); return;
      case 'X': this.push(decode(this.take(this.u32()), 'utf-8', 'strict')); return;
      case '\x8c': this.push(decode(this.take(this.u8()), 'utf-8', 'strict')); return;
      case '\x8d': this.push(decode(this.take(this.u64()), 'utf-8', 'strict')); return;
      case 'B': this.push(new PyBytes(this.take(this.u32()).slice())); return;
      case 'C': this.push(new PyBytes(this.take(this.u8()).slice())); return;
      case '\x8e': this.push(new PyBytes(this.take(this.u64()).slice())); return;
      case '\x96': this.push(new PyByteArray(this.take(this.u64()))); return;
      case '\x97': case '\x98': throw unpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given');
      case ')': this.push(new PyTuple([])); return;
      case 't': this.push(new PyTuple(this.popMark())); return;
      case '\x85': this.push(new PyTuple([this.pop()])); return;
      case '\x86': { const b = this.pop(), a = this.pop(); this.push(new PyTuple([a, b])); return; }
      case '\x87': { const c = this.pop(), b = this.pop(), a = this.pop(); this.push(new PyTuple([a, b, c])); return; }
      case ']': this.push(new PyList([])); return;
      case 'l': this.push(new PyList(this.popMark())); return;
      case '}': this.push(new PyDict()); return;
      case 'd': { const items = this.popMark(); const d = new PyDict(); for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]); this.push(d); return; }
      case '\x8f': this.push(new PySet()); return;
      case '\x91': { const s = new PySet(true); for (const x of this.popMark()) s.add(x); this.push(s); return; }
      case '\x90': { const items = this.popMark(); const s = this.top(); if (s instanceof PySet && !subOf(s)) for (const x of items) s.add(x); else for (const x of items) callMethod(s, 'add', [x], null); return; }
      case 'a': { const v = this.pop(); this.append(this.top(), [v]); return; }
      case 'e': { const items = this.popMark(); this.append(this.top(), items); return; }
      case 's': { const v = this.pop(), k = this.pop(); this.setItems(this.top(), [k, v]); return; }
      case 'u': { const items = this.popMark(); this.setItems(this.top(), items); return; }
      case 'p': this.memo.set(Number(this.line()), this.top()); return;
      case 'q': this.memo.set(this.u8(), this.top()); return;
      case 'r': this.memo.set(this.u32(), this.top()); return;
      case '\x94': this.memo.set(this.memo.size, this.top()); return;
      case 'g': this.push(this.memoGet(Number(this.line()))); return;
      case 'h': this.push(this.memoGet(this.u8())); return;
      case 'j': this.push(this.memoGet(this.u32())); return;
      case 'c': { const module = this.line(), name = this.line(); this.push(findClass(module, name, this.options.fixImports)); return; }
      case '\x93': {
        const name = this.pop(), module = this.pop();
        if (typeof name !== 'string' || typeof module !== 'string') throw unpicklingError('STACK_GLOBAL requires str');
        this.push(findClass(module, name, false));
        return;
      }
      case 'R': { const args = this.pop(), f = this.pop(); this.push(callValue(f, [...toArray(args)], null)); return; }
      case '\x81': { const args = this.pop(), cls = this.pop(); this.push(newObject(cls, toArray(args), null)); return; }
      case '\x92': {
        const kw = this.pop(), args = this.pop(), cls = this.pop();
        const kwargs = kw instanceof PyDict ? new Map([...kw.map.values()].map(e => [String(e.k), e.v] as [string, PyValue])) : null;
        this.push(newObject(cls, toArray(args), kwargs));
        return;
      }
      case 'b': { const st = this.pop(); this.build(st); return; }
      case 'i': {
        const module = this.line(), name = this.line();
        const cls = findClass(module, name, this.options.fixImports);
        this.push(instantiate(cls, this.popMark()));
        return;
      }
      case 'o': { const items = this.popMark(); this.push(instantiate(items[0], items.slice(1))); return; }
      case 'P': case 'Q': throw unpicklingError('A load persistent id instruction was encountered, but no persistent_load function was specified.');
      case '\x82': case '\x83': case '\x84': throw unpicklingError('pickle: the extension registry (EXT opcodes) is not supported by Gradbook');
    }
    throw unpicklingError(`invalid load key, '${printable(op)}'.`);
  }

  private append(target: PyValue, items: PyValue[]): void {
    if (target instanceof PyList && !subOf(target)) { target.items.push(...items); return; }
    const extend = getAttrOpt(target, 'extend');
    if (extend !== undefined && items.length > 1) { callValue(extend, [new PyList(items)], null); return; }
    for (const x of items) callMethod(target, 'append', [x], null);
  }

  private setItems(target: PyValue, items: PyValue[]): void {
    for (let i = 0; i + 1 < items.length; i += 2) setItem(target, items[i], items[i + 1]);
  }

  private build(st: PyValue): void {
    const obj = this.top();
    if (obj instanceof PendingArray) { this.replaceTop(obj, buildArray(st)); return; }
    if (obj instanceof PendingDtype) { obj.setstate(st); return; }
    const setstate = getAttrOpt(obj, '__setstate__');
    if (setstate !== undefined) { callValue(setstate, [st], null); return; }
    let dictState = st, slotState: PyValue = null;
    if (st instanceof PyTuple && st.items.length === 2) [dictState, slotState] = st.items;
    for (const part of [dictState, slotState]) {
      if (part instanceof PyDict) {
        const attrs = obj instanceof PyInstance ? obj.dict : subOf(obj)?.dict;
        for (const e of part.map.values()) {
          if (part === dictState && attrs) attrs.set(String(e.k), e.v);
          else setAttr(obj, String(e.k), e.v);
        }
      } else if (part !== null) throw unpicklingError('state is not a dictionary');
    }
  }

  /** An array's placeholder becomes the array, on the stack and in the memo. */
  private replaceTop(pending: PendingArray, value: PyValue): void {
    this.stack[this.stack.length - 1] = value;
    for (const [k, v] of this.memo) if (v === pending) this.memo.set(k, value);
  }
}

function newObject(cls: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (!(cls instanceof PyClass)) throw unpicklingError('NEWOBJ class argument isn\'t a type object');
  return callValue(getAttrOpt(cls, '__new__')!, [cls, ...args], kw);
}

/** INST/OBJ (protocols 0 and 1): calls the class unless it has no args and no __getinitargs__. */
function instantiate(cls: PyValue, args: PyValue[]): PyValue {
  if (cls instanceof PyClass && args.length === 0 && cls.lookup('__getinitargs__') === undefined) {
    return callValue(getAttrOpt(cls, '__new__')!, [cls], null);
  }
  return callValue(cls, args, null);
}

function intOf(s: string): PyValue {
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : normBig(BigInt(s));
}

/** Little-endian two's-complement bytes (LONG1/LONG4). */
function longOf(b: Uint8Array): PyValue {
  if (b.length === 0) return 0;
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  if (b[b.length - 1] & 0x80) v -= 1n << BigInt(8 * b.length);
  return normBig(v);
}

/** The body of a Python 2 repr'd str: \\x, \\n, \\t, \\\\, \\' escapes. */
function unescapeRepr(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[e] ?? '\\' + e;
  });
}

function rawUnicodeEscape(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a?: string, b?: string) => String.fromCodePoint(parseInt(a ?? b!, 16)));
}

function printable(op: string): string {
  const c = op.charCodeAt(0);
  return c >= 0x20 && c < 0x7f ? op : `\\x${c.toString(16).padStart(2, '0')}`;
}

void intFromFloat;
