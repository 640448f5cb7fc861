// tf.Session / tf.InteractiveSession and tf.Graph as Python objects, their constructors and
// methods bound from TF 1.15's signatures, and the module functions around them (default
// graph and session, collections, name scopes). tf1-semantics §1.1–1.5, §2.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import type { Signature } from '../../../../engine';
import { constructorOf, entry, method, MethodTable, signatureFunction, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { isEngineBacked } from '../convert';
import { feedsFromPy, flattenPyFetches, rebuildPyFetches } from '../feeds';
import { registerWrapper, wrap } from '../wrappers';
import { PyContext } from '../session_object';
import { graphDefObject } from './graph_io';

export class PySession extends HostObject {
  constructor(readonly session: tf.Session) { super(); }
  override get pyTypeName() { return this.session instanceof tf.InteractiveSession ? 'InteractiveSession' : 'Session'; }
  override get type() { return hostClass(this.pyTypeName, 'tensorflow'); }
  override repr(): string { return `<tensorflow.python.client.session.${this.pyTypeName} object>`; }
  enter(): PyValue { this.session.enter(); return this; }
  exit(): boolean { this.session.exit(); return false; }
  run(fetches: PyValue, feedDict: PyValue | undefined): PyValue {
    const leaves = flattenPyFetches(fetches);
    const values = this.session.runFlat(leaves, feedsFromPy(feedDict, this.session.graph));
    return rebuildPyFetches(fetches, values);
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'graph': return wrap(this.session.graph);
      case 'graph_def': return graphDefObject(this.session.graph, false);
      case 'sess_str': return '';
    }
    return SESSION_METHODS.get(this, name);
  }
}
export const sessionWrappers = new WeakMap<tf.Session, PySession>();

/** A `session` argument: a tf.Session, or None (the default session). */
export function sessionArg(v: PyValue | undefined): tf.Session | null {
  if (v === null || v === undefined) return null;
  if (v instanceof PySession) return v.session;
  throw typeError(`session must be a tf.Session, not ${typeOf(v).name}`);
}
/** A `graph` argument: a tf.Graph, or None (the default graph). */
export function graphArg(v: PyValue | undefined): tf.Graph | null {
  if (v === null || v === undefined) return null;
  if (v instanceof PyGraph) return v.graph;
  throw typeError(`graph must be a tf.Graph, but got ${typeOf(v).name}`);
}

const HINT = 'accepted; it only tunes TF\'s runtime (threads, devices, tracing), results are the same';

export const SESSION_METHODS = new MethodTable<PySession>([
  method({
    name: 'tf.Session.run', doc: 'Runs operations and evaluates tensors in `fetches`, feeding `feed_dict`.',
    params: [
      { name: 'fetches' }, { name: 'feed_dict', default: null },
      { name: 'options', default: null, doc: HINT },
      { name: 'run_metadata', default: null, doc: 'accepted and left empty (no step statistics are collected)' },
    ],
  }, (self: PySession, a) => self.run(a.fetches as PyValue, a.feed_dict as PyValue)),
  method({ name: 'tf.Session.close', doc: 'Closes this session, freeing its variable values.', params: [] },
    (self: PySession) => { self.session.close(); return null; }),
  method({ name: 'tf.Session.as_default', doc: 'A context in which this session is the default session.', params: [] },
    (self: PySession) => new PyContext(() => ({ value: self, exit: self.session.asDefault().exit }))),
  method({
    name: 'tf.Session.make_callable', doc: 'A Python callable that runs `fetches`, feeding `feed_list` from its positional arguments.',
    params: [{ name: 'fetches' }, { name: 'feed_list', default: null }, { name: 'accept_options', default: false, type: 'flag', unsupported: 'run options' }],
  }, (self: PySession, a) => {
    const feedList = a.feed_list === null ? [] : listOf(a.feed_list as PyValue, 'make_callable', 'feed_list');
    // TF's Session._Callable.__call__(*args, **kwargs) reads only run_metadata from kwargs.
    return signatureFunction({
      name: '_callable', doc: 'Runs the fetches, feeding the feed_list from the positional arguments.', varargs: 'args',
      params: [{ name: 'run_metadata', kind: 'keyword', default: null, doc: 'accepted and left empty (no step statistics are collected)' }],
    }, c => {
      const args = c.args as PyValue[];
      if (args.length !== feedList.length) throw typeError(`Argument list has ${args.length} elements, but the callable was made with ${feedList.length} feeds`);
      return self.run(a.fetches as PyValue, feedDictOf(feedList, args));
    });
  }),
  method({ name: 'tf.Session.partial_run', doc: 'Not supported: partial runs.', params: [{ name: 'handle' }, { name: 'fetches' }, { name: 'feed_dict', default: null }] },
    () => { throw unsupported('Session.partial_run'); }),
  method({ name: 'tf.Session.partial_run_setup', doc: 'Not supported: partial runs.', params: [{ name: 'fetches' }, { name: 'feeds', default: null }] },
    () => { throw unsupported('Session.partial_run_setup'); }),
]);

