// TF1's summary ops (core/ops/logging_ops.cc): each outputs one serialized `Summary` proto as a
// scalar string tensor, exactly what a FileWriter's add_summary takes. The proto bytes come from
// formats/summary (byte-exact with TF for scalars, histograms, audio and text).
import type { NDArray } from '../../ndarray';
import { NDArray as Arr } from '../../ndarray';
import type { TensorData } from '../../dtypes';
import { invalidArgument, typeError } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { byteStringFromBytes, bytesOfByteString, textOfByteString } from '../../byte_string';
import { scalarSummary, histogramSummary, imageSummary, audioSummary, textSummary, mergeSummaries } from '../../formats/summary/summaries';
import { encodeSummary, SummaryValueProto } from '../../formats/events/event_proto';
import { decodeProto } from '../../formats/proto/root';
import { tensorToProto } from '../../formats/graph/tensor_proto';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE } from '../op_def';
import { OpType } from '../op_types';

/** A string element (a byte string, engine/byte_string.ts) as text: tags and names. */
export const stringElement = (x: unknown): string => textOfByteString(x as string);
/** A string element as its bytes: serialized protos. */
export const bytesElement = (x: unknown): Uint8Array => bytesOfByteString(x as string);
/** A scalar string tensor holding `bytes` (what every summary op outputs). */
export function summaryValue(bytes: Uint8Array): NDArray {
  return new Arr('string', [], [byteStringFromBytes(bytes)] as unknown as TensorData);
}

function scalarTag(tags: NDArray, type: string): string {
  if (tags.dtype !== 'string') throw typeError(`${type}: tags must be a string tensor`);
  return stringElement(tags.data[0]);
}

const STRING_SCALAR = [{ dtype: 'string' as const, shape: [] }];

export const ScalarSummary = defineOp({
  type: OpType.ScalarSummary, family: 'summary', inputs: ['tags', 'values'], attrs: {},
  infer: () => STRING_SCALAR,
  compute: ([tags, values]) => {
    // TF also allows a vector of tags with matching values; notebooks use the scalar form.
    if (tags.shape.length !== values.shape.length || tags.size !== values.size) {
      throw invalidArgument(`tags and values not the same shape: [${tags.shape}] != [${values.shape}]`);
    }
    if (values.dtype === 'string' || values.dtype === 'bool') throw invalidArgument(`ScalarSummary: values must be numeric, got ${values.dtype}`);
    if (tags.size !== 1) throw invalidArgument('ScalarSummary with several tags is not supported by Gradbook: use one tf.summary.scalar per value');
    return [summaryValue(scalarSummary(scalarTag(tags, 'ScalarSummary'), Number(values.data[0])))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ScalarSummary', 'tags: string, values: T', 'summary: string', 'T: type'),
});

export const HistogramSummary = defineOp({
  type: OpType.HistogramSummary, family: 'summary', inputs: ['tag', 'values'], attrs: {},
  infer: () => STRING_SCALAR,
  compute: ([tag, values], node) => {
    if (values.dtype === 'string' || values.dtype === 'bool') throw invalidArgument(`HistogramSummary: values must be numeric, got ${values.dtype}`);
    return [summaryValue(histogramSummary(scalarTag(tag, 'HistogramSummary'), values.data as ArrayLike<number>, node.name))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('HistogramSummary', 'tag: string, values: T', 'summary: string', 'T: type'),
});

export const ImageSummary = defineOp({
  type: OpType.ImageSummary, family: 'summary', inputs: ['tag', 'tensor'],
  attrs: { max_images: attr.int(3), bad_color: attr.any() },
  infer: () => STRING_SCALAR,
  compute: ([tag, images], node) => {
    if (images.shape.length !== 4 || ![1, 3, 4].includes(images.shape[3])) {
      throw invalidArgument(`Tensor must be 4-D with last dim 1, 3, or 4, not [${images.shape.join(',')}]`);
    }
    const bad = node.attrs.bad_color as NDArray | undefined;
    const badColor = bad ? Array.from(bad.data as ArrayLike<number>) : undefined;
    return [summaryValue(imageSummary(scalarTag(tag, 'ImageSummary'), images, { maxOutputs: node.attrs.max_images, badColor }))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ImageSummary', 'tag: string, tensor: T', 'summary: string', 'max_images: int >= 1 = 3; T: type = float; bad_color: tensor'),
});

export const AudioSummaryV2 = defineOp({
  type: OpType.AudioSummaryV2, family: 'summary', inputs: ['tag', 'tensor', 'sample_rate'], attrs: { max_outputs: attr.int(3) },
  infer: () => STRING_SCALAR,
  compute: ([tag, clips, rate], node) => {
    if (rate.size !== 1) throw invalidArgument(`sample_rate must be a scalar, got shape [${rate.shape.join(',')}]`);
    return [summaryValue(audioSummary(scalarTag(tag, 'AudioSummaryV2'), clips, Number(rate.data[0]), node.attrs.max_outputs))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('AudioSummaryV2', 'tag: string, tensor: float, sample_rate: float', 'summary: string', 'max_outputs: int >= 1 = 3'),
});

export const TensorSummaryV2 = defineOp({
  type: OpType.TensorSummaryV2, family: 'summary', inputs: ['tag', 'tensor', 'serialized_summary_metadata'], attrs: {},
  infer: () => STRING_SCALAR,
  compute: ([tag, tensor, meta]) => {
    const name = scalarTag(tag, 'TensorSummaryV2');
    const metadata = decodeProto<NonNullable<SummaryValueProto['metadata']>>('SummaryMetadata', bytesElement(meta.data[0]), 'SummaryMetadata');
    if (metadata.plugin_data?.plugin_name === 'text' && tensor.dtype === 'string') return [summaryValue(textSummary(name, tensor))];
    return [summaryValue(encodeSummary({ value: [{ tag: name, tensor: tensorToProto(tensor) as Record<string, unknown>, metadata }] }))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('TensorSummaryV2', 'tag: string, tensor: T, serialized_summary_metadata: string', 'summary: string', 'T: type'),
});

export const MergeSummary = defineOp({
  type: OpType.MergeSummary, family: 'summary', inputs: ['*inputs'], attrs: { N: attr.int() },
  infer: () => STRING_SCALAR,
  compute: inputs => {
    const all: Uint8Array[] = [];
    for (const t of inputs) for (let i = 0; i < t.size; i++) all.push(bytesElement(t.data[i]));
    return [summaryValue(mergeSummaries(all))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('MergeSummary', 'inputs: N * string', 'summary: string', 'N: int >= 1'),
});

export const SUMMARY_OP_DEFS = [ScalarSummary, HistogramSummary, ImageSummary, AudioSummaryV2, TensorSummaryV2, MergeSummary];
