// TF1's random seeds (random_seed.py get_seed): a graph-level seed (tf.set_random_seed) and an op
// seed. Graph seed set: (graph seed, op seed or the graph's last op id). Only an op seed:
// (DEFAULT_GRAPH_SEED, op seed). Neither: (0, 0), which the kernels read as "fresh entropy". Seeds
// are taken modulo 2^31 − 1, and (0, 0) from explicit seeds becomes (0, 2^31 − 1) so that it stays
// deterministic.
import { getDefaultGraph } from '../../graph/default_graph';
import { defineApi } from '../../api/api_function';
import type { OpGroup } from '../op_def';

export const DEFAULT_GRAPH_SEED = 87654321;
const MAXINT32 = 2 ** 31 - 1;
const truncate = (s: number) => ((s % MAXINT32) + MAXINT32) % MAXINT32;

export function setRandomSeed(seed: number | null): void { getDefaultGraph().seed = seed; }

/** random_seed.get_seed: (graph seed, op seed) → the seed and seed2 attrs of a random op. */
export function getSeed(opSeed?: number | null): [number, number] {
  const g = getDefaultGraph();
  let seeds: [number, number];
  if (g.seed !== null) seeds = [truncate(g.seed), truncate(opSeed ?? g.operationCount)];
  else if (opSeed !== undefined && opSeed !== null) seeds = [DEFAULT_GRAPH_SEED, truncate(opSeed)];
  else return [0, 0];
  return seeds[0] === 0 && seeds[1] === 0 ? [0, MAXINT32] : seeds;
}

export const SEED: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.set_random_seed', doc: 'Sets the graph-level random seed for the default graph.',
    params: [{ name: 'seed', type: 'int', doc: 'None clears it' }],
  }, a => { setRandomSeed(a.seed); return null; }, ['tf.random.set_random_seed'])],
};