function unsupported(what: string) {
  return new tf.PyLikeError('NotImplementedError', `${what}() is not supported by Gradbook`);
}

function listOf(v: PyValue, fn: string, param: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw typeError(`${fn}() argument '${param}' must be a list, not ${typeOf(v).name}`);
}

/** A feed_dict (PyDict) pairing feed keys with values. */
function feedDictOf(keys: PyValue[], values: PyValue[]): PyValue {
  const d = new PyDict();
  keys.forEach((k, i) => d.set(k, values[i]));
  return d;
}

function sessionConstructor(pyName: 'Session' | 'InteractiveSession') {
  const signature = {
    name: `tf.${pyName}`, doc: pyName === 'Session' ? 'A class for running TensorFlow operations.' : 'A Session that installs itself as the default session.',
    params: [
      { name: 'target', default: '', type: 'str', unsupported: 'distributed runtimes (one local process only)' },
      { name: 'graph', default: null },
      { name: 'config', default: null, doc: HINT },
    ],
  } as const;
  return constructorOf(signature, a => {
    const graph = graphArg(a.graph as PyValue) ?? undefined;
    const s = pyName === 'InteractiveSession' ? new tf.InteractiveSession({ graph }) : new tf.Session({ graph });
    const w = new PySession(s);
    sessionWrappers.set(s, w);
    return w;
  });
}
export const SESSION_CONSTRUCTORS = [sessionConstructor('Session'), sessionConstructor('InteractiveSession')];

export class PyGraph extends HostObject {
  constructor(readonly graph: tf.Graph) { super(); }
  override get pyTypeName() { return 'Graph'; }
  override get type() { return hostClass('Graph', 'tensorflow'); }
  override repr(): string { return '<tensorflow.python.framework.ops.Graph object>'; }
  override hashKey(): unknown { return this.graph; }
  getattr(name: string): PyValue | undefined {
    const g = this.graph;
    switch (name) {
      case 'finalized': return g.finalized;
      case 'version': return g.version;
      case 'seed': return g.seed;
      case 'building_function': return false;
      case 'collections': return new PyList(g.getAllCollectionKeys());
    }
    return GRAPH_METHODS.get(this, name);
  }
}
registerWrapper(tf.Graph, x => new PyGraph(x as tf.Graph));

/** Collections hold engine objects; Python sees their wrappers (other items pass through). */
export function collectionItem(x: unknown): PyValue {
  if (x !== null && typeof x === 'object' && !(x instanceof HostObject)) {
    try { return wrap(x as object); } catch { return x as PyValue; }
  }
  return x as PyValue;
}
export function unwrapItem(x: PyValue): unknown {
  return isEngineBacked(x) ? x.engineValue() : x;
}
const element = (x: PyValue): unknown => (isEngineBacked(x) ? x.engineValue() : x);
const tensorOf = (x: PyValue, fn: string): tf.Tensor => {
  const e = element(x);
  const t = e instanceof tf.Variable ? e.ref : e;
  if (!(t instanceof tf.Tensor)) throw typeError(`${fn}() argument must be a Tensor, not ${typeOf(x).name}`);
  return t;
};
const opOf = (x: PyValue, fn: string): tf.Operation => {
  const e = element(x);
  if (e instanceof tf.Operation) return e;
  if (e instanceof tf.Tensor) return e.op;
  throw typeError(`${fn}() argument must be an Operation, not ${typeOf(x).name}`);
};
const noopContext = () => new PyContext(() => ({ value: null, exit: () => undefined }));

