// What the graph view's *Check gradients* action shows: for a scalar loss and chosen variables,
// analytic gradients (tf.gradients of the loss) against central finite differences at the
// variables' current values, element by element, and whether the largest relative error is
// within the stated tolerance. Built by src/engine/inspect/loss_gradient_check.ts.

export interface GradientCheckRow {
  /** Graph name of the variable (`Variable`, `dense/kernel`). */
  variable: string;
  /** Row-major multi-index of the element ([] for a scalar variable). */
  index: number[];
  analytic: number;
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, floor): see `floor`. */
  relativeError: number;
}

export interface GradientCheckVariable {
  name: string;
  shape: number[];
  /** Elements the variable has, and how many of them were checked. */
  size: number;
  checked: number;
  /** How the checked elements were chosen (all, or the largest |gradient| plus random ones). */
  sampling: string;
  maxRelativeError: number;
}

export interface GradientCheckPayload {
  /** The loss tensor (`Mean:0`). */
  loss: string;
  /** The loss's value at the current variable values, in the check's precision. */
  lossValue: number;
  /** 'float64': the loss was rebuilt in double precision; 'float32' when the engine could not. */
  precision: 'float64' | 'float32';
  /** The finite-difference step h: numeric = (L(x + h) − L(x − h)) / 2h. */
  step: number;
  /** Denominator floor of the relative error, so 0 vs 1e-13 does not count as a 100 % error. */
  floor: number;
  tolerance: number;
  maxRelativeError: number;
  passed: boolean;
  /** Where the placeholders' values came from (`the last run that computed Mean:0 (run #2001): x, y`). */
  feedSource: string;
  variables: GradientCheckVariable[];
  rows: GradientCheckRow[];
  /** Anything the reader should know (a fallback to float32, a loss that depends on random ops). */
  notes: string[];
}

export function isGradientCheckPayload(x: unknown): x is GradientCheckPayload {
  const p = x as GradientCheckPayload | null;
  return !!p && typeof p === 'object' && typeof p.loss === 'string' && Array.isArray(p.rows) && Array.isArray(p.variables);
}
