// The summary family: ops whose outputs are serialized Summary protos (string tensors), and the
// builders tf.summary's Python functions call (bound in src/python/modules/tensorflow/summary/).
import type { OpGroup } from '../op_def';
import { SUMMARY_OP_DEFS } from './summary_ops';

export const SUMMARY_OPS: OpGroup = { ops: SUMMARY_OP_DEFS, api: [] };
export { scalarSummaryOp, histogramSummaryOp, imageSummaryOp, audioSummaryOp, textSummaryOp, tensorSummaryOp, mergeSummaryOp, mergeAllSummaries } from './summary_api';
export type { SummaryOptions, SummaryMetadataFields } from './summary_api';
export { stringElement, bytesElement } from './summary_ops';