/** TF's canonical device names: '/cpu:0' → '/device:CPU:0' (a device function records nothing). */
function canonicalDevice(spec: string): string {
  return spec.replace(/\/(cpu|gpu|tpu):(\d+|\*)/gi, (_, kind: string, n: string) => `/device:${kind.toUpperCase()}:${n}`);
}
function deviceContext(graph: tf.Graph, spec: PyValue): PyContext {
  if (spec !== null && typeof spec !== 'string') return noopContext();
  return new PyContext(() => {
    graph.deviceStack.push(spec === null ? '' : canonicalDevice(spec));
    return { value: null, exit: () => { graph.deviceStack.pop(); } };
  });
}

export const GRAPH_METHODS = new MethodTable<PyGraph>([
  method({ name: 'tf.Graph.as_default', doc: 'A context in which this graph is the default graph.', params: [] },
    (self: PyGraph) => new PyContext(() => ({ value: self, exit: tf.pushDefaultGraph(self.graph).exit }))),
  method({ name: 'tf.Graph.get_operations', doc: 'The operations of the graph, in creation order.', params: [] },
    (self: PyGraph) => new PyList(self.graph.getOperations().map(o => wrap(o)))),
  method({ name: 'tf.Graph.get_operation_by_name', doc: 'The Operation with the given name.', params: [{ name: 'name', type: 'str' }] },
    (self: PyGraph, a) => wrap(self.graph.getOperationByName(a.name))),
  method({ name: 'tf.Graph.get_tensor_by_name', doc: 'The Tensor with the given name (`op:0`).', params: [{ name: 'name', type: 'str' }] },
    (self: PyGraph, a) => wrap(self.graph.getTensorByName(a.name))),
  method({
    name: 'tf.Graph.as_graph_element', doc: 'The Tensor or Operation an object or name refers to.',
    params: [{ name: 'obj' }, { name: 'allow_tensor', default: true, type: 'flag' }, { name: 'allow_operation', default: true, type: 'flag' }],
  }, (self: PyGraph, a) => wrap(self.graph.asGraphElement(element(a.obj as PyValue), a.allow_tensor, a.allow_operation) as object)),
  method({ name: 'tf.Graph.get_collection', doc: 'A copy of the collection `name`, filtered by `scope` (a regex matched at the start of names).', params: [{ name: 'name', type: 'str' }, { name: 'scope', default: null, type: 'str' }] },
    (self: PyGraph, a) => new PyList(self.graph.getCollection(a.name, a.scope).map(collectionItem))),
  method({ name: 'tf.Graph.get_collection_ref', doc: 'The collection `name` itself.', params: [{ name: 'name', type: 'str' }] },
    (self: PyGraph, a) => new PyList(self.graph.getCollectionRef(a.name).map(collectionItem))),
  method({ name: 'tf.Graph.add_to_collection', doc: 'Stores `value` in the collection `name`.', params: [{ name: 'name', type: 'str' }, { name: 'value' }] },
    (self: PyGraph, a) => { self.graph.addToCollection(a.name, unwrapItem(a.value as PyValue)); return null; }),
  method({ name: 'tf.Graph.add_to_collections', doc: 'Stores `value` in each collection of `names`.', params: [{ name: 'names' }, { name: 'value' }] },
    (self: PyGraph, a) => { self.graph.addToCollections(collectionNames(a.names as PyValue), unwrapItem(a.value as PyValue)); return null; }),
  method({ name: 'tf.Graph.get_all_collection_keys', doc: 'The keys of every collection in the graph.', params: [] },
    (self: PyGraph) => new PyList(self.graph.getAllCollectionKeys())),
  method({ name: 'tf.Graph.clear_collection', doc: 'Empties the collection `name`.', params: [{ name: 'name', type: 'str' }] },
    (self: PyGraph, a) => { self.graph.clearCollection(a.name); return null; }),
  method({ name: 'tf.Graph.finalize', doc: 'Makes the graph read-only.', params: [] }, (self: PyGraph) => { self.graph.finalize(); return null; }),
  method({ name: 'tf.Graph.get_name_scope', doc: 'The current name scope.', params: [] }, (self: PyGraph) => self.graph.getNameScope()),
  method({ name: 'tf.Graph.name_scope', doc: 'A context that opens a name scope in this graph.', params: [{ name: 'name' }] },
    (self: PyGraph, a) => new PyContext(() => {
      const ctx = self.graph.enterNameScope(a.name === null ? null : String(a.name));
      return { value: ctx.scope, exit: ctx.exit };
    })),
  method({ name: 'tf.Graph.unique_name', doc: 'A unique op name for `name` in the current scope.', params: [{ name: 'name', type: 'str' }, { name: 'mark_as_used', default: true, type: 'flag' }] },
    (self: PyGraph, a) => self.graph.uniqueName(a.name, a.mark_as_used)),
  method({ name: 'tf.Graph.control_dependencies', doc: 'A context: ops created inside depend on `control_inputs`.', params: [{ name: 'control_inputs' }] },
    (self: PyGraph, a) => new PyContext(() => {
      const deps = a.control_inputs === null ? null : listOf(a.control_inputs as PyValue, 'control_dependencies', 'control_inputs').map(x => opOf(x, 'control_dependencies'));
      return { value: null, exit: self.graph.enterControlDependencies(deps).exit };
    })),
  method({ name: 'tf.Graph.device', doc: 'A device context: ops record the device (everything runs on the CPU).', params: [{ name: 'device_name_or_function' }] },
    (self: PyGraph, a) => deviceContext(self.graph, a.device_name_or_function as PyValue)),
  method({ name: 'tf.Graph.colocate_with', doc: 'A colocation context (one CPU device: no effect).', params: [{ name: 'op' }, { name: 'ignore_existing', default: false, type: 'flag' }] },
    () => noopContext()),
  method({ name: 'tf.Graph.gradient_override_map', doc: 'A context mapping op types to the gradient functions of other types.', params: [{ name: 'op_type_map' }] },
    (self: PyGraph, a) => new PyContext(() => {
      const map = a.op_type_map as { keys?: () => PyValue[]; get?: (k: PyValue) => PyValue };
      if (typeof map.keys !== 'function') throw typeError('op_type_map must be a dictionary mapping strings to strings');
      const record = Object.fromEntries(map.keys().map(k => [String(k), String(map.get!(k))]));
      return { value: null, exit: self.graph.enterGradientOverrideMap(record).exit };
    })),
  method({ name: 'tf.Graph.is_feedable', doc: 'Whether `tensor` may be fed.', params: [{ name: 'tensor' }] },
    (self: PyGraph, a) => self.graph.isFeedable(tensorOf(a.tensor as PyValue, 'is_feedable'))),
  method({ name: 'tf.Graph.prevent_feeding', doc: 'Marks `tensor` as not feedable.', params: [{ name: 'tensor' }] },
    (self: PyGraph, a) => { self.graph.preventFeeding(tensorOf(a.tensor as PyValue, 'prevent_feeding')); return null; }),
  method({ name: 'tf.Graph.is_fetchable', doc: 'Whether a tensor or operation may be fetched.', params: [{ name: 'tensor_or_op' }] },
    (self: PyGraph, a) => self.graph.isFetchable(opOf(a.tensor_or_op as PyValue, 'is_fetchable'))),
  method({ name: 'tf.Graph.prevent_fetching', doc: 'Marks `op` as not fetchable.', params: [{ name: 'op' }] },
    (self: PyGraph, a) => { self.graph.preventFetching(opOf(a.op as PyValue, 'prevent_fetching')); return null; }),
  method({
    name: 'tf.Graph.as_graph_def', doc: 'The graph as a GraphDef protocol buffer.',
    params: [{ name: 'from_version', default: null, unsupported: 'partial GraphDefs' }, { name: 'add_shapes', default: false, type: 'flag' }],
  }, (self: PyGraph, a) => graphDefObject(self.graph, a.add_shapes)),
]);

