// What a training contender provides to the harness. The harness owns timing, batches and memory
// sampling; a contender only knows how to build the model, take one step and score it.
import type { BatchFeeder, Mnist } from '../workload';

export interface Trainer {
  /** One gradient-descent step on the batch currently in `feeder`'s buffers. */
  step(feeder: BatchFeeder): void;
  /** Weights back to zeros (after the warm-up), keeping compiled plans and caches. */
  reset(): void;
  /** Test-split accuracy of the current weights. */
  accuracy(data: Mnist): number;
  dispose?(): void;
}

export interface Contender {
  name: string;
  /** Short description printed under the table. */
  describe: string;
  /** Build the model; throw `Unavailable` when a dependency is missing or not written yet. */
  setup(data: Mnist): Promise<Trainer>;
  /** Extra facts for the report (backend flags, versions). */
  info?(): Record<string, unknown>;
}

/** The contender cannot run in this tree (yet); the message says why. */
export class Unavailable extends Error {
  override name = 'Unavailable';
}
