// tf.contrib: a module whose submodules come from one list. A submodule is either filled from
// TypeScript (tables, classes; functions bound elsewhere under `tf.contrib.<name>.*` land in the
// same module object) or written in Python (src/python/modules/tensorflow/contrib/<name>.py,
// bundled with the stdlib sources and loaded on first use). Every other package TF 1.15 shipped
// under tf.contrib is named in UNSUPPORTED_CONTRIB, so reaching it says so instead of failing
// later with an AttributeError deep inside a program.
import { PyModule } from '../../../objects/callables';
import { fillContribRnn } from '../rnn/module';

export type ContribSubmodule =
  /** The attribute under tf.contrib ('rnn' → tensorflow.contrib.rnn), filled from tables. */
  | { readonly name: string; readonly fill: (mod: PyModule, tf: PyModule) => void }
  /** A Python-source module `tensorflow.contrib.<name>`, imported when first reached. */
  | { readonly name: string; readonly python: true };

export const CONTRIB_SUBMODULES: readonly ContribSubmodule[] = [
  { name: 'rnn', fill: fillContribRnn },
  { name: 'seq2seq', fill: () => undefined },
  { name: 'legacy_seq2seq', fill: () => undefined },
  { name: 'layers', python: true },
  { name: 'framework', python: true },
  { name: 'learn', python: true },
  { name: 'estimator', python: true },
  { name: 'losses', python: true },
  { name: 'metrics', python: true },
];

/** The rest of TF 1.15's tf.contrib: importing or reaching any of them raises ImportError. */
export const UNSUPPORTED_CONTRIB: readonly string[] = [
  'all_reduce', 'autograph', 'batching', 'bayesflow', 'bigtable', 'boosted_trees', 'checkpoint', 'cloud',
  'cluster_resolver', 'coder', 'compiler', 'constrained_optimization', 'copy_graph', 'crf', 'cudnn_rnn', 'data',
  'decision_trees', 'deprecated', 'distribute', 'distributions', 'eager', 'factorization',
  'feature_column', 'ffmpeg', 'gan', 'graph_editor', 'grid_rnn', 'image', 'input_pipeline', 'integrate', 'keras',
  'kernel_methods', 'labeled_tensor', 'linear_optimizer', 'lookup', 'memory_stats',
  'mixed_precision', 'model_pruning', 'nccl', 'nn', 'opt', 'optimizer_v2', 'periodic_resample', 'predictor',
  'proto', 'quantization', 'quantize', 'rate', 'receptive_field', 'recurrent', 'reduce_slice_ops',
  'remote_fused_graph', 'resampler', 'rpc', 'saved_model', 'session_bundle', 'signal', 'slim', 'solvers',
  'sparsemax', 'specs', 'staging', 'stat_summarizer', 'stateless', 'summary', 'tensor_forest', 'tensorboard',
  'testing', 'text', 'tfprof', 'timeseries', 'tpu', 'training', 'util',
];

export const unsupportedContribText = (name: string) =>
  `tensorflow.contrib.${name} is not supported by Gradbook (supported tf.contrib packages: ${CONTRIB_SUBMODULES.map(s => s.name).join(', ')})`;

/** tf.contrib itself (created once, reused if a table already made it) and its submodules. */
export function contribModule(tf: PyModule): PyModule {
  const found = tf.dict.get('contrib');
  const contrib = found instanceof PyModule ? found : new PyModule('tensorflow.contrib');
  tf.set('contrib', contrib);
  return contrib;
}

export function installContrib(tf: PyModule): void {
  const contrib = contribModule(tf);
  for (const sub of CONTRIB_SUBMODULES) {
    if (!('fill' in sub)) continue;
    const found = contrib.dict.get(sub.name);
    const mod = found instanceof PyModule ? found : new PyModule(`tensorflow.contrib.${sub.name}`);
    contrib.set(sub.name, mod);
    sub.fill(mod, tf);
  }
}
