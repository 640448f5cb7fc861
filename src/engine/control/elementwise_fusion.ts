// Element-wise fusion inside loop bodies (issue 15, wave 10). An LSTM cell's gate block
// (c' = σ(f + forget_bias)·c + σ(i)·tanh(j), h' = σ(o)·tanh(c'), and its gradient) is 10
// element-wise ops an iteration forward and 13 backward (with the AddN of c's two gradients),
// each a kernel call over [batch, units] that reads its operands back from memory: ~650 calls
// in the bench's 28-step training step. A fused step runs a run of
// such ops as one loop: per element it reads the operands once, evaluates each op's expression
// (the kernel's own, from the op tables) and keeps the value in a local, writing only the values
// something outside the run reads (later steps, the loop's next values, the values recorded
// for the gradient).
//
// The values are the same bits: each op's value is rounded to float32 with Math.fround where the
// kernel's store into its Float32Array output rounds it, and the next op reads that float32,
// as it would have read it back from the array. Only float32 operands of one shape (or of one
// element, a scalar like forget_bias) take the fused loop; anything else runs the ops' kernels
// one after the other inside the step (their errors named after the op that raised).
//
// The graph is unchanged (op names, graph view, get_operations); only the loop's executed plan
// groups steps. A value only the run reads is never stored, so its op's output buffer stays
// unwritten. Ops whose expression calls exp, tanh, log... keep their own loops (`CALLS` below):
// in the LSTM that leaves the gates' Sigmoid/Tanh as kernels and fuses the arithmetic between
// them and the whole backward block. `elementwiseFusionTuning.enabled` (env
// GRADBOOK_NO_LOOP_FUSION=1 turns it off) and `keepCalls` (GRADBOOK_FUSE_CALLS=1 fuses those
// too) apply to plans built from then on; tests compare the bits of all three.
import { NDArray } from '../ndarray';
import type { NumericArray } from '../dtypes';
import type { Operation } from '../graph/operation';
import type { KernelDef } from '../kernels/registry';
import type { RuntimeContext } from '../session/runtime';
import type { PlanStep } from '../session/plan';
import { KernelError, OpError } from '../errors';
import { fusableExpression, fusedLoop } from '../kernels/math/codegen';
import { ADDN, FusedWasm } from '../kernels/wasm/fused_wasm';
import type { StaticShape } from '../shape';

export const elementwiseFusionTuning = { enabled: !process.env.GRADBOOK_NO_LOOP_FUSION, keepCalls: !process.env.GRADBOOK_FUSE_CALLS };

/**
 * Expressions that call a C function per element (fdlibm's exp, tanh, log... and the helpers
 * built on them). They keep their own kernel loop: across such a call every live double is
 * spilled (x64 passes and clobbers all XMM registers), so a fused loop holding a dozen values
 * around five calls ran the LSTM's forward gate block slower than the ten separate loops
 * (367 vs 317 µs for [32,128]); the arithmetic runs between them still fuse.
 */
