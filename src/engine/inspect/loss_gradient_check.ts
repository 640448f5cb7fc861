// The graph view's *Check gradients*: a finite-difference check of a user's scalar loss with
// respect to chosen variables at their current values. The loss is copied into a graph of its own
// (loss_mirror.ts), in float64 when every op of it builds and runs in float64, else in float32.
// Analytic gradients come from tf.gradients of the copy (the same gradient rules, overrides
// included, that the user's optimizer builds); numeric ones from central differences
// (L(x + h) − L(x − h)) / 2h, one element at a time. The user's session is only read, never
// written: the copy's variables are placeholders fed with copies of the session's values.
import type { Tensor } from '../graph/tensor';
import { withDefaultGraph } from '../graph/default_graph';
import { NDArray } from '../ndarray';
import { Session } from '../session/session';
import { gradients } from '../gradients/gradients';
import { valueError } from '../errors';
import { formatShapeCpp } from '../shape';
import type { GradientCheckPayload, GradientCheckRow, GradientCheckVariable } from '../../shared/payloads/gradient_check';
import { mirrorDType, mirrorLoss, type LossMirror, type MirrorPrecision } from './loss_mirror';

export interface LossGradientCheckOptions {
  loss: Tensor;
  /** Variable op names (`Variable`, `dense/kernel`), in the order the table lists them. */
  variables: string[];
  /** The session's current value of a variable (by op name), undefined when uninitialized. */
  valueOf(variable: string): NDArray | undefined;
  /** Values for the placeholders the loss needs (see the caller for where they come from). */
  feeds: Map<Tensor, NDArray>;
  /** Said in the table: where the feeds came from. */
  feedSource: string;
  /** Elements checked per variable; bigger variables are sampled (default 20). */
  maxElements?: number;
  /** Forces a precision (tests); by default float64, falling back to float32. */
  precision?: MirrorPrecision;
}

/**
 * Per precision: the step, relative to max(1, |x|), near the cube root of the machine epsilon
 * (where truncation and rounding errors of central differences balance); the floor of the
 * relative error's denominator, below which a gradient counts as zero; and the tolerance.
 */
export const CHECK_SETTINGS = {
  float64: { step: 1e-6, floor: 1e-7, tolerance: 1e-3 },
  float32: { step: 1e-3, floor: 1e-3, tolerance: 5e-2 },
} as const;

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Row-major multi-index of a flat position. */
function multiIndex(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) { index[d] = flat % shape[d]; flat = Math.floor(flat / shape[d]); }
  return index;
}

/** A small seeded generator (mulberry32): the same check samples the same elements. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Which elements to check: all when few; else the half with the largest |analytic gradient| (where
 * a wrong rule shows most) and the other half uniformly among the rest (so zeros are seen too).
 */
function sampleElements(gradient: ArrayLike<number>, max: number): { positions: number[]; sampling: string } {
  const n = gradient.length;
  if (n <= max) return { positions: Array.from({ length: n }, (_, i) => i), sampling: 'all elements' };
  const largest = Math.ceil(max / 2);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.abs(gradient[b]) - Math.abs(gradient[a]) || a - b);
  const chosen = order.slice(0, largest);
  const rest = order.slice(largest);
  const random = seededRandom(n);
  for (let k = 0; k < max - largest && rest.length; k++) chosen.push(rest.splice(Math.floor(random() * rest.length), 1)[0]);
  return { positions: chosen.sort((a, b) => a - b), sampling: `${largest} largest |gradient| and ${max - largest} random of ${n} elements` };
}

interface Evaluator {
  mirror: LossMirror;
  session: Session;
  base: Map<Tensor, NDArray>;
  run(overrides?: Map<Tensor, NDArray>): number;
}

function evaluator(o: LossGradientCheckOptions, precision: MirrorPrecision): Evaluator {
  const mirror = mirrorLoss(o.loss, [...o.feeds.keys()], precision);
  const base = new Map<Tensor, NDArray>();
  for (const [t, p] of mirror.feeds) base.set(p, o.feeds.get(t)!.astype(p.dtype));
  for (const [name, p] of mirror.variables) {
    const value = o.valueOf(name);
    if (!value) throw valueError(`Check gradients: variable '${name}' has no value in the session: run its initializer first`);
    base.set(p, value.astype(mirrorDType(value.dtype, precision)));
  }
  const session = new Session({ graph: mirror.graph, observed: false });
  const run = (overrides?: Map<Tensor, NDArray>) => {
    const feeds = overrides ? new Map([...base, ...overrides]) : base;
    return Number((session.run(mirror.loss, [...feeds]) as NDArray).numeric[0]);
  };
  return { mirror, session, base, run };
}

