// The engine's public API, shaped like TF1's `tf` module so TypeScript programs read like the
// Python they mirror. Importing it registers every op once, from the explicit list in ops/index.ts
// (no module registers anything as a side effect of being imported).
import { OP_GROUPS } from './ops/index';
import { registerOps } from './ops/op_def';
import { registerOpSpecs } from './formats/graph/op_defs/op_spec';
import { SAVER_OP_SPECS } from './formats/graph/op_defs/state';

registerOps(OP_GROUPS);
// TF's OpDefs of the ops Gradbook writes into graphs but has no definition for (the Saver's SaveV2
// and RestoreV2), for GraphDef and MetaGraphDef export and import.
registerOpSpecs(SAVER_OP_SPECS);

export { NDArray } from './ndarray';
export type { DType } from './dtypes';
export { ALL_DTYPES } from './dtypes';
export { Graph } from './graph/graph';
export { Operation } from './graph/operation';
export { Tensor } from './graph/tensor';
export { SparseTensor } from './graph/sparse_tensor';
export { sparseToDense } from './ops/array/sparse_to_dense';
export { sparseDenseCwiseDiv, sparseDenseCwiseMul } from './ops/sparse/cwise';
export { GraphKeys } from './graph/graph_keys';
export { getDefaultGraph, resetDefaultGraph, withDefaultGraph, pushDefaultGraph } from './graph/default_graph';
export { Session, InteractiveSession, getDefaultSession, evalTensor, runOperation, addRunObserver } from './session/session';
export { setInterruptCheck } from './session/interrupt';
export { setMemoryBudget, memoryBudget, defaultMemoryBudget, memoryInUse, setMemoryReader, OutOfMemoryError, fitsInBudget } from './memory';
export { convertToTensor, constant, makeOp, makeOp1 } from './ops/builder';
export type { TensorLike, PlainValue } from './ops/builder';
export * from './ops/control';
export { Variable, variableForOp } from './variables/variable';
export * from './variables/initializers';
export { gradients, gradientsKeepingSlices } from './gradients/gradients';
export type { Gradient } from './gradients/gradients';
export * from './control/index';
export * from './errors';
export * from './ops/families';
export * from './api';
export { OpType } from './ops/op_types';
export { setPrintSink } from './debug/print_sink';
export { setOpSiteProvider } from './graph/op_site';
export type { OpSite } from './graph/op_site';
export { printV2 } from './ops/debug/print';
export { assertOp } from './ops/debug/assert';
export { assertShapes, INNERMOST } from './ops/debug/assert_shapes';
export type { ShapeSpecEntry, ShapeConstraint } from './ops/debug/assert_shapes';
export type { PrintPart } from './ops/debug/print';
export { hostCallOp, registerHostCallback } from './ops/script/host_callback';
export type { HostCallback } from './ops/script/host_callback';
export { computeJacobians, maxJacobianError } from './inspect/gradient_check';
export type { GradientCheckInput, Jacobians } from './inspect/gradient_check';
// Inspection: what the kernel worker's formatters and views read (one Inspection per kernel).
export { Inspection } from './inspect/inspection';
export { gradientsForOptimizer, gradientsForPairs, gradientsForTrainOp } from './inspect/gradients_payload';
export type { GradientsOptions } from './inspect/gradients_payload';
export { buildGraphPayload } from './inspect/graph_payload';
export { tensorPayload } from './inspect/tensor_payload';
export { LossHistory } from './inspect/loss_history';
export { checkRecordedLoss } from './inspect/check_recorded_loss';
export { arrayStatistics } from './inspect/array_stats';
export type { NanReport } from './inspect/nan_watch';
export type { ValueStats } from './inspect/nan_origin';
export { Optimizer } from './training/optimizer';
export type { OpTypeName } from './ops/op_types';
export * as formats from './formats';
export * as summary from './ops/summary/index';
export type { FileSystem, FileStat } from './io/file_system';
// Readers tell a policy refusal (PermissionError) from a missing file (numpy text_source, tf.gfile).
export { isAllowed } from './io/file_system';
// tf.data, queues and the files kernels read (src/engine/ops/data, data/pipeline, io/kernel_files).
export { datasetOps, iteratorOps } from './ops/data/index';
export { traceDatasetFunction } from './data/pipeline/function';
export { setKernelFileSystem } from './io/kernel_files';
export { queueOps, readerOps } from './ops/queues/index';
export { parseExample } from './ops/strings/parse_example';
export type { FeatureSpec } from './ops/strings/parse_example';
export { queueState } from './ops/queues/queue_ops';
export { registerRunner } from './queues/runners';
export type { RunnerSpec } from './queues/runners';
export type { QueueKind } from './queues/queue_state';
export type { StaticShape } from './shape';
export { byteStringFromBytes, bytesOfByteString, byteStringOfText, textOfByteString } from './byte_string';

// The parallel backend's seam: the worker entry installs a thread pool through these (src/worker/threadPool.ts).
export { AtomicsPool, HELPER_SOURCE, type HelperInit } from './parallel/pool';
export { serialBackend, setParallelBackend, type ParallelBackend } from './parallel/backend';

// What the Python bindings under src/python/modules reach for (issue 9: bindings use this index only).
// numpy (indexing, operators, io_text) and pickle's numpy bridge: element buffers and scalar casts.
export { shapeSize } from './ndarray';
export { allocData, castScalar } from './dtypes';
export type { NumericArray } from './dtypes';
// tensorflow's dtype object and value conversion (dtype_object.ts, convert.ts).
export { dtypeRange, isDType, isFloat, isInteger, roundToHalf } from './dtypes';
// tensorflow's TensorShape object (shape_object.ts).
export { formatShapePy, isCompatible, mergeShapes } from './shape';
// tensorflow's Session.run feed/fetch bridge (feeds.ts).
export type { FeedKey, FeedValue } from './session/feeds';
export type { FetchLeaf } from './session/fetches';
// tf.summary's FileWriter and Summary messages (summary/file_writer.ts, sink.ts, message.ts).
export type { EventProto, ProtoFieldInfo } from './formats';
// input_data (tensorflow.examples.tutorials.mnist): the MNIST loader and its Node/file-system sources.
export { readDataSets, DataSet } from './data';
export type { MnistEnvironment, FileSource, Gunzip } from './data';
export { fileSystemSource } from './data/file-source';
export { setMnistHost, mnistHost, type MnistHost } from './data/host';
