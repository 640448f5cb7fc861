// Graphs as TensorFlow's own protos and files: Graph.as_graph_def(), Session.graph_def,
// tf.GraphDef, tf.import_graph_def and tf.train.write_graph (text or binary), through the
// session's FileSystem (the notebook's access policy).
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { formats } from '../../../../engine';
import type { Signature } from '../../../../engine';
import { constructorOf, entry, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { sessionFileSystem } from '../../../io/session-files';
import { isEngineBacked } from '../convert';
import { wrap } from '../wrappers';
import { PyMessage } from '../proto_object';

/** graph.as_graph_def(add_shapes) as a Python GraphDef message. */
export function graphDefObject(graph: tf.Graph, addShapes: boolean): PyMessage {
  return new PyMessage('GraphDef', formats.graphToGraphDef(graph, { addShapes }) as unknown as Record<string, unknown>);
}

/** A GraphDef argument: a GraphDef message, or a tf.Graph (its as_graph_def()). */
function graphDefArg(v: PyValue, fn: string): formats.GraphDefProto {
  if (v instanceof PyMessage && v.typeName === 'GraphDef') return v.message as unknown as formats.GraphDefProto;
  const g = (v as { graph?: unknown }).graph;
  if (g instanceof tf.Graph) return formats.graphToGraphDef(g);
  throw typeError(`${fn}() argument must be a GraphDef or a Graph, not ${typeOf(v).name}`);
}

function inputMapOf(v: PyValue): Record<string, tf.Tensor> | undefined {
  if (v === null) return undefined;
  if (!(v instanceof PyDict)) throw typeError('input_map must be a dictionary mapping strings to Tensor objects.');
  const out: Record<string, tf.Tensor> = {};
  for (const { k, v: t } of v.map.values()) {
    const e = isEngineBacked(t) ? t.engineValue() : null;
    const tensor = e instanceof tf.Variable ? e.value() : e;
    if (typeof k !== 'string' || !(tensor instanceof tf.Tensor)) throw typeError('input_map must be a dictionary mapping strings to Tensor objects.');
    out[k] = tensor;
  }
  return out;
}

function stringsOf(v: PyValue, what: string): string[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(x => { if (typeof x !== 'string') throw typeError(`${what} must be a list of strings.`); return x; });
  throw typeError(`${what} must be a list of strings.`);
}

export const GRAPH_DEF_CONSTRUCTOR = constructorOf({ name: 'tf.GraphDef', doc: 'An empty GraphDef protocol buffer (fill it with ParseFromString).', params: [] },
  () => new PyMessage('GraphDef', {}));

export const GRAPH_IO_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.import_graph_def', doc: 'Imports the graph from `graph_def` into the default graph.',
    params: [
      { name: 'graph_def' }, { name: 'input_map', default: null }, { name: 'return_elements', default: null },
      { name: 'name', default: null, type: 'name' },
      { name: 'op_dict', default: null, doc: 'ignored, as in TF 1.15 (deprecated)' },
      { name: 'producer_op_list', default: null, unsupported: 'stripping default attrs from an op list' },
    ],
  }, a => {
    const returnElements = a.return_elements === null ? undefined : stringsOf(a.return_elements as PyValue, 'return_elements');
    const result = formats.importGraphDef(graphDefArg(a.graph_def as PyValue, 'import_graph_def'), {
      name: a.name, inputMap: inputMapOf(a.input_map as PyValue), returnElements,
    });
    return returnElements === undefined ? null : new PyList(result.returnElements.map(e => wrap(e)));
  }),
  entry({
    name: 'tf.train.write_graph', doc: 'Writes a graph proto to a file (text format by default); returns the path.',
    params: [{ name: 'graph_or_graph_def' }, { name: 'logdir', type: 'str' }, { name: 'name', type: 'str' }, { name: 'as_text', default: true, type: 'flag' }],
  }, a => formats.writeGraph(sessionFileSystem(), graphDefArg(a.graph_or_graph_def as PyValue, 'write_graph'), a.logdir, a.name, a.as_text),
  { aliases: ['tf.io.write_graph'] }),
];

export const GRAPH_IO_SIGNATURES: readonly Signature[] = [GRAPH_DEF_CONSTRUCTOR.signature];
