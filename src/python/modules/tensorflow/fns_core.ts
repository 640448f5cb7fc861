// tf.* graph-building basics: placeholders, constants, Variables, sessions, scopes, groups.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyModule, PyBuiltin } from '../../objects/callables';
import { PyList } from '../../objects/containers';
import * as tf from '../../../engine';
import { defFn, arg, out, listItems, Args } from './define';
import { toStatic } from './shape_object';
import { toEngine, pyToNDArray } from './convert';
import { PyContext, PyGraph, newSession, sessionWrappers, collectionItem, unwrapItem } from './session_object';
import { bindArgs } from './args';
import { wrap } from './wrappers';
import { hostClass } from '../../host';
import { variableClass } from './tensor_object';
import { PyNDArray } from '../numpy/ndarray_object';
import { Tensor } from '../../../engine/graph/tensor';
import { Operation } from '../../../engine/graph/operation';
import { Variable } from '../../../engine/variables/variable';
import { callValue } from '../../runtime/call';
import { typeError } from '../../exceptions';
import { typeOf } from '../../runtime/type-name';

/** Ops or tensors in a Python list/tuple, as engine objects for group/control_dependencies. */
export function opsOf(v: PyValue): (Operation | Tensor | Variable)[] {
  return listItems(v).map(x => {
    const e = (x as unknown as { engineValue?: () => Operation | Tensor | Variable }).engineValue?.();
    if (!e) throw typeError(`Can not convert a ${typeOf(x).name} into a Tensor or Operation.`);
    return e;
  });
}

