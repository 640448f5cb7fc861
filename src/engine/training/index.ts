// tf.train: the optimizers, learning-rate schedules and global-step helpers.
export { Optimizer, GATE_NONE, GATE_OP, GATE_GRAPH } from './optimizer';
export type { GradAndVar, GlobalStep, ComputeGradientsOptions, ApplyGradientsOptions, MinimizeOptions } from './optimizer';
export type { Hyperparameter } from './hyperparameters';
export { camelCase } from './options';
export { GradientDescentOptimizer } from './gradient_descent';
export { MomentumOptimizer } from './momentum';
export { AdamOptimizer } from './adam';
export { AdagradOptimizer } from './adagrad';
export { RMSPropOptimizer } from './rmsprop';
export { AdadeltaOptimizer } from './adadelta';
export { FtrlOptimizer } from './ftrl';
export { ProximalGradientDescentOptimizer, ProximalAdagradOptimizer } from './proximal';
export { getGlobalStep, createGlobalStep, getOrCreateGlobalStep, globalStep, assertGlobalStep } from './training_util';
export {
  exponentialDecay, naturalExpDecay, inverseTimeDecay, polynomialDecay, piecewiseConstant,
  cosineDecay, cosineDecayRestarts, linearCosineDecay,
} from './learning_rate_decay';
export { Saver, writeMetaGraphFile } from './saver';
export type { SaverOptions, SaveOptions } from './saver';
export { checkpointFilename, loadCheckpoint, listVariables, loadVariable, initFromCheckpoint } from './checkpoint_utils';
export type { AssignmentTarget } from './checkpoint_utils';
export { importMetaGraph, exportMetaGraph, readMetaGraphFile } from './meta_graph_io';
export {
  SavedModelBuilder, simpleSave, loadSavedModel, maybeSavedModelDirectory, metaGraphForTags, buildTensorInfo, buildSignatureDef,
  predictSignatureDef, regressionSignatureDef, classificationSignatureDef, tensorFromTensorInfo, TAG_CONSTANTS, SIGNATURE_CONSTANTS, SAVED_MODEL_CONSTANTS,
} from './saved_model';
export type { AddMetaGraphOptions, LoadOptions } from './saved_model';
