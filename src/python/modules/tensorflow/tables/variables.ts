// tf.Variable (constructor and methods), tf.get_variable, tf.variable_scope and the
// initialization helpers, bound from TF 1.15's signatures (tf1-semantics §1.6–1.9). Python
// callables (initializers, regularizers, constraints) are called back through the interpreter.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { PyMessage } from '../proto_object';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import type { Signature } from '../../../../engine';
import { constructorOf, entry, isCallable, method, MethodTable, TableEntry, toTensorLike } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { callValue } from '../../../runtime/call';
import { typeOf } from '../../../runtime/type-name';
import { str } from '../../../runtime/repr';
import { toArray } from '../../../runtime/iteration';
import { isEngineBacked } from '../convert';
import { out } from '../define';
import { feedsFromPy } from '../feeds';
import { PyContext } from '../session_object';
import { PyTensorShape } from '../shape_object';
import { PyDType } from '../dtype_object';
import { wrap } from '../wrappers';
import { wrapArray } from '../../numpy/ndarray_object';
import { initializerOf } from './initializers';
import { sessionArg } from './session';

const engine = (v: PyValue): unknown => (isEngineBacked(v) ? v.engineValue() : v);

/** A Python callable(x) → tensor, as the engine's (Tensor) → TensorLike. */
function tensorCallback(fn: PyValue): (x: tf.Tensor | tf.Variable) => tf.TensorLike {
  return x => toTensorLike(callValue(fn, [wrap(x)], null));
}
function regularizerOf(v: PyValue): tf.Regularizer | null {
  if (v === null) return null;
  if (!isCallable(v)) throw typeError(`regularizer must be callable, not ${typeOf(v).name}`);
  return variable => {
    const r = callValue(v, [wrap(variable)], null);
    return r === null ? null : tf.convertToTensor(toTensorLike(r));
  };
}
function constraintOf(v: PyValue): tf.Constraint | null {
  if (v === null) return null;
  if (!isCallable(v)) throw typeError(`The \`constraint\` argument must be a callable. Got: ${typeOf(v).name}`);
  return tensorCallback(v);
}
function collectionsOf(v: PyValue): string[] | null {
  if (v === null) return null;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(String);
  // A set: TF accepts list, tuple or set.
  if (typeOf(v).name === 'set') return toArray(v).map(String);
  throw valueError(`collections argument to Variable constructor must be a list, tuple, or set. Got ${str(v)} of type <class '${typeOf(v).name}'>`);
}
const variableOf = (v: PyValue, fn: string): tf.Variable => {
  const e = engine(v);
  if (!(e instanceof tf.Variable)) throw typeError(`${fn}: expected a tf.Variable, got ${typeOf(v).name}`);
  return e;
};
const variableList = (v: PyValue, fn: string): tf.Variable[] => {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${fn}() argument 'var_list' must be a list of variables`);
  return v.items.map(x => variableOf(x, fn));
};

const NOT_RESOURCE = 'resource variables (TF1 graphs use ref variables)';
const DEVICE_HINT = 'a device placement hint (one CPU device)';
const DISTRIBUTION = { default: { expr: 'VariableSynchronization.AUTO' }, unsupported: 'distribution strategies' } as const;

export const VARIABLE_CONSTRUCTOR = constructorOf({
  name: 'tf.Variable', doc: 'A variable: a VariableV2 op, its `Assign` initializer and its `read` snapshot.',
  params: [
    { name: 'initial_value', default: null }, { name: 'trainable', default: null, type: 'flag' },
    { name: 'collections', default: null }, { name: 'validate_shape', default: true, type: 'flag' },
    { name: 'caching_device', default: null, doc: DEVICE_HINT }, { name: 'name', default: null, type: 'name' },
    { name: 'variable_def', default: null, unsupported: 'rebuilding from a VariableDef (use tf.train.import_meta_graph)' },
    { name: 'dtype', default: null, type: 'dtype' },
    { name: 'expected_shape', default: null, doc: 'deprecated and ignored, as in TF 1.15' },
    { name: 'import_scope', default: null, unsupported: 'rebuilding from a VariableDef' },
    { name: 'constraint', default: null }, { name: 'use_resource', default: null, type: 'flag', unsupported: NOT_RESOURCE },
    { name: 'synchronization', ...DISTRIBUTION }, { name: 'aggregation', default: { expr: 'VariableAggregation.NONE' }, unsupported: 'distribution strategies' },
    { name: 'shape', default: null, type: 'shape' },
  ],
}, a => {
  const init = a.initial_value as PyValue;
  if (init === null) throw valueError('initial_value must be specified.');
  const value = isCallable(init) && !isEngineBacked(init) ? () => toTensorLike(callValue(init, [], null)) : toTensorLike(init);
  return wrap(new tf.Variable(value, {
    trainable: a.trainable ?? true, collections: collectionsOf(a.collections as PyValue), validateShape: a.validate_shape,
    name: a.name, dtype: a.dtype, shape: a.shape, constraint: constraintOf(a.constraint as PyValue),
  }));
});

/** The Python object behind a Variable method call. */
interface VariableSelf { readonly variable: tf.Variable }

const USE_LOCKING = { name: 'use_locking', default: false, type: 'flag', doc: 'a hint for concurrent updates; Gradbook runs ops one at a time' } as const;
const READ_VALUE = { name: 'read_value', default: true, type: 'flag', doc: 'False returns the assign Operation instead of the new value' } as const;
const updateResult = (t: tf.Tensor, readValue: boolean) => wrap(readValue ? t : t.op);

export const VARIABLE_METHODS = new MethodTable<VariableSelf>([
  method({ name: 'tf.Variable.assign', doc: 'Assigns a new value to the variable.', params: [{ name: 'value', type: 'tensor' }, USE_LOCKING, { name: 'name', default: null, type: 'name' }, READ_VALUE] },
    (self: VariableSelf, a) => updateResult(self.variable.assign(a.value, a.name, a.use_locking), a.read_value)),
  method({ name: 'tf.Variable.assign_add', doc: 'Adds a value to this variable.', params: [{ name: 'delta', type: 'tensor' }, USE_LOCKING, { name: 'name', default: null, type: 'name' }, READ_VALUE] },
    (self: VariableSelf, a) => updateResult(self.variable.assignAdd(a.delta, a.name, a.use_locking), a.read_value)),
  method({ name: 'tf.Variable.assign_sub', doc: 'Subtracts a value from this variable.', params: [{ name: 'delta', type: 'tensor' }, USE_LOCKING, { name: 'name', default: null, type: 'name' }, READ_VALUE] },
    (self: VariableSelf, a) => updateResult(self.variable.assignSub(a.delta, a.name, a.use_locking), a.read_value)),
  method({ name: 'tf.Variable.value', doc: 'The `read` snapshot Tensor.', params: [] }, (self: VariableSelf) => wrap(self.variable.value())),
  method({ name: 'tf.Variable.read_value', doc: 'A new `read` Identity of the variable.', params: [] }, (self: VariableSelf) => wrap(self.variable.readValue())),
  method({ name: 'tf.Variable.initialized_value', doc: 'The value if initialized, else the initial value (for initial values that read other variables).', params: [] },
    (self: VariableSelf) => wrap(self.variable.initializedValue())),
  method({ name: 'tf.Variable.get_shape', doc: 'The static shape.', params: [] }, (self: VariableSelf) => new PyTensorShape(self.variable.shape)),
  method({ name: 'tf.Variable.set_shape', doc: 'Refines the static shape.', params: [{ name: 'shape', type: 'shape' }] },
    (self: VariableSelf, a) => { self.variable.ref.setShape(a.shape); return null; }),
  method({ name: 'tf.Variable.eval', doc: 'The value in `session` (default: the default session).', params: [{ name: 'session', default: null }] },
    (self: VariableSelf, a) => wrapArray(tf.evalTensor(self.variable.ref, undefined, sessionArg(a.session as PyValue)))),
  method({ name: 'tf.Variable.load', doc: 'Loads `value` into the variable by running its initializer with the initial value fed.', params: [{ name: 'value' }, { name: 'session', default: null }] },
    (self: VariableSelf, a) => {
      const v = self.variable;
      const feeds = feedsFromPy(feedDictFor(v.initialValue, a.value as PyValue), v.graph);
      tf.runOperation(v.initializer, feeds, sessionArg(a.session as PyValue));
      return null;
    }),
  method({ name: 'tf.Variable.to_proto', doc: 'The variable as a VariableDef.', params: [{ name: 'export_scope', default: null, unsupported: 'export scopes' }] },
    (self: VariableSelf) => variableDefObject(self.variable)),
]);

function feedDictFor(key: tf.Tensor, value: PyValue): PyValue {
  const d = new PyDict();
  d.set(wrap(key), value);
  return d;
}

function variableDefObject(v: tf.Variable): PyValue {
  return new PyMessage('VariableDef', {
    variable_name: v.ref.name, initial_value_name: v.initialValue.name, initializer_name: v.initializer.name,
    snapshot_name: v.snapshot.name, ...(v.trainable ? { trainable: true } : {}),
  });
}

/** The VariableScope object `with tf.variable_scope(...) as scope` gives. */
export class PyVariableScope extends HostObject {
  constructor(readonly scope: tf.VariableScopeState) { super(); }
  override get pyTypeName() { return 'VariableScope'; }
  override get type() { return hostClass('VariableScope', 'tensorflow'); }
  override repr(): string { return `<tensorflow.python.ops.variable_scope.VariableScope object>`; }
  getattr(name: string): PyValue | undefined {
    const s = this.scope;
    switch (name) {
      case 'name': return s.name;
      case 'original_name_scope': return s.originalNameScope;
      case 'reuse': return s.reuse === tf.AUTO_REUSE ? AUTO_REUSE : s.reuse === true;
      case 'dtype': return PyDType.of(s.dtype);
    }
    return VARIABLE_SCOPE_METHODS.get(this, name);
  }
}
/** tf.AUTO_REUSE: TF's _ReuseMode.AUTO_REUSE sentinel. */
class PyReuseMode extends HostObject {
  override get pyTypeName() { return '_ReuseMode'; }
  override repr(): string { return '<_ReuseMode.AUTO_REUSE: 1>'; }
}
export const AUTO_REUSE = new PyReuseMode();

export const VARIABLE_SCOPE_METHODS = new MethodTable<PyVariableScope>([
  method({ name: 'tf.VariableScope.reuse_variables', doc: 'Reuse variables in this scope from now on.', params: [] },
    (self: PyVariableScope) => { self.scope.reuse = true; return null; }),
  method({ name: 'tf.VariableScope.set_initializer', doc: 'Sets the default initializer of this scope.', params: [{ name: 'initializer' }] },
    (self: PyVariableScope, a) => { self.scope.initializer = initializerOf(a.initializer as PyValue); return null; }),
  method({ name: 'tf.VariableScope.set_regularizer', doc: 'Sets the default regularizer of this scope.', params: [{ name: 'regularizer' }] },
    (self: PyVariableScope, a) => { self.scope.regularizer = regularizerOf(a.regularizer as PyValue); return null; }),
]);

function reuseOf(v: PyValue): tf.Reuse {
  if (v === null) return null;
  if (v === AUTO_REUSE) return tf.AUTO_REUSE;
  if (typeof v === 'boolean') return v;
  throw valueError(`reuse must be True, False, None or tf.AUTO_REUSE, got ${typeOf(v).name}`);
}

/** get_variable's initializer: an initializer object or callable, a Tensor, a numpy array or a number. */
function getVariableInitializer(v: PyValue): tf.Initializer | tf.Tensor | tf.NDArray | number | null {
  if (v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  const e = engine(v);
  if (e instanceof tf.Variable) return e.value();
  if (e instanceof tf.Tensor) return e;
  const like = toTensorLike(v);
  if (like instanceof tf.NDArray) return like;
  if (isCallable(v)) return initializerOf(v);
  const arr = (like as tf.PlainValue).toNDArray(null);
  return arr.shape.length === 0 ? Number(arr.numeric[0]) : arr;
}

export const VARIABLES_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.get_variable', doc: 'Gets an existing variable with these parameters or creates a new one (variable-scope naming and reuse).',
    params: [
      { name: 'name', type: 'str' }, { name: 'shape', default: null, type: 'shape' }, { name: 'dtype', default: null, type: 'dtype' },
      { name: 'initializer', default: null }, { name: 'regularizer', default: null }, { name: 'trainable', default: null, type: 'flag' },
      { name: 'collections', default: null }, { name: 'caching_device', default: null, doc: DEVICE_HINT },
      { name: 'partitioner', default: null, unsupported: 'partitioned variables' }, { name: 'validate_shape', default: true, type: 'flag' },
      { name: 'use_resource', default: null, type: 'flag', unsupported: NOT_RESOURCE }, { name: 'custom_getter', default: null, unsupported: 'custom getters' },
      { name: 'constraint', default: null }, { name: 'synchronization', ...DISTRIBUTION },
      { name: 'aggregation', default: { expr: 'VariableAggregation.NONE' }, unsupported: 'distribution strategies' },
    ],
  }, a => {
    const shape = a.shape;
    if (shape !== null && shape.some(d => d === null)) throw valueError(`Shape of a new variable (${a.name}) must be fully defined, but instead was ${new PyTensorShape(shape).str()}.`);
    return wrap(tf.getVariable(a.name, {
      shape: shape as number[] | null, dtype: a.dtype, initializer: getVariableInitializer(a.initializer as PyValue),
      regularizer: regularizerOf(a.regularizer as PyValue), trainable: a.trainable, collections: collectionsOf(a.collections as PyValue),
      validateShape: a.validate_shape, constraint: constraintOf(a.constraint as PyValue),
    }));
  }),
  entry({
    name: 'tf.variable_scope', doc: 'A context manager for defining ops that create variables (layers).',
    params: [
      { name: 'name_or_scope' }, { name: 'default_name', default: null, type: 'str' }, { name: 'values', default: null, doc: 'checked to be from the default graph in TF; accepted' },
      { name: 'initializer', default: null }, { name: 'regularizer', default: null }, { name: 'caching_device', default: null, doc: DEVICE_HINT },
      { name: 'partitioner', default: null, unsupported: 'partitioned variables' }, { name: 'custom_getter', default: null, unsupported: 'custom getters' },
      { name: 'reuse', default: null }, { name: 'dtype', default: null, type: 'dtype' },
      { name: 'use_resource', default: null, type: 'flag', unsupported: NOT_RESOURCE }, { name: 'constraint', default: null },
      { name: 'auxiliary_name_scope', default: true, type: 'flag' },
    ],
  }, a => {
    const given = a.name_or_scope as PyValue;
    if (given === null && a.default_name === null) throw typeError('If default_name is None then name_or_scope is required');
    if (given !== null && typeof given !== 'string' && !(given instanceof PyVariableScope)) throw typeError(`VariableScope: name_or_scope must be a string or VariableScope.`);
    return new PyContext(() => {
      const nameOrScope = given instanceof PyVariableScope ? given.scope : given ?? tf.uniqueVariableScopeName(a.default_name!);
      const ctx = tf.enterVariableScope(nameOrScope, {
        reuse: reuseOf(a.reuse as PyValue), initializer: initializerOf(a.initializer as PyValue), regularizer: regularizerOf(a.regularizer as PyValue),
        constraint: constraintOf(a.constraint as PyValue), dtype: a.dtype ?? undefined, auxiliaryNameScope: a.auxiliary_name_scope,
      });
      return { value: new PyVariableScope(ctx.scope), exit: ctx.exit };
    });
  }),
  entry({ name: 'tf.get_variable_scope', doc: 'The current variable scope.', params: [] }, () => new PyVariableScope(tf.currentVariableScope())),
  entry({
    name: 'tf.name_scope', doc: 'A context manager for use when defining a Python op (opens a name scope).',
    params: [{ name: 'name' }, { name: 'default_name', default: null, type: 'str' }, { name: 'values', default: null, doc: 'checked to be from the default graph in TF; accepted' }],
  }, a => new PyContext(() => {
    const ctx = tf.getDefaultGraph().enterNameScope(a.name === null ? null : String(a.name), a.default_name);
    return { value: ctx.scope, exit: ctx.exit };
  })),
  entry({ name: 'tf.global_variables_initializer', doc: 'An op that initializes global variables (a group named `init`).', params: [] },
    () => out(tf.globalVariablesInitializer()), { aliases: ['tf.initializers.global_variables'] }),
  entry({ name: 'tf.initialize_all_variables', doc: 'Deprecated alias of global_variables_initializer.', params: [] }, () => out(tf.globalVariablesInitializer())),
  entry({ name: 'tf.local_variables_initializer', doc: 'An op that initializes local variables (a group named `init`).', params: [] },
    () => out(tf.localVariablesInitializer()), { aliases: ['tf.initializers.local_variables', 'tf.initialize_local_variables'] }),
  entry({
    name: 'tf.variables_initializer', doc: 'An op that initializes the variables in `var_list` (a NoOp when it is empty).',
    params: [{ name: 'var_list' }, { name: 'name', default: 'init', type: 'name' }],
  }, a => out(tf.variablesInitializer(variableList(a.var_list as PyValue, 'variables_initializer'), a.name ?? 'init')),
  { aliases: ['tf.initializers.variables', 'tf.initialize_variables'] }),
  entry({ name: 'tf.global_variables', doc: 'The GLOBAL_VARIABLES collection, filtered by `scope`.', params: [{ name: 'scope', default: null, type: 'str' }] },
    a => out(tf.globalVariables(a.scope)), { aliases: ['tf.all_variables'] }),
  entry({ name: 'tf.trainable_variables', doc: 'The TRAINABLE_VARIABLES collection, filtered by `scope`.', params: [{ name: 'scope', default: null, type: 'str' }] },
    a => out(tf.trainableVariables(a.scope))),
  entry({ name: 'tf.local_variables', doc: 'The LOCAL_VARIABLES collection, filtered by `scope`.', params: [{ name: 'scope', default: null, type: 'str' }] },
    a => out(tf.localVariables(a.scope))),
  entry({ name: 'tf.model_variables', doc: 'The MODEL_VARIABLES collection, filtered by `scope`.', params: [{ name: 'scope', default: null, type: 'str' }] },
    a => out(tf.getDefaultGraph().getCollection(tf.GraphKeys.MODEL_VARIABLES, a.scope))),
  entry({
    name: 'tf.report_uninitialized_variables', doc: 'A string tensor: the names of the variables in `var_list` not yet initialized.',
    params: [{ name: 'var_list', default: null }, { name: 'name', default: 'report_uninitialized_variables', type: 'name' }],
  }, a => {
    const vars = a.var_list === null ? [...tf.globalVariables(), ...tf.localVariables()] : variableList(a.var_list as PyValue, 'report_uninitialized_variables');
    return out(tf.reportUninitializedVariables(vars, a.name));
  }),
];

/** tf.Variable as a class (isinstance works) and tf.AUTO_REUSE. */
export function installVariableClasses(root: import('../../../objects/callables').PyModule, variableClass: import('../../../objects/pyclass').PyClass): void {
  variableClass.nativeNew = (_c, args, kw) => VARIABLE_CONSTRUCTOR.construct(args, kw);
  root.set('Variable', variableClass);
  root.set('AUTO_REUSE', AUTO_REUSE);
  root.set('VariableScope', hostClass('VariableScope', 'tensorflow'));
}

export const VARIABLE_SIGNATURES: readonly Signature[] = [
  VARIABLE_CONSTRUCTOR.signature, ...VARIABLE_METHODS.entries.map(e => e.signature), ...VARIABLE_SCOPE_METHODS.entries.map(e => e.signature),
];