export function defineCore(m: PyModule): void {
  defFn(m, 'placeholder', ['dtype', 'shape=', 'name='], a => out(tf.placeholder(arg.dtype(a.dtype)!, toStatic(a.shape), arg.name(a.name))));
  defFn(m, 'placeholder_with_default', ['input', 'shape', 'name='], a => out(tf.placeholderWithDefault(toEngine(a.input), toStatic(a.shape), arg.name(a.name))));
  defFn(m, 'constant', ['value', 'dtype=', 'shape=', 'name=', 'verify_shape='], a => {
    const dtype = arg.dtype(a.dtype);
    const v = a.value instanceof PyNDArray ? (dtype ? a.value.array.astype(dtype) : a.value.array) : pyToNDArray(a.value, dtype);
    return out(tf.constant(v, v.dtype, arg.name(a.name) ?? 'Const', a.shape === null ? undefined : (toStatic(a.shape) as number[])));
  });
  defFn(m, 'convert_to_tensor', ['value', 'dtype=', 'name=', 'preferred_dtype='], a => out(tf.convertToTensor(toEngine(a.value, arg.dtype(a.dtype)), arg.dtype(a.dtype), arg.name(a.name) ?? 'Const')));
  defFn(m, 'identity', ['input', 'name='], a => out(tf.identity(toEngine(a.input), arg.name(a.name))));
  defFn(m, 'stop_gradient', ['input', 'name='], a => out(tf.stopGradient(toEngine(a.input), arg.name(a.name))));
  defFn(m, 'no_op', ['name='], a => out(tf.noOp(arg.name(a.name))));
  m.set('group', new PyBuiltin('group', (args: PyValue[], kw: Kwargs) => {
    const name = kw?.get('name');
    const items = args.length === 1 && args[0] instanceof PyList ? args[0].items : args;
    return out(tf.group(opsOf(new PyList(items)), name === undefined || name === null ? undefined : String(name)));
  }, 'tensorflow'));
  defFn(m, 'tuple', ['tensors', 'name=', 'control_inputs='], a => out(tf.tuple(listItems(a.tensors).map(t => (t === null ? null : tf.convertToTensor(toEngine(t)))), arg.name(a.name), a.control_inputs === null ? [] : opsOf(a.control_inputs))));
  defFn(m, 'control_dependencies', ['control_inputs'], a => new PyContext(() => ({ value: null, exit: tf.enterControlDependencies(a.control_inputs === null ? null : opsOf(a.control_inputs)).exit })));
  defFn(m, 'name_scope', ['name', 'default_name=', 'values='], a => new PyContext(() => {
    const ctx = tf.getDefaultGraph().enterNameScope(a.name === null ? null : String(a.name), a.default_name === null ? null : String(a.default_name));
    return { value: ctx.scope, exit: ctx.exit };
  }));
  defFn(m, 'variable_scope', ['name_or_scope', 'default_name=', 'values=', 'initializer=', 'regularizer=', 'caching_device=', 'partitioner=', 'custom_getter=', 'reuse=', 'dtype='], a => new PyContext(() => {
    const name = a.name_or_scope === null ? String(a.default_name) : String(a.name_or_scope);
    const reuse = a.reuse === null ? null : a.reuse === tf.AUTO_REUSE ? tf.AUTO_REUSE : Boolean(a.reuse);
    const ctx = tf.enterVariableScope(name, { reuse, initializer: initializerArg(a.initializer), dtype: arg.dtype(a.dtype) ?? undefined });
    return { value: name, exit: ctx.exit };
  }));
  m.set('AUTO_REUSE', tf.AUTO_REUSE);
  defFn(m, 'get_variable', ['name', 'shape=', 'dtype=', 'initializer=', 'regularizer=', 'trainable=', 'collections=', 'caching_device=', 'partitioner=', 'validate_shape=', 'use_resource=', 'custom_getter=', 'constraint='], a => {
    const init = a.initializer;
    const initializer = init === null ? null : init instanceof PyNDArray ? init.array : typeof init === 'number' || (init as { v?: number }).v !== undefined ? arg.num(init) : (init as unknown as { engineValue?: unknown }).engineValue ? (toEngine(init) as Tensor) : initializerArg(init);
    return out(tf.getVariable(String(a.name), { shape: a.shape === null ? null : (toStatic(a.shape) as number[]), dtype: arg.dtype(a.dtype), initializer, trainable: a.trainable === null ? null : Boolean(a.trainable), collections: a.collections === null ? null : listItems(a.collections).map(String) }));
  });

  // tf.Variable is a class (isinstance works) whose constructor builds the engine Variable.
  variableClass.nativeNew = (_cls, args, kw) => {
    const a = bindArgs('Variable', ['initial_value=', 'trainable=', 'collections=', 'validate_shape=', 'caching_device=', 'name=', 'variable_def=', 'dtype=', 'expected_shape=', 'import_scope=', 'constraint=', 'use_resource=', 'synchronization=', 'aggregation=', 'shape='], args, kw);
    const dtype = arg.dtype(a.dtype);
    const init = a.initial_value;
    const value = init !== null && typeof init === 'object' && (init as { type?: { name?: string } }).type?.name === 'function'
      ? () => toEngine(callValue(init, [], null), dtype)
      : init === null ? null : toEngine(init, dtype);
    return wrap(new tf.Variable(value as never, {
      trainable: a.trainable === null ? true : Boolean(a.trainable),
      collections: a.collections === null ? null : listItems(a.collections).map(String),
      validateShape: a.validate_shape === null ? true : Boolean(a.validate_shape),
      name: arg.name(a.name), dtype,
    }));
  };
  m.set('Variable', variableClass);

  const sessionClass = hostClass('Session', 'tensorflow');
  sessionClass.nativeNew = (_c, args, kw) => newSession(args, kw, false);
  m.set('Session', sessionClass);
  const interactive = hostClass('InteractiveSession', 'tensorflow');
  interactive.nativeNew = (_c, args, kw) => newSession(args, kw, true);
  m.set('InteractiveSession', interactive);
  defFn(m, 'get_default_session', [], () => { const s = tf.getDefaultSession(); return s ? sessionWrappers.get(s) ?? null : null; });

  const graphClass = hostClass('Graph', 'tensorflow');
  graphClass.nativeNew = () => wrap(new tf.Graph());
  m.set('Graph', graphClass);
  defFn(m, 'get_default_graph', [], () => wrap(tf.getDefaultGraph()));
  defFn(m, 'reset_default_graph', [], () => { tf.resetDefaultGraph(); return null; });

  defFn(m, 'global_variables_initializer', [], () => out(tf.globalVariablesInitializer()));
  defFn(m, 'initialize_all_variables', [], () => out(tf.globalVariablesInitializer()));
  defFn(m, 'local_variables_initializer', [], () => out(tf.localVariablesInitializer()));
  defFn(m, 'variables_initializer', ['var_list', 'name='], a => out(tf.variablesInitializer(listItems(a.var_list).map(v => toEngine(v) as Variable), arg.name(a.name) ?? 'init')));
  defFn(m, 'global_variables', ['scope='], a => out(tf.globalVariables(a.scope === null ? null : String(a.scope))));
  defFn(m, 'trainable_variables', ['scope='], a => out(tf.trainableVariables(a.scope === null ? null : String(a.scope))));
  defFn(m, 'local_variables', ['scope='], a => out(tf.localVariables(a.scope === null ? null : String(a.scope))));
  defFn(m, 'get_collection', ['key', 'scope='], a => new PyList(tf.getDefaultGraph().getCollection(String(a.key), a.scope === null ? null : String(a.scope)).map(collectionItem)));
  defFn(m, 'get_collection_ref', ['key'], a => new PyList(tf.getDefaultGraph().getCollectionRef(String(a.key)).map(collectionItem)));
  defFn(m, 'add_to_collection', ['name', 'value'], a => { tf.getDefaultGraph().addToCollection(String(a.name), unwrapItem(a.value)); return null; });
  defFn(m, 'gradients', ['ys', 'xs', 'grad_ys=', 'name=', 'colocate_gradients_with_ops=', 'gate_gradients=', 'aggregation_method=', 'stop_gradients=', 'unconnected_gradients='], a => {
    const many = (v: PyValue) => (v instanceof PyList || (v as { items?: unknown }).items ? listItems(v) : [v]);
    const ys = many(a.ys).map(y => tf.convertToTensor(toEngine(y)));
    const xs = many(a.xs).map(x => toEngine(x) as Tensor | Variable);
    const gradYs = a.grad_ys === null ? null : many(a.grad_ys).map(g => (g === null ? null : toEngine(g)));
    const stops = a.stop_gradients === null ? [] : many(a.stop_gradients).map(s => tf.convertToTensor(toEngine(s)));
    const unconnected = a.unconnected_gradients === null ? 'none' : String(a.unconnected_gradients).toLowerCase().includes('zero') ? 'zero' : 'none';
    return out(tf.gradients(ys, xs as never, { gradYs: gradYs as never, name: arg.name(a.name), stopGradients: stops, unconnectedGradients: unconnected }));
  });
  m.set('newaxis', null);
}

/** An initializer argument: a tf initializer object (callable) or None. */
export function initializerArg(v: PyValue): ((shape: number[], dtype?: tf.DType) => Tensor) | null {
  if (v === null) return null;
  const fn = (v as unknown as { initializer?: (shape: number[], dtype?: tf.DType) => Tensor }).initializer;
  if (fn) return fn;
  return (shape, dtype) => tf.convertToTensor(toEngine(callValue(v, [new PyList(shape)], null), dtype));
}
export type { Args };
void PyGraph;
