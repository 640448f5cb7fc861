// Loop-body fusion's loops (control/elementwise_fusion.ts) compiled to WebAssembly SIMD at run
// time (issue 15, wave 16). A fused step evaluates, per element, each member op's own expression
// and rounds its value to float32 (Math.fround) where the op's kernel would store it; the JS loop
// doing that stores float32 one element at a time, which on this machine costs more than the
// arithmetic (docs/ENGINE.md 12, wave 14). Here each member's expression becomes f64x2 code: the
// same double operations in the same order (JS evaluates `x * y * (1 - x)` as doubles, left to
// right, and so does this), each value rounded with f32x4.demote (round to nearest even, as
// Math.fround) and widened back, two elements at a time; stored values go out as float32 pairs.
// The module imports the kernel memory of the local (unshared) kernel module; operands are
// copied in and out as for the other one-call kernels (kernels/wasm/operands.ts).
//
// Only expressions of `x`, `y`, number literals, + - * / and parentheses (the arithmetic and
// *Grad rows: Mul, Add, Sub, RealDiv, SigmoidGrad, TanhGrad...) and AddN compile; a member with
// anything else (a call, a comparison) leaves the step to the JS loop, as do row operands, odd
// lengths and short arrays.
import { copyOut, OperandScratch } from './operands';
import { localKernels, type WasmKernels } from './module';

/** Switches for tests and A/B benchmarks (env GRADBOOK_NO_WASM_FUSION=1 turns it off). */
export const fusedWasmTuning = { enabled: !process.env.GRADBOOK_NO_WASM_FUSION, minElements: 256 };
/** Fused steps that ran here, and loops compiled (tests check the path ran). */
export const fusedWasmStats = { calls: 0, compiled: 0 };

/** A member of a fused run: its expression (AddN: the sum of its sources in order) and where its operands come from. */
export interface FusedMember { expr: string; sources: readonly number[] }
export const ADDN = 'AddN';

type Node = { k: 'x' | 'y' } | { k: 'num'; v: number } | { k: 'op'; op: '+' | '-' | '*' | '/'; a: Node; b: Node };

/** JS expression grammar for the subset: additive ← multiplicative ← primary, left-associative. */
export function parseArithmetic(src: string): Node | null {
  const tokens = src.match(/\s*(\d+\.?\d*(?:e[+-]?\d+)?|[xy]|[-+*/()])\s*/gy);
  if (!tokens || tokens.join('').length !== src.length) return null;
  const t = tokens.map(s => s.trim());
  let p = 0;
  const primary = (): Node | null => {
    const s = t[p++];
    if (s === 'x' || s === 'y') return { k: s };
    if (s === '(') { const e = additive(); return e && t[p++] === ')' ? e : null; }
    if (s !== undefined && /^\d/.test(s)) return { k: 'num', v: Number(s) };
    return null;
  };
  // Unary minus is left to JS (V8 may negate a NaN by a multiply, keeping its sign, where f64x2.neg flips it).
  const unary = (): Node | null => (t[p] === '-' ? null : primary());
  const binary = (next: () => Node | null, ops: string[]) => (): Node | null => {
    let a = next();
    while (a && ops.includes(t[p])) { const op = t[p++] as '+' | '-' | '*' | '/'; const b = next(); a = b && { k: 'op', op, a, b }; }
    return a;
  };
  const multiplicative = binary(unary, ['*', '/']);
  const additive = binary(multiplicative, ['+', '-']);
  const e = additive();
  return e && p === t.length ? e : null;
}

// ---- the binary encoding (only what these loops use)
const uleb = (v: number): number[] => { const o: number[] = []; do { let b = v & 0x7f; v >>>= 7; if (v) b |= 0x80; o.push(b); } while (v); return o; };
const sleb = (v: number): number[] => { const o: number[] = []; for (;;) { const b = v & 0x7f; v >>= 7; if ((v === 0 && !(b & 0x40)) || (v === -1 && (b & 0x40))) { o.push(b); return o; } o.push(b | 0x80); } };
const f64 = (v: number): number[] => Array.from(new Uint8Array(new Float64Array([v]).buffer));
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, c => c.charCodeAt(0))];
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const I32 = 0x7f, V128 = 0x7b;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21;
const F64X2 = { add: 240, sub: 241, mul: 242, div: 243, splat: 20 };
const DEMOTE = 94, PROMOTE = 95, LOAD64_ZERO = 93, STORE64_LANE = 91;

/**
 * The module for one fused run and one operand layout (every input whole, 'a', or one element,
 * 's'): `fused(in0, ..., out0, ..., n)`, byte pointers, n even. Null when a member does not compile.
 */
