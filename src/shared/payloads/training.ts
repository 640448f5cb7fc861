// `application/vnd.gradbook.training+json`: one in-place progress output. It is the worker's
// progress event (src/shared/protocol.ts TrainingProgress) plus the loss of the steps recorded
// since the loop began, so the monitor draws a live loss curve without another message.
import type { TrainingProgress } from '../protocol';

export interface LossHistory {
  /** Telemetry step numbers (downsampled to a bounded number of points). */
  steps: number[];
  loss: number[];
}

export interface TrainingPayload extends TrainingProgress {
  lossHistory?: LossHistory;
}
