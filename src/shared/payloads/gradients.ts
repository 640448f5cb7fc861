// `application/vnd.gradbook.gradients+json`: what an optimizer did to each trainable variable.
// Built from the engine's training telemetry (statistics per recorded step) and the gradient
// values of the latest step (src/engine/inspect/gradient_capture.ts).
import type { EncodedValues } from './tensor';

export interface GradientLatest {
  /** The telemetry step (1-based count of optimizer steps in the session). */
  step: number;
  gradNorm: number;
  gradMean: number;
  gradMin: number;
  gradMax: number;
  gradNonFinite: number;
  updateNorm: number | null;
  /** ‖w‖₂ of the variable after the step. */
  weightNorm: number | null;
  /** updateNorm / weightNorm: ~1e-3 is the classic healthy order of magnitude. */
  updateRatio: number | null;
}

export interface GradientRow {
  /** Graph name of the variable (`Variable`, `dense/kernel`). */
  name: string;
  /** The Python global bound to it, when known (`w`). */
  alias?: string;
  shape: number[];
  dtype: string;
  /** Name of the gradient tensor (`gradients/MatMul_grad/MatMul_1:0`), null when None. */
  gradientTensor: string | null;
  latest: GradientLatest | null;
  /** Per point of `GradientsPayload.series.steps`; null where unknown. */
  gradNorm: (number | null)[];
  updateNorm: (number | null)[];
  /** The gradient of the latest recorded step, shaped like the variable. */
  gradient: { step: number; values: EncodedValues } | null;
}

export interface GradientsPayload {
  kind: 'gradients';
  version: 1;
  /** What was displayed: a train op, an optimizer, or compute_gradients' list of pairs. */
  source: 'trainOp' | 'optimizer' | 'pairs';
  title: string;
  optimizer: { name: string; type: string } | null;
  trainOp: string | null;
  totalSteps: number;
  learningRate: number | null;
  /** The recorded steps, downsampled to at most ~1000 points covering the whole session. */
  series: { steps: number[]; loss: (number | null)[] };
  rows: GradientRow[];
  /** compute_gradients' list as displayed: gradient tensor name (or null for None) → variable. */
  pairs: { gradient: string | null; variable: string }[];
}
