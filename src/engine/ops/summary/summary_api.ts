// tf.summary.scalar/histogram/image/audio/text/tensor_summary/merge/merge_all as graph builders
// (python/summary/summary.py, summary_op_util.py): the op is named by the name scope the summary
// opens, and its tag is that scope (so `loss` twice gives tags `loss` and `loss_1`, and a summary
// built under `with tf.name_scope('train')` is tagged `train/loss`).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { GraphKeys } from '../../graph/graph_keys';
import { NDArray } from '../../ndarray';
import type { TensorData } from '../../dtypes';
import { valueError } from '../../errors';
import { cleanSummaryName } from '../../formats/summary/summaries';
import { encodeProto } from '../../formats/proto/root';
import { byteStringFromBytes, byteStringOfText } from '../../byte_string';
import { convertToTensor, constant, TensorLike } from '../builder';
import { ScalarSummary, HistogramSummary, ImageSummary, AudioSummaryV2, TensorSummaryV2, MergeSummary } from './summary_ops';

export interface SummaryOptions {
  /** Graph collections the summary joins; TF's default is [GraphKeys.SUMMARIES]. */
  collections?: string[] | null;
  /** A prefix for the tag and the scope (tf.summary's `family`). */
  family?: string | null;
}

/** summary_op_util.summary_scope: opens the scope, gives (tag, scope) to `build`. */
function inSummaryScope(name: string, family: string | null | undefined, build: (tag: string, scope: string) => Tensor): Tensor {
  const g = getDefaultGraph();
  const clean = cleanSummaryName(name);
  const fam = family ? cleanSummaryName(family) : null;
  return g.withNameScope(fam ? `${fam}/${clean}` : clean, null, scope => {
    const bare = scope.replace(/\/+$/, '');
    return build(fam ? `${fam}/${bare}` : bare, scope);
  });
}

function collect(t: Tensor, collections: string[] | null | undefined): Tensor {
  for (const key of collections ?? [GraphKeys.SUMMARIES]) t.graph.addToCollection(key, t);
  return t;
}

const tagConst = (tag: string, name: string) => constant(NDArray.scalar(byteStringOfText(tag), 'string'), 'string', name);

export function scalarSummaryOp(name: string, tensor: TensorLike, opts: SummaryOptions = {}): Tensor {
  const t = convertToTensor(tensor);
  const rank = t.shape?.length;
  if (rank !== undefined && rank !== 0 && !(t.shape as (number | null)[]).every(d => d === 1)) {
    throw valueError(`Shape must be rank 0 but is rank ${rank} for '${name}' (op: 'ScalarSummary') with input shapes: [], [${(t.shape as (number | null)[]).map(d => d ?? '?').join(',')}].`);
  }
  return collect(inSummaryScope(name, opts.family, (tag, scope) =>
    ScalarSummary.make1([tagConst(tag, 'tags'), t], {}, scope)), opts.collections);
}

export function histogramSummaryOp(name: string, values: TensorLike, opts: SummaryOptions = {}): Tensor {
  const t = convertToTensor(values);
  return collect(inSummaryScope(name, opts.family, (tag, scope) =>
    HistogramSummary.make1([tagConst(tag, 'tag'), t], {}, scope)), opts.collections);
}

export function imageSummaryOp(name: string, images: TensorLike, maxOutputs = 3, opts: SummaryOptions = {}): Tensor {
  if (!Number.isInteger(maxOutputs) || maxOutputs < 1) throw valueError(`max_outputs must be a positive integer, got ${maxOutputs}`);
  const t = convertToTensor(images);
  const badColor = new NDArray('uint8', [4], Uint8Array.from([255, 0, 0, 255]) as unknown as TensorData);
  return collect(inSummaryScope(name, opts.family, (tag, scope) =>
    ImageSummary.make1([tagConst(tag, 'tag'), t], { max_images: maxOutputs, bad_color: badColor }, scope)), opts.collections);
}

/** tf.summary.audio: clips of a [batch, frames(, channels)] float32 tensor, sample_rate a float32 scalar input. */
export function audioSummaryOp(name: string, tensor: TensorLike, sampleRate: TensorLike, maxOutputs = 3, opts: SummaryOptions = {}): Tensor {
  if (!Number.isInteger(maxOutputs) || maxOutputs < 1) throw valueError(`max_outputs must be a positive integer, got ${maxOutputs}`);
  const t = convertToTensor(tensor, 'float32');
  return collect(inSummaryScope(name, opts.family, (tag, scope) => {
    const rate = convertToTensor(sampleRate, 'float32', 'sample_rate');
    return AudioSummaryV2.make1([tagConst(tag, 'tag'), t, rate], { max_outputs: maxOutputs }, scope);
  }), opts.collections);
}

export interface SummaryMetadataFields { plugin_data?: { plugin_name?: string; content?: Uint8Array }; display_name?: string; summary_description?: string }

export function tensorSummaryOp(name: string, tensor: TensorLike, metadata: SummaryMetadataFields, opts: SummaryOptions = {}): Tensor {
  const t = convertToTensor(tensor);
  const serialized = new NDArray('string', [], [byteStringFromBytes(encodeProto('SummaryMetadata', metadata))] as unknown as TensorData);
  return collect(inSummaryScope(name, opts.family, (tag, scope) =>
    TensorSummaryV2.make1([tagConst(tag, 'tag'), t, constant(serialized, 'string', 'serialized_summary_metadata')], {}, scope)), opts.collections);
}

export function textSummaryOp(name: string, tensor: TensorLike, collections?: string[] | null): Tensor {
  const t = convertToTensor(tensor);
  if (t.dtype !== 'string') throw valueError(`Expected tensor ${t.name} to have dtype string, got ${t.dtype === 'float32' ? 'float32' : t.dtype}`);
  return tensorSummaryOp(name, t, { plugin_data: { plugin_name: 'text' } }, { collections });
}

/** tf.summary.merge: one MergeSummary (scope `Merge`) over serialized summaries. */
export function mergeSummaryOp(inputs: TensorLike[], collections?: string[] | null, name?: string | null): Tensor {
  const g = getDefaultGraph();
  const tensors = inputs.map(x => convertToTensor(x));
  for (const t of tensors) if (t.dtype !== 'string') throw valueError(`Summaries to merge must be string tensors, got ${t.name} of dtype ${t.dtype}`);
  // summary.py: name_scope(name, 'Merge') then merge_summary(name=name): `Merge/MergeSummary`, or `both/both`.
  const merged = g.withNameScope(name ?? null, 'Merge', () => MergeSummary.make1(tensors, { N: tensors.length }, name ?? undefined));
  for (const key of collections ?? []) g.addToCollection(key, merged);
  return merged;
}

/** tf.summary.merge_all: merges the collection (optionally filtered by scope); None when empty. */
export function mergeAllSummaries(key: string = GraphKeys.SUMMARIES, scope: string | null = null, name: string | null = null): Tensor | null {
  const items = getDefaultGraph().getCollection(key, scope) as Tensor[];
  return items.length ? mergeSummaryOp(items, null, name) : null;
}