export function fusedModuleBytes(members: readonly FusedMember[], stored: readonly number[], forms: readonly ('a' | 's')[]): Uint8Array<ArrayBuffer> | null {
  const trees: (Node | null)[] = members.map(m => (m.expr === ADDN ? null : parseArithmetic(m.expr)));
  if (members.some((m, k) => m.expr !== ADDN && trees[k] === null)) return null;
  const nIn = forms.length, nOut = stored.length;
  const nParams = nIn + nOut + 1, N = nIn + nOut;
  // locals after the params: i, off, then one v128 per input and per member
  const I = nParams, OFF = nParams + 1, E0 = nParams + 2, V0 = E0 + nIn;
  const code: number[] = [];
  const get = (l: number) => code.push(LOCAL_GET, ...uleb(l));
  const set = (l: number) => code.push(LOCAL_SET, ...uleb(l));
  // Scalars: splat once, before the loop (a float32 widened is exact).
  forms.forEach((f, e) => {
    if (f !== 's') return;
    get(e); code.push(0x2a, 2, 0, 0xbb); // f32.load align=4 offset 0; f64.promote_f32
    code.push(...simd(F64X2.splat)); set(E0 + e);
  });
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  get(I); get(N); code.push(0x4f, 0x0d, 1); // i >= n: br_if 1
  get(I); code.push(0x41, 2, 0x74); set(OFF); // off = i << 2
  forms.forEach((f, e) => {
    if (f !== 'a') return;
    get(e); get(OFF); code.push(0x6a, ...simd(LOAD64_ZERO), 3, 0, ...simd(PROMOTE)); set(E0 + e);
  });
  const operand = (s: number) => get(s >= 0 ? E0 + s : V0 + ~s);
  const emit = (node: Node, src: readonly number[]): void => {
    switch (node.k) {
      case 'x': operand(src[0]); return;
      case 'y': operand(src[1]); return;
      case 'num': code.push(0x44, ...f64(node.v), ...simd(F64X2.splat)); return;
      case 'op': emit(node.a, src); emit(node.b, src); code.push(...simd({ '+': F64X2.add, '-': F64X2.sub, '*': F64X2.mul, '/': F64X2.div }[node.op])); return;
    }
  };
  const round = () => code.push(...simd(DEMOTE), ...simd(PROMOTE));
  members.forEach((m, k) => {
    if (m.expr === ADDN) {
      operand(m.sources[0]);
      for (let t = 1; t < m.sources.length; t++) { operand(m.sources[t]); code.push(...simd(F64X2.add)); round(); }
    } else {
      emit(trees[k]!, m.sources); round();
    }
    set(V0 + k);
  });
  stored.forEach((m, k) => {
    get(nIn + k); get(OFF); code.push(0x6a);
    get(V0 + m); code.push(...simd(DEMOTE), ...simd(STORE64_LANE), 3, 0, 0);
  });
  get(I); code.push(0x41, 2, 0x6a); set(I); // i += 2
  code.push(0x0c, 0, 0x0b, 0x0b); // br 0; end loop; end block
  code.push(0x0b);
  const body = [...vec([[2, I32], [...uleb(nIn + members.length), V128]]), ...code];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec(Array.from({ length: nParams }, () => [I32])), 0]])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('fused'), 0x00, 0]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ];
  return new Uint8Array(bytes);
}

type Fn = (...args: number[]) => void;

/** A fused run's WebAssembly loops, one per operand layout, instantiated over the local kernel memory. */
export class FusedWasm {
  private readonly fns = new Map<string, Fn | null>();
  private memory: WebAssembly.Memory | null = null;
  private readonly scratch = new OperandScratch();
  private readonly at: number[] = [];
  private readonly arrays: Float32Array[] = [];
  private readonly copyIn: boolean[] = [];

  constructor(private readonly members: readonly FusedMember[], private readonly stored: readonly number[]) {}

  /** Runs the loop over ins into outs (n elements); false (nothing written) when it cannot run here. */
  run(key: string, ins: readonly Float32Array[], outs: readonly Float32Array[], n: number): boolean {
    if (!fusedWasmTuning.enabled || n < fusedWasmTuning.minElements || (n & 1) !== 0 || key.includes('r')) return false;
    const k = localKernels();
    if (k === null || k.arena.shared) return false;
    const fn = this.loop(k, key);
    if (fn === null) return false;
    const arrays = this.arrays, copyIn = this.copyIn;
    arrays.length = 0; copyIn.length = 0;
    for (const a of ins) { arrays.push(a); copyIn.push(true); }
    for (const a of outs) { if (a.length !== n) return false; arrays.push(a); copyIn.push(false); }
    const at = this.scratch.place(k, arrays, copyIn);
    if (at === null) return false;
    at.push(n);
    fn(...at);
    for (let j = 0; j < outs.length; j++) copyOut(k, outs[j], at[ins.length + j]);
    arrays.length = 0;
    fusedWasmStats.calls++;
    return true;
  }

  private loop(k: WasmKernels, key: string): Fn | null {
    if (this.memory !== k.exports.memory) { this.memory = k.exports.memory; this.fns.clear(); }
    let fn = this.fns.get(key);
    if (fn === undefined) {
      fn = null;
      const bytes = fusedModuleBytes(this.members, this.stored, key.split('') as ('a' | 's')[]);
      if (bytes !== null) {
        try {
          const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: k.exports.memory } });
          fn = instance.exports.fused as Fn;
          fusedWasmStats.compiled++;
        } catch {
          fn = null;
        }
      }
      this.fns.set(key, fn);
    }
    return fn;
  }
}
