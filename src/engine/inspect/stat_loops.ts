// The long loops of the statistics (array_stats.ts) and of telemetry's step norm (telemetry/stats.ts),
// written so V8 keeps them optimized whatever order of calls and array types they get.
//
// Two things went wrong when these loops lived in the public functions themselves:
// - OSR code compiled without feedback for the code after the loop. A first call on a long array
//   runs the loop in the interpreter until V8 compiles it on the stack (OSR), before the code after
//   the loop (`if (i < n)` for an odd element, the final sums) has ever run, so that code is
//   compiled as "insufficient type feedback" deopt exits. Node 20's V8 keeps that OSR code cached
//   for the loop after the deopt, and every later call entered it and deopted at the same exit:
//   ~1,300 deopts in 330 MLP steps, the loops running mostly in the interpreter, telemetry 58 %
//   of a standalone MLP step.
// - One loop met Float32Array, Float64Array and plain arrays (the views call `arrayStatistics`
//   with every dtype), making its element loads polymorphic.
// So each loop is a kernel over a range of whole lane groups, with its accumulators in a
// Float64Array (loaded before the loop, stored after it), compiled once per array type (float32,
// float64, anything else: each copy has its own feedback), and every call runs it first over a
// short prefix: the first call of each copy runs all of its code in the interpreter, so any code V8
// compiles later (OSR included) has feedback for everything after the loop. An odd element and
// the final arithmetic stay in the callers, which have no loop and are never compiled on the stack.
// Every element meets the same operations in the same order as one loop over the array, so the
// results are the same bits (test/engine/inspect/stat_loops.test.ts).

/** A loop over elements [from, to) in whole lane groups, reading and writing its accumulators in `acc`. */
export type RangeLoop = (x: ArrayLike<number>, from: number, to: number, acc: Float64Array) => void;
export type PairRangeLoop = (before: ArrayLike<number>, after: ArrayLike<number>, from: number, to: number, acc: Float64Array) => void;

interface ByType<T> { f32: T; f64: T; any: T }

/** Three separately compiled copies of one loop, named `<name>_f32` etc. (so profiles and --trace-deopt name them). */
function compileByType<T>(name: string, params: string[], body: string): ByType<T> {
  // eslint-disable-next-line no-new-func
  const make = (type: string) => new Function(`"use strict"; return function ${name}_${type}(${params.join(', ')}) {${body}\n};`)() as T;
  return { f32: make('f32'), f64: make('f64'), any: make('any') };
}

function pick<T>(loops: ByType<T>, x: ArrayLike<number>): T {
  return x instanceof Float32Array ? loops.f32 : x instanceof Float64Array ? loops.f64 : loops.any;
}

/** Elements run before the rest in every call (a multiple of every lane count). */
const PRIME = 64;

function runRange(loop: RangeLoop, x: ArrayLike<number>, end: number, acc: Float64Array): void {
  const p = end < PRIME ? end : PRIME;
  loop(x, 0, p, acc);
  if (p < end) loop(x, p, end, acc);
}

/**
 * `arrayStatistics`' pass: acc = [shift, d0, d1, q0, q1, s0, s1, z0, z1, min, max]; lanes of two
 * (even elements in the first lane, odd in the second).
 */
const fullLoops = compileByType<RangeLoop>('fullLoop', ['x', 'from', 'to', 'acc'], `
  const shift = acc[0];
  let d0 = acc[1], d1 = acc[2], q0 = acc[3], q1 = acc[4], s0 = acc[5], s1 = acc[6], z0 = acc[7], z1 = acc[8];
  let min = acc[9], max = acc[10];
  for (let i = from; i < to; i += 2) {
    const a = x[i], b = x[i + 1];
    const da = a - shift, db = b - shift;
    d0 += da; d1 += db;
    q0 += da * da; q1 += db * db;
    s0 += a * a; s1 += b * b;
    if (a === 0) z0++;
    if (b === 0) z1++;
    const lo = a < b ? a : b, hi = a > b ? a : b;
    if (lo < min) min = lo;
    if (hi > max) max = hi;
  }
  acc[1] = d0; acc[2] = d1; acc[3] = q0; acc[4] = q1; acc[5] = s0; acc[6] = s1; acc[7] = z0; acc[8] = z1;
  acc[9] = min; acc[10] = max;`);
