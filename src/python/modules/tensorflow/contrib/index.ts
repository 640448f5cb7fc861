// tf.contrib: a module whose submodules come from one list. A submodule is a name and a function
// that fills it (tables, classes); functions bound elsewhere under `tf.contrib.<name>.*` (engine
// signature tables, aliases) land in the same module object. Adding tf.contrib.layers is one
// entry here plus its file.
import { PyModule } from '../../../objects/callables';
import { fillContribRnn } from '../rnn/module';

export interface ContribSubmodule {
  /** The attribute under tf.contrib ('rnn' → tensorflow.contrib.rnn). */
  readonly name: string;
  readonly fill: (mod: PyModule, tf: PyModule) => void;
}

export const CONTRIB_SUBMODULES: readonly ContribSubmodule[] = [
  { name: 'rnn', fill: fillContribRnn },
  { name: 'seq2seq', fill: () => undefined },
  { name: 'legacy_seq2seq', fill: () => undefined },
];

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
    const found = contrib.dict.get(sub.name);
    const mod = found instanceof PyModule ? found : new PyModule(`tensorflow.contrib.${sub.name}`);
    contrib.set(sub.name, mod);
    sub.fill(mod, tf);
  }
}
