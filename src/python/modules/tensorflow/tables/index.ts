// The tf tables bound on the Python side (functions that are not op builders: graph helpers,
// variables, sessions, tf.train, checkpoints, tf.gfile). module.ts installs them after the
// engine's op builders; the catalog lists them in docs/API.md.
import type { TableEntry } from '../../../bind';
import { CONTROL_TABLE } from './control';

export const PYTHON_SIDE_TABLES: readonly (readonly TableEntry[])[] = [CONTROL_TABLE];

/** Every Python-side tf signature (functions, constructors, methods) for docs/API.md. */
export function pythonSideCatalog(): { signature: import('../../../../engine').Signature; aliases?: readonly string[] }[] {
  return [...PYTHON_SIDE_TABLES.flat()];
}
