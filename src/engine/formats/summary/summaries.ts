// The serialized Summary protos TF1's summary ops output (summary_op.cc, summary_image_op.cc,
// summary_audio_op.cc, summary_tensor_op.cc): what tf.summary.scalar/histogram/image/text/merge evaluate to.
import type { NDArray } from '../../ndarray';
import { invalidArgumentError } from '../errors';
import { utf8 } from '../binary/bytes';
import { bytesOfByteString } from '../../byte_string';
import { shapeToProto } from '../proto/shape';
import { decodeSummary, encodeSummary, SummaryProto, SummaryValueProto } from '../events/event_proto';
import { histogramProto } from './histogram';
import { imageSummaryValues, ImageSummaryOptions } from './image';
import { audioSummaryValues } from './audio';

/** ScalarSummary: `{tag, simple_value}` with the value as float32. */
export function scalarSummary(tag: string, value: number): Uint8Array {
  return encodeSummary({ value: [{ tag, simple_value: Math.fround(value) }] });
}

export function histogramSummary(tag: string, values: ArrayLike<number>, opName?: string): Uint8Array {
  return encodeSummary({ value: [{ tag, histo: histogramProto(values, opName) }] });
}

export function imageSummary(tag: string, images: NDArray, opts: ImageSummaryOptions = {}): Uint8Array {
  return encodeSummary({ value: imageSummaryValues(tag, images, opts) });
}

export function audioSummary(tag: string, clips: NDArray, sampleRate: number, maxOutputs = 3): Uint8Array {
  return encodeSummary({ value: audioSummaryValues(tag, clips, sampleRate, maxOutputs) });
}

/** TensorSummaryV2 for a string tensor with the text plugin's metadata (tf.summary.text). */
export function textSummary(tag: string, text: NDArray | string): Uint8Array {
  // A JS string is text; a string tensor's elements are byte strings (engine/byte_string.ts).
  const strings = typeof text === 'string' ? [utf8(text)] : (text.data as unknown as string[]).map(bytesOfByteString);
  const shape = typeof text === 'string' ? [] : text.shape.slice();
  if (typeof text !== 'string' && text.dtype !== 'string') throw invalidArgumentError(`tf.summary.text needs a string tensor, got ${text.dtype}`);
  const value: SummaryValueProto = {
    tag,
    tensor: { dtype: 7, tensor_shape: shapeToProto(shape), string_val: strings },
    metadata: { plugin_data: { plugin_name: 'text' } },
  };
  return encodeSummary({ value: [value] });
}

/** MergeSummary: values of all inputs in order; a repeated non-empty tag is an error. */
export function mergeSummaries(inputs: Uint8Array[]): Uint8Array {
  const seen = new Set<string>();
  const merged: SummaryProto = { value: [] };
  for (const bytes of inputs) {
    for (const v of decodeSummary(bytes).value ?? []) {
      const tag = v.tag ?? '';
      if (tag && seen.has(tag)) throw invalidArgumentError(`Duplicate tag ${tag} found in summary inputs`);
      seen.add(tag);
      merged.value!.push(v);
    }
  }
  return encodeSummary(merged);
}

/** summary_op_util.clean_tag: characters TF does not allow in names become "_". */
export function cleanSummaryName(name: string): string {
  return name.replace(/[^-/\w.]/g, '_').replace(/^\/+/, '');
}