export function checkLossGradients(o: LossGradientCheckOptions): GradientCheckPayload {
  const { loss } = o;
  if (!loss.dtype.startsWith('float')) throw valueError(`Check gradients needs a float loss; ${loss.name} is ${loss.dtype}`);
  if (loss.shape === null || loss.shape.length !== 0) throw valueError(`Check gradients needs a scalar loss; ${loss.name} has shape ${formatShapeCpp(loss.shape)}`);
  if (!o.variables.length) throw valueError('Check gradients: choose at least one variable');
  const notes: string[] = [];
  let ev: Evaluator, lossValue: number;
  const tryPrecision = (p: MirrorPrecision) => { const e = evaluator(o, p); return { e, value: e.run() }; };
  if (o.precision) ({ e: ev, value: lossValue } = tryPrecision(o.precision));
  else {
    try {
      ({ e: ev, value: lossValue } = tryPrecision('float64'));
    } catch (wide) {
      // An op without a float64 kernel or dtype rule: the float32 copy is what the engine can do.
      ({ e: ev, value: lossValue } = tryPrecision('float32'));
      notes.push(`float64 was not possible (${(wide as Error).message}); checked in float32 with a larger step and tolerance`);
    }
  }
  try {
    return runCheck(o, ev, lossValue, notes);
  } finally {
    ev.session.close();
  }
}

function runCheck(o: LossGradientCheckOptions, ev: Evaluator, lossValue: number, notes: string[]): GradientCheckPayload {
  const { mirror, base } = ev;
  const precision = mirror.precision;
  const settings = CHECK_SETTINGS[precision];
  const targets = o.variables.map((name) => {
    const p = mirror.variables.get(name);
    if (!p) throw valueError(`Check gradients: ${o.loss.name} does not depend on variable '${name}'`);
    return { name, placeholder: p };
  });
  if (mirror.stateful.length && ev.run() !== lossValue) {
    notes.push(`the loss changed between two runs at the same values (it depends on ${mirror.stateful.map(op => `${op.name} (${op.type})`).join(', ')}): the numeric gradients are not meaningful`);
  }
  const grads = withDefaultGraph(mirror.graph, () => gradients(mirror.loss, targets.map(t => t.placeholder)));
  const fetched = grads.filter((g): g is Tensor => g !== null);
  const values = fetched.length ? (ev.session.run(fetched, [...base]) as NDArray[]) : [];
  const max = o.maxElements ?? 20;
  const rows: GradientCheckRow[] = [];
  const variables: GradientCheckVariable[] = targets.map(({ name, placeholder }, k) => {
    const x = base.get(placeholder)!;
    const g = grads[k] === null ? null : values[fetched.indexOf(grads[k]!)];
    // No gradient (None) means tf.gradients thinks the loss does not depend on it: zeros, which
    // the differences then confirm or refute.
    const analytic = g ? g.numeric : new Float64Array(x.size);
    if (grads[k] === null) notes.push(`tf.gradients gave no gradient (None) for ${name}: compared as zeros`);
    const { positions, sampling } = sampleElements(analytic as ArrayLike<number>, max);
    const moved = x.clone();
    let worst = 0;
    for (const i of positions) {
      const x0 = Number(x.numeric[i]);
      const h = settings.step * Math.max(1, Math.abs(x0));
      // The difference of the stored values, not 2h: in float32, x0 ± h is rounded.
      moved.numeric[i] = x0 + h; const xUp = Number(moved.numeric[i]);
      const up = ev.run(new Map([[placeholder, moved]]));
      moved.numeric[i] = x0 - h; const xDown = Number(moved.numeric[i]);
      const down = ev.run(new Map([[placeholder, moved]]));
      moved.numeric[i] = x.numeric[i];
      const numeric = (up - down) / (xUp - xDown);
      const a = Number(analytic[i]);
      const relativeError = Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), settings.floor);
      worst = Math.max(worst, Number.isNaN(relativeError) ? Infinity : relativeError);
      rows.push({ variable: name, index: multiIndex(i, x.shape), analytic: a, numeric, relativeError });
    }
    return { name, shape: x.shape.slice(), size: x.size, checked: positions.length, sampling, maxRelativeError: worst };
  });
  const maxRelativeError = Math.max(0, ...variables.map(v => v.maxRelativeError));
  return {
    loss: o.loss.name, lossValue, precision, step: settings.step, floor: settings.floor, tolerance: settings.tolerance,
    maxRelativeError, passed: maxRelativeError <= settings.tolerance, feedSource: o.feedSource, variables, rows, notes,
  };
}