const fullAcc = new Float64Array(11);

/** Runs the two-lane statistics pass over the first `end` (even) elements; returns its accumulators. */
export function fullPass(x: ArrayLike<number>, end: number, shift: number): Float64Array {
  const acc = fullAcc;
  acc.fill(0); acc[0] = shift; acc[9] = Infinity; acc[10] = -Infinity;
  runRange(pick(fullLoops, x), x, end, acc);
  return acc;
}

/** `gradientStatistics`' pass: acc = [shift, d0, d1, s0, s1, min, max], lanes of two. */
const gradientLoops = compileByType<RangeLoop>('gradientLoop', ['x', 'from', 'to', 'acc'], `
  const shift = acc[0];
  let d0 = acc[1], d1 = acc[2], s0 = acc[3], s1 = acc[4], min = acc[5], max = acc[6];
  for (let i = from; i < to; i += 2) {
    const a = x[i], b = x[i + 1];
    d0 += a - shift; d1 += b - shift;
    s0 += a * a; s1 += b * b;
    const lo = a < b ? a : b, hi = a > b ? a : b;
    if (lo < min) min = lo;
    if (hi > max) max = hi;
  }
  acc[1] = d0; acc[2] = d1; acc[3] = s0; acc[4] = s1; acc[5] = min; acc[6] = max;`);
const gradientAcc = new Float64Array(7);

export function gradientPass(x: ArrayLike<number>, end: number, shift: number): Float64Array {
  const acc = gradientAcc;
  acc.fill(0); acc[0] = shift; acc[5] = Infinity; acc[6] = -Infinity;
  runRange(pick(gradientLoops, x), x, end, acc);
  return acc;
}

/** `finiteNorm`'s sum of squares: acc = [s0, s1, s2, s3], lanes of four. */
const squareLoops = compileByType<RangeLoop>('squareLoop', ['x', 'from', 'to', 'acc'], `
  let s0 = acc[0], s1 = acc[1], s2 = acc[2], s3 = acc[3];
  for (let i = from; i < to; i += 4) {
    const a = x[i], b = x[i + 1], c = x[i + 2], d = x[i + 3];
    s0 += a * a; s1 += b * b; s2 += c * c; s3 += d * d;
  }
  acc[0] = s0; acc[1] = s1; acc[2] = s2; acc[3] = s3;`);
const squareAcc = new Float64Array(4);

export function squaresPass(x: ArrayLike<number>, end: number): Float64Array {
  const acc = squareAcc;
  acc.fill(0);
  runRange(pick(squareLoops, x), x, end, acc);
  return acc;
}

/** `differenceNorm`'s sums: acc = [s0, s1] of (after − before)², lanes of two. */
const differenceLoops = compileByType<PairRangeLoop>('differenceLoop', ['before', 'after', 'from', 'to', 'acc'], `
  let s0 = acc[0], s1 = acc[1];
  for (let i = from; i < to; i += 2) {
    const d0 = after[i] - before[i], d1 = after[i + 1] - before[i + 1];
    s0 += d0 * d0; s1 += d1 * d1;
  }
  acc[0] = s0; acc[1] = s1;`);
const differenceAcc = new Float64Array(2);

export function differencePass(before: ArrayLike<number>, after: ArrayLike<number>, end: number): Float64Array {
  const acc = differenceAcc;
  acc.fill(0);
  // One array type for both operands, or the shared copy.
  const loop = before.constructor === after.constructor ? pick(differenceLoops, after) : differenceLoops.any;
  const p = end < PRIME ? end : PRIME;
  loop(before, after, 0, p, acc);
  if (p < end) loop(before, after, p, end, acc);
  return acc;
}
