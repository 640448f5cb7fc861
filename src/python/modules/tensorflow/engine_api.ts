// The tf.* functions the engine's op definitions declare (their signatures and calls live beside
// the ops: src/engine/ops/**, listed by ops/index.ts), bound by the one binder. Results come back
// as Python objects through `out` (Tensors, Operations and Variables wrapped, lists as lists).
import type { PyModule } from '../../objects/callables';
import * as tf from '../../../engine';
import { installTable, TableEntry } from '../../bind';
import { out } from './define';

export function engineApiEntries(): TableEntry[] {
  return tf.apiFunctions().map(f => ({ signature: f.signature, aliases: f.aliases, body: (a: never) => out(f.call(a)) }));
}

/** Binds every engine-defined function into `tensorflow` and its submodules. */
export function installEngineApi(root: PyModule): void {
  installTable(root, engineApiEntries());
}
