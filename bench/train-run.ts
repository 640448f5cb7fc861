// Times one training contender on the shared batch plan: warm-up on the first batches, weights
// back to zero, then the timed steps in chunks, memory sampled between chunks, then test accuracy.
import { Contender, Unavailable } from './contenders/contender';
import { MemoryPeaks, median, now, MB } from './stats';
import { BatchFeeder, Mnist, WORKLOAD } from './workload';

export interface TrainingResult {
  name: string;
  describe: string;
  status: 'ok' | 'unavailable' | 'error';
  reason?: string;
  steps?: number;
  /** Median over chunks of (chunk time / chunk steps): the headline number. */
  msPerStepMedian?: number;
  /** Total timed time / steps. */
  msPerStepMean?: number;
  totalMs?: number;
  chunkMsPerStep?: number[];
  setupMs?: number;
  accuracy?: number;
  /** RSS after loading MNIST, before the contender was loaded. */
  baselineRssMB?: number;
  memory?: ReturnType<MemoryPeaks['report']>;
  info?: Record<string, unknown>;
  /** Median ms/step of every round the parent ran (the reported numbers are the fastest round's). */
  roundMedians?: number[];
}

export async function runTraining(contender: Contender, data: Mnist, plan: Int32Array): Promise<TrainingResult> {
  const head = { name: contender.name, describe: contender.describe };
  const memory = new MemoryPeaks();
  memory.sample();
  const baselineRssMB = Math.round((process.memoryUsage().rss / MB) * 10) / 10;
  const feeder = new BatchFeeder(data, plan, WORKLOAD.batchSize);
  const steps = feeder.steps;
  const chunk = Math.min(WORKLOAD.chunkSteps, steps);
  try {
    const setupStarted = now();
    const trainer = await contender.setup(data);
    const setupMs = now() - setupStarted;

    for (let s = 0; s < Math.min(WORKLOAD.warmupSteps, steps); s++) {
      feeder.fill(s);
      trainer.step(feeder);
    }
    trainer.reset();
    memory.sample();

    const chunkMsPerStep: number[] = [];
    let totalMs = 0;
    for (let start = 0; start < steps; start += chunk) {
      const end = Math.min(start + chunk, steps);
      const t0 = now();
      for (let s = start; s < end; s++) {
        feeder.fill(s);
        trainer.step(feeder);
      }
      const ms = now() - t0;
      totalMs += ms;
      chunkMsPerStep.push(ms / (end - start));
      memory.sample();
    }
    const accuracy = trainer.accuracy(data);
    memory.sample();
    const info = contender.info?.();
    trainer.dispose?.();
    return {
      ...head, status: 'ok', steps, msPerStepMedian: median(chunkMsPerStep), msPerStepMean: totalMs / steps,
      totalMs, chunkMsPerStep, setupMs, accuracy, baselineRssMB, memory: memory.report(), info,
    };
  } catch (e) {
    if (e instanceof Unavailable) return { ...head, status: 'unavailable', reason: e.message };
    return { ...head, status: 'error', reason: (e as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? String(e) };
  }
}
