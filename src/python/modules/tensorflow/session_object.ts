// tf.Session / tf.InteractiveSession and tf.Graph as Python objects.
import { safeRepr } from '../../runtime/repr';
import { HostObject, hostClass } from '../../host';
import type { PyValue, Kwargs } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { PyBuiltin } from '../../objects/callables';
import { Session, InteractiveSession } from '../../../engine/session/session';
import { Graph } from '../../../engine/graph/graph';
import { pushDefaultGraph } from '../../../engine/graph/default_graph';
import { bindArgs } from './args';
import { feedsFromPy, flattenPyFetches, rebuildPyFetches } from './feeds';
import { registerWrapper, wrap } from './wrappers';
import { typeError } from '../../exceptions';

const method = (name: string, fn: (args: PyValue[], kw: Kwargs) => PyValue) => new PyBuiltin(name, fn);

/** A context manager object for `with g.as_default():` and friends. */
export class PyContext extends HostObject {
  private exitFn: (() => void) | null = null;
  constructor(private readonly enterFn: () => { value: PyValue; exit: () => void }) { super(); }
  override get pyTypeName() { return '_GeneratorContextManager'; }
  enter(): PyValue { const r = this.enterFn(); this.exitFn = r.exit; return r.value; }
  exit(): boolean { this.exitFn?.(); this.exitFn = null; return false; }
}

export class PySession extends HostObject {
  constructor(readonly session: Session) { super(); }
  override get pyTypeName() { return this.session instanceof InteractiveSession ? 'InteractiveSession' : 'Session'; }
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
    const s = this.session;
    switch (name) {
      case 'run': return method('run', (args, kw) => {
        const a = bindArgs('run', ['fetches', 'feed_dict=', 'options=', 'run_metadata='], args, kw);
        return this.run(a.fetches, a.feed_dict);
      });
      case 'close': return method('close', () => { s.close(); return null; });
      case 'graph': return wrap(s.graph);
      case 'graph_def': return wrap(s.graph);
      case 'as_default': return method('as_default', () => new PyContext(() => {
        const ctx = s.asDefault();
        return { value: this, exit: ctx.exit };
      }));
    }
    return undefined;
  }
}

export function newSession(args: PyValue[], kw: Kwargs, interactive: boolean): PySession {
  const a = bindArgs(interactive ? 'InteractiveSession' : 'Session', ['target=', 'graph=', 'config='], args, kw);
  let graph: Graph | undefined;
  if (a.graph !== null) {
    if (!(a.graph instanceof PyGraph)) throw typeError(`graph must be a tf.Graph, but got ${safeRepr(a.graph)}`);
    graph = a.graph.graph;
  }
  const s = interactive ? new InteractiveSession({ graph }) : new Session({ graph });
  const w = new PySession(s);
  sessionWrappers.set(s, w);
  return w;
}
export const sessionWrappers = new WeakMap<Session, PySession>();

export class PyGraph extends HostObject {
  constructor(readonly graph: Graph) { super(); }
  override get pyTypeName() { return 'Graph'; }
  override get type() { return hostClass('Graph', 'tensorflow'); }
  override repr(): string { return '<tensorflow.python.framework.ops.Graph object>'; }
  override hashKey(): unknown { return this.graph; }
  getattr(name: string): PyValue | undefined {
    const g = this.graph;
    switch (name) {
      case 'as_default': return method('as_default', () => new PyContext(() => ({ value: this, exit: pushDefaultGraph(g).exit })));
      case 'get_operations': return method('get_operations', () => new PyList(g.getOperations().map(o => wrap(o))));
      case 'get_operation_by_name': return method('get_operation_by_name', args => wrap(g.getOperationByName(String(args[0]))));
      case 'get_tensor_by_name': return method('get_tensor_by_name', args => wrap(g.getTensorByName(String(args[0]))));
      case 'as_graph_element': return method('as_graph_element', args => wrap(g.asGraphElement(typeof args[0] === 'string' ? args[0] : (args[0] as unknown as { engineValue(): unknown }).engineValue?.())));
      case 'get_collection': return method('get_collection', (args, kw) => {
        const a = bindArgs('get_collection', ['name', 'scope='], args, kw);
        return new PyList(g.getCollection(String(a.name), a.scope === null ? null : String(a.scope)).map(collectionItem));
      });
      case 'get_collection_ref': return method('get_collection_ref', args => new PyList(g.getCollectionRef(String(args[0])).map(collectionItem)));
      case 'add_to_collection': return method('add_to_collection', args => { g.addToCollection(String(args[0]), unwrapItem(args[1])); return null; });
      case 'get_all_collection_keys': return method('get_all_collection_keys', () => new PyList(g.getAllCollectionKeys()));
      case 'finalize': return method('finalize', () => { g.finalize(); return null; });
      case 'finalized': return g.finalized;
      case 'version': return g.version;
      case 'seed': return g.seed;
      case 'get_name_scope': return method('get_name_scope', () => g.getNameScope());
      case 'name_scope': return method('name_scope', args => new PyContext(() => {
        const ctx = g.enterNameScope(args[0] === null ? null : String(args[0]));
        return { value: ctx.scope, exit: ctx.exit };
      }));
      case 'control_dependencies': return method('control_dependencies', args => new PyContext(() => {
        const deps = args[0] === null ? null : (args[0] as PyList).items.map(x => (x as unknown as { engineValue(): never }).engineValue());
        const ctx = g.enterControlDependencies(deps === null ? null : deps.map(d => ((d as { op?: unknown }).op && !(d as { type?: string }).type ? (d as { op: never }).op : d)));
        return { value: null, exit: ctx.exit };
      }));
    }
    return undefined;
  }
}

/** Collections hold engine objects; Python sees their wrappers (other items pass through). */
function collectionItem(x: unknown): PyValue {
  if (x !== null && typeof x === 'object' && !(x instanceof HostObject)) {
    try { return wrap(x as object); } catch { return x as PyValue; }
  }
  return x as PyValue;
}
function unwrapItem(x: PyValue): unknown {
  const e = (x as unknown as { engineValue?: () => unknown })?.engineValue;
  return typeof e === 'function' ? e.call(x) : x;
}
export { collectionItem, unwrapItem };

registerWrapper(Graph, x => new PyGraph(x as Graph));