const CALLS = /\b(sigmoid|erfc?|Math\.(exp|expm1|log|log1p|log2|log10|tanh|sinh|cosh|pow|sin|cos|tan|atan|atan2|asin|acos|asinh|acosh|atanh|cbrt))\s*\(/;

/** Where a member's operand comes from: an input of the fused step (>= 0) or member ~k's value. */
type Source = number;

interface Member {
  op: Operation;
  kernel: KernelDef;
  expr: string;
  sources: Source[];
}

/** AddN's member expression: its kernel adds the inputs in order, each sum stored (rounded). */
const SUM = ADDN;

function fusableStep(step: PlanStep): string | undefined {
  const op = step.op;
  if (op.controlInputs.length || op.outputs.length !== 1 || step.outputSlots[0] < 0) return undefined;
  if (op.outputs[0].dtype !== 'float32') return undefined;
  if (op.type === 'AddN') return op.inputs.length >= 2 && op.inputs.length === step.inputSlots.length ? SUM : undefined;
  const e = fusableExpression(op.type);
  if (!e || op.inputs.length !== e.arity || e.arity !== step.inputSlots.length) return undefined;
  if (elementwiseFusionTuning.keepCalls && CALLS.test(e.expr)) return undefined;
  return e.expr;
}

/**
 * Rewrites `steps` (a frame plan in execution order) so that runs of fusable element-wise steps
 * become one step each. A run stays open across other steps that read none of its values and
 * neither write tensors nor have effects; those run first (pure ops, so the order among them and
 * the run does not matter). `fetchSlots` are the slots the frame's caller reads.
 */
export function fuseElementwise(steps: PlanStep[], fetchSlots: ReadonlySet<number>): PlanStep[] {
  if (!elementwiseFusionTuning.enabled) return steps;
  const readers = new Map<number, number[]>();
  steps.forEach((s, i) => s.inputSlots.forEach(slot => {
    let r = readers.get(slot);
    if (!r) readers.set(slot, (r = []));
    r.push(i);
  }));
  const out: PlanStep[] = [];
  let run: number[] = [];
  const runSlots = new Set<number>();
  let runShape: StaticShape = null;
  const close = () => {
    if (run.length >= 2) out.push(fusedStep(steps, run, readers, fetchSlots));
    else if (run.length === 1) out.push(steps[run[0]]);
    run = [];
    runSlots.clear();
  };
  steps.forEach((step, i) => {
    if (fusableStep(step) !== undefined) {
      // Values of different static shapes (a TensorArray's scalar flow beside a gradient) do not share a loop.
      const shape = step.op.outputs[0].shape;
      if (run.length && !compatible(runShape, shape)) close();
      if (!run.length) runShape = shape;
      run.push(i);
      runSlots.add(step.outputSlots[0]);
      return;
    }
    if (run.length) {
      const effects = step.kernel.stateful || (step.kernel.refInputs?.length ?? 0) > 0 || step.op.controlInputs.length > 0;
      if (effects || step.inputSlots.some(s => runSlots.has(s))) close();
    }
    out.push(step);
  });
  close();
  return out;
}

function compatible(a: StaticShape, b: StaticShape): boolean {
  if (a === null || b === null) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== null && b[i] !== null && a[i] !== b[i]) return false;
  return true;
}

function fusedStep(steps: PlanStep[], run: number[], readers: Map<number, number[]>, fetchSlots: ReadonlySet<number>): PlanStep {
  const inRun = new Set(run);
  const memberOf = new Map<number, number>();
  const inputSlots: number[] = [];
  const members: Member[] = run.map((i, m) => {
    const step = steps[i];
    const sources = Array.from(step.inputSlots, slot => {
      const k = memberOf.get(slot);
      if (k !== undefined) return ~k;
      let e = inputSlots.indexOf(slot);
      if (e < 0) { e = inputSlots.length; inputSlots.push(slot); }
      return e;
    });
    memberOf.set(step.outputSlots[0], m);
    return { op: step.op, kernel: step.kernel, expr: fusableStep(step)!, sources };
  });
  // Values something outside the run reads are stored; the rest live in locals only.
  const stored: number[] = [];
  run.forEach((i, m) => {
    const slot = steps[i].outputSlots[0];
    if (fetchSlots.has(slot) || (readers.get(slot) ?? []).some(r => !inRun.has(r))) stored.push(m);
  });
  const last = members[members.length - 1].op;
  return {
    op: last, kernel: fusedKernel(members, stored, inputSlots.length),
    inputSlots: Int32Array.from(inputSlots),
    outputSlots: Int32Array.from(stored.map(m => steps[run[m]].outputSlots[0])),
    args: new Array(inputSlots.length),
  };
}

/** How an input is read: the whole array ('a'), its one element ('s'), or a row along the last axis ('r'). */
type Form = 'a' | 's' | 'r';

/** The loop's source for the inputs' forms; with a row input the loop runs row by row. */
function loopSource(members: Member[], stored: number[], nInputs: number, forms: Form[]): string {
  const operand = (s: Source) => (s >= 0 ? `e${s}` : `v${~s}`);
  const head: string[] = [], body: string[] = [];
  for (let e = 0; e < nInputs; e++) head.push(forms[e] === 's' ? `const e${e} = ins[${e}][0];` : `const a${e} = ins[${e}];`);
  stored.forEach((m, k) => head.push(`const o${k} = outs[${k}];`));
  // Every input element is read before any output element is written.
  for (let e = 0; e < nInputs; e++) {
    if (forms[e] === 'a') body.push(`const e${e} = a${e}[i];`);
    else if (forms[e] === 'r') body.push(`const e${e} = a${e}[j];`);
  }
  members.forEach((m, k) => {
    if (m.expr === SUM) {
      const terms = m.sources.map(operand);
      let sum = `Math.fround(${terms[0]} + ${terms[1]})`;
      for (let t = 2; t < terms.length; t++) sum = `Math.fround(${sum} + ${terms[t]})`;
      body.push(`const v${k} = ${sum};`);
      return;
    }
    const [x, y] = m.sources.map(operand);
    body.push(`let v${k}; { const x = ${x}${y === undefined ? '' : `, y = ${y}`}; v${k} = Math.fround(${m.expr}); }`);
  });
  stored.forEach((m, k) => body.push(`o${k}[i] = v${m};`));
  const loop = forms.includes('r')
    ? `for (let r = 0; r < n; r += k) for (let j = 0; j < k; j++) { const i = r + j; ${body.join(' ')} }`
    : `for (let i = 0; i < n; i++) { ${body.join(' ')} }`;
  return `function fused(ins, outs, n, k) { ${head.join(' ')} ${loop} }`;
}