function collectionNames(v: PyValue): string[] {
  if (typeof v === 'string') return [v];
  return listOf(v, 'add_to_collections', 'names').map(String);
}

export const GRAPH_CONSTRUCTOR = constructorOf({ name: 'tf.Graph', doc: 'A TensorFlow computation, represented as a dataflow graph.', params: [] }, () => wrap(new tf.Graph()));

export const SESSION_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.get_default_session', doc: 'The default session (innermost `with sess:` / `as_default()`), or None.', params: [] },
    () => { const s = tf.getDefaultSession(); return s ? sessionWrappers.get(s) ?? null : null; }),
  entry({ name: 'tf.get_default_graph', doc: 'The default graph.', params: [] }, () => wrap(tf.getDefaultGraph())),
  entry({ name: 'tf.device', doc: 'A device context: ops record the device (op.device), and everything runs on the CPU.', params: [{ name: 'device_name_or_function' }] },
    a => deviceContext(tf.getDefaultGraph(), a.device_name_or_function as PyValue)),
  entry({ name: 'tf.reset_default_graph', doc: 'Clears the default graph stack and resets the global default graph.', params: [] },
    () => { tf.resetDefaultGraph(); return null; }),
  entry({ name: 'tf.get_collection', doc: 'A copy of a collection of the default graph.', params: [{ name: 'key', type: 'str' }, { name: 'scope', default: null, type: 'str' }] },
    a => new PyList(tf.getDefaultGraph().getCollection(a.key, a.scope).map(collectionItem))),
  entry({ name: 'tf.get_collection_ref', doc: 'A collection of the default graph, itself.', params: [{ name: 'key', type: 'str' }] },
    a => new PyList(tf.getDefaultGraph().getCollectionRef(a.key).map(collectionItem))),
  entry({ name: 'tf.add_to_collection', doc: 'Stores `value` in the collection `name` of the default graph.', params: [{ name: 'name', type: 'str' }, { name: 'value' }] },
    a => { tf.getDefaultGraph().addToCollection(a.name, unwrapItem(a.value as PyValue)); return null; }),
  entry({ name: 'tf.add_to_collections', doc: 'Stores `value` in each collection of `names` of the default graph.', params: [{ name: 'names' }, { name: 'value' }] },
    a => { tf.getDefaultGraph().addToCollections(collectionNames(a.names as PyValue), unwrapItem(a.value as PyValue)); return null; }),
];

/** tf.Session, tf.InteractiveSession and tf.Graph as classes of `tf`. */
export function installSessionClasses(root: import('../../../objects/callables').PyModule): void {
  const [session, interactive] = SESSION_CONSTRUCTORS;
  const sessionClass = hostClass('Session', 'tensorflow');
  sessionClass.nativeNew = (_c, args, kw) => session.construct(args, kw);
  root.set('Session', sessionClass);
  const interactiveClass = hostClass('InteractiveSession', 'tensorflow');
  interactiveClass.nativeNew = (_c, args, kw) => interactive.construct(args, kw);
  root.set('InteractiveSession', interactiveClass);
  const graphClass = hostClass('Graph', 'tensorflow');
  graphClass.nativeNew = (_c, args, kw) => GRAPH_CONSTRUCTOR.construct(args, kw);
  root.set('Graph', graphClass);
}

export const SESSION_SIGNATURES: readonly Signature[] = [
  ...SESSION_CONSTRUCTORS.map(c => c.signature), GRAPH_CONSTRUCTOR.signature,
  ...SESSION_METHODS.entries.map(e => e.signature), ...GRAPH_METHODS.entries.map(e => e.signature),
];
