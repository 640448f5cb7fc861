// The two training steps the step benches loop over (bench/step_overhead.ts, bench/stats_simd_ab.ts,
// bench/peer-gradbook.ts): the seed softmax step (batch 100, SGD 0.5) and the MLP step
// (784-256-256-10, Adam, batch 128), both fed the bundled digits of bench/digit_inputs.ts.
import * as tf from '../src/engine';
import { buildSeedGraph, resolveSeedApi } from './contenders/engine-api';
import { mlpGraph } from './mlp_graph';
import { digitInputs } from './digit_inputs';

/** The seed graph (naive cross-entropy, SGD 0.5), batch 100: one call is one training step. */
export function softmaxStep(): () => void {
  const g = buildSeedGraph(resolveSeedApi(tf as unknown as Record<string, never>), 0.5);
  const sess = new tf.Session();
  sess.run(g.init as tf.Operation);
  const { x, y } = digitInputs(100);
  const feeds = [[g.x, x], [g.y, y]] as never;
  return () => { sess.run(g.train as tf.Operation, feeds); };
}

/** 784-256-256-10 with ReLU, softmax cross-entropy with logits, Adam 1e-3, batch 128. */
export function mlpStep(): () => void {
  const { x, y, train, sess } = mlpGraph();
  const d = digitInputs(128);
  const feeds = [[x, d.x], [y, d.y]] as never;
  return () => { sess.run(train, feeds); };
}

export const stepOf = (workload: string): (() => void) => (workload === 'softmax' ? softmaxStep() : mlpStep());