/** Whether v broadcasts to `shape` as one row along its last axis ([k], [1, k], ...). */
function isRow(v: NDArray, shape: readonly number[]): boolean {
  const r = v.rank, k = shape[shape.length - 1];
  return r >= 1 && r <= shape.length && v.shape[r - 1] === k && v.size === k;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function fusedKernel(members: Member[], stored: number[], nInputs: number): KernelDef {
  const loops = new Map<string, (ins: NumericArray[], outs: NumericArray[], n: number, k: number) => void>();
  const ins: NumericArray[] = new Array(nInputs);
  const outs: NumericArray[] = new Array(stored.length);
  const forms: Form[] = new Array(nInputs);
  const values: NDArray[] = new Array(members.length);
  // The same loop compiled to WebAssembly SIMD (kernels/wasm/fused_wasm.ts) where it can run.
  const wasm = new FusedWasm(members, stored);
  /** The ops' own kernels one after the other: what the unfused plan computes. */
  const unfused = (inputs: NDArray[], rt: RuntimeContext): NDArray[] => {
    for (let k = 0; k < members.length; k++) {
      const m = members[k];
      const args = m.sources.map(s => (s >= 0 ? inputs[s] : values[~s]));
      try {
        values[k] = m.kernel.compute(args, m.op, rt)[0];
      } catch (e) {
        if (e instanceof KernelError) throw new OpError(e.errorClass, e.message, m.op.name, m.op.type, m.op);
        throw e;
      }
    }
    const result = stored.map(k => values[k]);
    values.fill(undefined!);
    return result;
  };
  return {
    type: `Fused(${members.map(m => m.op.type).join(',')})`, family: 'math',
    infer: () => { throw new Error('internal: a fused loop step has no static rule'); },
    compute(inputs, _op, rt) {
      // The shape of the whole arrays; every input is one of them or a single element.
      let shape: readonly number[] | null = null, most = 1;
      for (const v of inputs) if (v.size > most) { shape = v.shape; most = v.size; }
      if (shape === null) return unfused(inputs, rt);
      let n = 1;
      for (const d of shape) n *= d;
      let key = '';
      for (let e = 0; e < nInputs; e++) {
        const v = inputs[e];
        const d = v.data;
        if (!(d instanceof Float32Array) || v.dtype !== 'float32' || d.length !== v.size) return unfused(inputs, rt);
        if (sameShape(v.shape, shape)) forms[e] = 'a';
        else if (v.size === 1 && v.rank <= shape.length) forms[e] = 's';
        else if (isRow(v, shape)) forms[e] = 'r';
        else return unfused(inputs, rt);
        key += forms[e];
      }
      // Each op must have a whole-array operand, or its value would not have the whole shape.
      // AddN's inputs must all have the whole shape (else its kernel raises).
      for (const m of members) {
        if (m.expr === SUM ? !m.sources.every(s => s < 0 || forms[s] === 'a') : !m.sources.some(s => s < 0 || forms[s] === 'a')) return unfused(inputs, rt);
      }
      let loop = loops.get(key);
      if (!loop) { loop = fusedLoop(loopSource(members, stored, nInputs, forms)); loops.set(key, loop); }
      const result: NDArray[] = new Array(stored.length);
      for (let k = 0; k < stored.length; k++) {
        const v = rt.output(members[stored[k]].op, 0, 'float32', shape);
        result[k] = v;
        outs[k] = v.data as NumericArray;
      }
      for (let e = 0; e < nInputs; e++) ins[e] = inputs[e].data as NumericArray;
      if (!wasm.run(key, ins as Float32Array[], outs as Float32Array[], n)) loop(ins, outs, n, shape[shape.length - 1]);
      ins.fill(undefined!);
      outs.fill(undefined!);
      return result;
    },
  };
}
