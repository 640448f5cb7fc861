// The training monitor's payload: the worker's progress event plus the loss of the optimizer
// steps recorded since the loop began (the kernel's Inspection keeps them), so the progress
// output draws a live loss curve. The worker sends `withLossHistory(p, losses)` instead of `p`.
import type { LossHistory } from '../../engine';
import type { TrainingProgress } from '../../shared/protocol';
import type { TrainingPayload } from '../../shared/payloads/training';

/** Points per payload: the output is replaced up to 10 times a second. */
const maxPoints = 300;

export function withLossHistory(p: TrainingProgress, history: LossHistory, now = Date.now()): TrainingPayload {
  const loopStart = now - p.elapsedSeconds * 1000;
  history.dropBefore(loopStart);
  const points = history.since(loopStart);
  const stride = Math.ceil(points.length / maxPoints) || 1;
  const kept = points.filter((_, i) => i % stride === 0 || i === points.length - 1);
  const lastLoss = p.lastLoss ?? points[points.length - 1]?.loss;
  return {
    ...p,
    ...(lastLoss !== undefined ? { lastLoss } : {}),
    ...(kept.length ? { lossHistory: { steps: kept.map((q) => q.step), loss: kept.map((q) => q.loss) } } : {}),
  };
}
