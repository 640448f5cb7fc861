// tf.summary's op builders (python/summary/summary.py, TF 1.15 signatures): each returns a scalar
// string Tensor whose value is a serialized Summary proto; merge/merge_all combine them.
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { out } from '../define';
import { PyProtoMessage } from './message';

const COLLECTIONS = { name: 'collections', default: null, doc: 'graph collections to add the summary to (default [GraphKeys.SUMMARIES])' } as const;
const FAMILY = { name: 'family', default: null, type: 'str', doc: 'a prefix for the tag and scope (a TensorBoard tab)' } as const;

/** collections=: a list/tuple of keys, or None for TF's default. */
function collectionsOf(v: unknown): string[] | null {
  if (v === null || v === undefined) return null;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(x => {
    if (typeof x !== 'string') throw typeError(`collection keys must be strings, not ${typeOf(x).name}`);
    return x;
  });
  throw typeError(`collections must be a list or tuple of strings, not ${typeOf(v as PyValue).name}`);
}
const opts = (a: { collections: unknown; family?: string | null }) => ({ collections: collectionsOf(a.collections), family: a.family ?? null });

function metadataOf(v: unknown, description: string | null, displayName: string | null): tf.summary.SummaryMetadataFields {
  let meta: tf.summary.SummaryMetadataFields = {};
  if (v instanceof PyProtoMessage && v.typeName === 'SummaryMetadata') meta = v.toPlain() as tf.summary.SummaryMetadataFields;
  else if (v !== null && v !== undefined) throw typeError(`summary_metadata must be a tf.SummaryMetadata, not ${typeOf(v as PyValue).name}`);
  if (description !== null) meta.summary_description = description;
  if (displayName !== null) meta.display_name = displayName;
  return meta;
}

export const SUMMARY_OPS_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.summary.scalar', doc: 'A summary op holding one scalar value (a serialized Summary string).',
    params: [{ name: 'name', type: 'str' }, { name: 'tensor', type: 'tensor' }, COLLECTIONS, FAMILY],
  }, a => out(tf.summary.scalarSummaryOp(a.name, a.tensor, opts(a)))),
  entry({
    name: 'tf.summary.histogram', doc: 'A summary op holding a histogram of the values (TF\'s default buckets).',
    params: [{ name: 'name', type: 'str' }, { name: 'values', type: 'tensor' }, COLLECTIONS, FAMILY],
  }, a => out(tf.summary.histogramSummaryOp(a.name, a.values, opts(a)))),
  entry({
    name: 'tf.summary.image', doc: 'A summary op holding up to max_outputs images of a [batch, h, w, 1|3|4] tensor as PNG.',
    params: [{ name: 'name', type: 'str' }, { name: 'tensor', type: 'tensor' }, { name: 'max_outputs', default: 3, type: 'int' }, COLLECTIONS, FAMILY],
  }, a => out(tf.summary.imageSummaryOp(a.name, a.tensor, a.max_outputs, opts(a)))),
  entry({
    name: 'tf.summary.text', doc: 'A summary op holding a string tensor for TensorBoard\'s text plugin.',
    params: [{ name: 'name', type: 'str' }, { name: 'tensor', type: 'tensor' }, COLLECTIONS],
  }, a => out(tf.summary.textSummaryOp(a.name, a.tensor, collectionsOf(a.collections)))),
  entry({
    name: 'tf.summary.tensor_summary', doc: 'A summary op holding a whole tensor as a TensorProto.',
    params: [
      { name: 'name', type: 'str' }, { name: 'tensor', type: 'tensor' }, { name: 'summary_description', default: null, type: 'str' },
      COLLECTIONS, { name: 'summary_metadata', default: null }, FAMILY, { name: 'display_name', default: null, type: 'str' },
    ],
  }, a => out(tf.summary.tensorSummaryOp(a.name, a.tensor, metadataOf(a.summary_metadata, a.summary_description, a.display_name), opts(a)))),
  entry({
    name: 'tf.summary.audio', doc: 'A summary op holding up to max_outputs clips of a [batch, frames(, channels)] float tensor in [-1, 1] as 16-bit WAV.',
    params: [
      { name: 'name', type: 'str' }, { name: 'tensor', type: 'tensor' }, { name: 'sample_rate', type: 'tensor' }, { name: 'max_outputs', default: 3, type: 'int' },
      COLLECTIONS, FAMILY,
    ],
  }, a => out(tf.summary.audioSummaryOp(a.name, a.tensor, a.sample_rate, a.max_outputs, opts(a)))),
  entry({
    name: 'tf.summary.merge', doc: 'Merges summary ops into one serialized Summary (scope Merge).',
    params: [{ name: 'inputs' }, COLLECTIONS, { name: 'name', default: null, type: 'str' }],
  }, a => {
    const inputs = a.inputs instanceof PyList || a.inputs instanceof PyTuple ? a.inputs.items : null;
    if (!inputs) throw typeError(`inputs must be a list of summary tensors, not ${typeOf(a.inputs as PyValue).name}`);
    if (!inputs.length) throw valueError('merge() needs at least one summary');
    const tensors = inputs.map(x => (x as { engineValue?: () => unknown }).engineValue?.());
    if (tensors.some(t => !(t instanceof tf.Tensor))) throw typeError('inputs to tf.summary.merge must be summary Tensors');
    return out(tf.summary.mergeSummaryOp(tensors as tf.Tensor[], collectionsOf(a.collections), a.name));
  }),
  entry({
    name: 'tf.summary.merge_all', doc: 'Merges every summary in a collection (None when it is empty).',
    params: [{ name: 'key', default: 'summaries', type: 'str' }, { name: 'scope', default: null, type: 'str' }, { name: 'name', default: null, type: 'str' }],
  }, a => out(tf.summary.mergeAllSummaries(a.key, a.scope, a.name))),
];
