// The tf tables bound on the Python side (functions that are not op builders: graph helpers,
// variables, sessions, tf.train, checkpoints, tf.gfile). module.ts installs them after the
// engine's op builders; the catalog lists them, with the classes' constructors and methods, in
// docs/API.md.
import type { PyModule } from '../../../objects/callables';
import type { Signature } from '../../../../engine';
import { installTable, TableEntry } from '../../../bind';
import { CONTROL_TABLE } from './control';
import { SESSION_TABLE, SESSION_SIGNATURES, installSessionClasses } from './session';
import { GRAPH_IO_TABLE, GRAPH_IO_SIGNATURES, GRAPH_DEF_CONSTRUCTOR } from './graph_io';
import { TRAIN_TABLE } from './train';
import { installOptimizers, OPTIMIZER_SIGNATURES } from './train_optimizers';
import { VARIABLES_TABLE, VARIABLE_SIGNATURES, installVariableClasses } from './variables';
import { installInitializers, INITIALIZER_SIGNATURES } from './initializers';
import { variableClass } from '../tensor_object';
import { hostClass } from '../../../host';
import { SAVER_TABLE, SAVER_SIGNATURES, installSaverClass } from './saver';
import { CHECKPOINT_TABLE, CHECKPOINT_SIGNATURES } from './checkpoints';
import { GFILE_TABLE, GFILE_SIGNATURES, installGFile } from './gfile';
import { MISC_TABLE } from './misc';
import { PY_FUNC_TABLE } from './py_func';
import { SPARSE_TABLE } from '../sparse/table';
import { COMPAT_TABLE } from './compat';
import { installConfigMessages } from './config';
import { DEBUG_TABLE, installDebugHooks } from './debug';
import { ASSERT_SHAPES_TABLE } from './assert_shapes';
import { SAVED_MODEL_TABLE, SAVED_MODEL_SIGNATURES, installSavedModel } from './saved_model';
import { GRADIENTS_TABLE } from '../fns_core';
import { REDUCTION_METHODS } from '../losses_reduction';
import { shapeMethodSignatures } from '../shape_object';
import { tensorMethodSignatures } from '../tensor_object';
import { sparseMethodSignatures } from '../sparse/sparse_tensor_object';
import { inputDataSignatures } from '../../input_data';

export const PYTHON_SIDE_TABLES: readonly (readonly TableEntry[])[] = [CONTROL_TABLE, SESSION_TABLE, VARIABLES_TABLE, GRAPH_IO_TABLE, TRAIN_TABLE, SAVER_TABLE, CHECKPOINT_TABLE, GFILE_TABLE, MISC_TABLE, PY_FUNC_TABLE, DEBUG_TABLE, ASSERT_SHAPES_TABLE, COMPAT_TABLE, SPARSE_TABLE, SAVED_MODEL_TABLE];

/** Installs every Python-side table and class into `tf` (after the engine's op builders). */
export function installPythonSide(tf: PyModule): void {
  installDebugHooks();
  for (const table of PYTHON_SIDE_TABLES) installTable(tf, table);
  installSessionClasses(tf);
  installConfigMessages(tf);
  installVariableClasses(tf, variableClass);
  installInitializers(tf);
  const graphDef = hostClass('GraphDef', 'tensorflow');
  graphDef.nativeNew = (_c, args, kw) => GRAPH_DEF_CONSTRUCTOR.construct(args, kw);
  tf.set('GraphDef', graphDef);
  installOptimizers(tf.dict.get('train') as PyModule);
  installSaverClass(tf.dict.get('train') as PyModule);
  installGFile(tf);
  installSavedModel(tf);
}

/** Every Python-side tf signature (functions, constructors, methods) for docs/API.md. */
export function pythonSideCatalog(): { signature: Signature; aliases?: readonly string[] }[] {
  return [
    ...PYTHON_SIDE_TABLES.flat(), ...GRADIENTS_TABLE, ...REDUCTION_METHODS,
    ...[...SESSION_SIGNATURES, ...VARIABLE_SIGNATURES, ...INITIALIZER_SIGNATURES, ...GRAPH_IO_SIGNATURES, ...OPTIMIZER_SIGNATURES, ...SAVER_SIGNATURES, ...SAVED_MODEL_SIGNATURES, ...CHECKPOINT_SIGNATURES, ...GFILE_SIGNATURES,
      ...tensorMethodSignatures(), ...shapeMethodSignatures(), ...sparseMethodSignatures(), ...inputDataSignatures()].map(signature => ({ signature })),
  ];
}
