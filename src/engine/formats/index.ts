// The format layer: TensorFlow's own file formats, so Gradbook's checkpoints, event files and
// graphs load in real TF and TensorBoard, and theirs load here. docs/FORMATS.md describes the API.
export { crc32c, crc32cExtend, maskCrc, unmaskCrc, maskedCrc32c } from './binary/crc32c';
export { encodeProto, decodeProto, protoToObject, int64ToNumber, messageFieldType, mapFieldValueType } from './proto/root';
export { printTextFormat } from './proto/text_format';
export { protoFields, protoOneofOf, protoOneofName } from './proto/field_info';
export type { ProtoFieldInfo } from './proto/field_info';
export { parseTextFormat, TextFormatError } from './proto/text_parse';
export { encodeRecord, readRecords, encodeRecordFile, readRecordFile, recordCompression } from './tfrecord';
export type { RecordCompression } from './tfrecord';
export { TableBuilder } from './table/table_builder';
export { readTable } from './table/table_reader';

export { writeCheckpoint, encodeCheckpoint } from './checkpoint/bundle_writer';
export type { CheckpointTensors } from './checkpoint/bundle_writer';
export { CheckpointReader, readCheckpoint } from './checkpoint/bundle_reader';
export { checkpointPrefix, metaGraphFileName, indexFileName, dataFileName } from './checkpoint/naming';
export {
  updateCheckpointState, getCheckpointState, latestCheckpoint, checkpointExists, encodeCheckpointState,
} from './checkpoint/state_file';
export type { CheckpointState } from './checkpoint/state_file';
export { CheckpointKeeper, removeCheckpoint, checkpointMtimes } from './checkpoint/keeper';
export { saveCheckpoint } from './checkpoint/save';
export type { SaveCheckpointRequest } from './checkpoint/save';

export { EventFileWriter } from './events/event_file_writer';
export { readEventFile, decodeEventFile, listEventFiles } from './events/event_file_reader';
export {
  summaryEvent, graphEvent, metaGraphEvent, sessionLogEvent, encodeEvent, decodeEvent, encodeSummary, decodeSummary,
  SessionStatus, FILE_VERSION,
} from './events/event_proto';
export type { EventProto, SummaryProto, SummaryValueProto } from './events/event_proto';
export { scalarSummary, histogramSummary, imageSummary, audioSummary, textSummary, mergeSummaries, cleanSummaryName } from './summary/summaries';
export { histogramProto, defaultBucketLimits } from './summary/histogram';
export { encodeWavPcm16, int16Sample } from './summary/audio';

export { graphToGraphDef, operationToNodeDef, nodeDefAttr, encodeGraphDef, TF_GRAPH_DEF_VERSION } from './graph/graph_def_export';
export type { GraphDefProto, NodeDefProto } from './graph/graph_def_export';
export { importGraphDef, asGraphDef } from './graph/graph_def_import';
export { writeGraph, graphDefToText } from './graph/write_graph';
export { buildMetaGraphDef, encodeMetaGraphDef, metaGraphDefToText, readMetaGraphDef, collectionToProto } from './graph/meta_graph';
export type { MetaGraphDefProto, VariableDefProto, SignatureDefProto, TensorInfoProto } from './graph/meta_graph';
export { readSavedModel, decodeSavedModel, encodeSavedModel, savedModelToText, savedModelFile } from './graph/saved_model';
export type { SavedModelProto } from './graph/saved_model';
export { importMetaGraph, VARIABLE_COLLECTIONS } from './graph/meta_graph_import';
export type { ImportedVariable } from './graph/meta_graph_import';
export { saverDef, saverNodeDefs } from './graph/saver_graph';
export type { SaverDefProto, SaverVariable } from './graph/saver_graph';
export { tensorToProto, tensorFromProto } from './graph/tensor_proto';
export { findOpSpec, allOpSpecs } from './graph/op_defs';
export { dtypeFromTf } from './checkpoint/dtype_codes';
export type { AttrValueProto } from './graph/attr_values';
