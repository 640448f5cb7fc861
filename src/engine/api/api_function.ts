// A Python-visible function the engine defines: its TF1 signature (data) and a call over the
// converted arguments, keyed by the Python parameter names. The Python front end's one binder
// (src/python/bind) matches a call to the signature, converts each argument by its declared
// ParamType and hands the record to `call`; the engine never sees a Python object.
import type { DType } from '../dtypes';
import type { NDArray } from '../ndarray';
import type { StaticShape } from '../shape';
import type { TensorLike } from '../ops/builder';
import type { SparseTensor } from '../graph/sparse_tensor';
import type { ParamSpec, ParamType, Signature } from './signature';

/** What each ParamType converts to (src/python/bind/converters.ts implements them). */
export interface ParamValues {
  /** A Python value as is (the engine must not look inside it). */
  any: unknown;
  /** A Tensor, a Variable, a numpy array (NDArray) or a PlainValue for Python numbers and lists. */
  tensor: TensorLike;
  /** A tensor, or None as null (a required parameter TF lets be None: batch_normalization's offset). */
  optional_tensor: TensorLike | null;
  tensors: TensorLike[];
  /** A list/tuple whose items are tensors or None (tf.global_norm's t_list). */
  optional_tensors: (TensorLike | null)[];
  /** numpy's array_like as an NDArray (NumPy's dtype rules). */
  array: NDArray;
  int: number;
  /** An int or a list/tuple of ints. */
  ints: number[];
  float: number;
  /** Strictly True/False (TF's attr check: `Expected bool for argument ...`). */
  bool: boolean;
  /** Any Python value, by its truth value (NumPy's and the builtins' flags). */
  flag: boolean;
  str: string;
  /** An op name; None gives null (TF takes name=None for any default name). */
  name: string | null;
  /** tf.DType, numpy dtype or type, or its name; TF's mapping (Python float is float32). */
  dtype: DType;
  /** The same under NumPy's mapping (Python float is float64). */
  npdtype: DType;
  /** An int (or anything with __index__), a list/tuple of ints, or a Tensor/Variable. */
  axis: number | number[] | TensorLike;
  /** A static shape: a TensorShape or a list whose unknown dims are None. */
  shape: StaticShape;
  /** NumPy's shape: an int or a tuple of ints. */
  npshape: number[];
  /** A fully defined shape (int, list/tuple, TensorShape, numpy array) as numbers, or a 1-D int Tensor. */
  dims: number[] | TensorLike;
  /** A Python callable, checked callable, kept opaque. */
  callable: unknown;
  /** One tensor, or a list/tuple of tensors (the shards of partitioned params): always a list. */
  shards: TensorLike[];
  /** A tf.SparseTensor, or a tf.SparseTensorValue made constant (TF's convert_to_tensor_or_sparse_tensor). */
  sparse: SparseTensor;
  /** The same, or None as null (embedding_lookup_sparse's sp_weights). */
  optional_sparse: SparseTensor | null;
  /** A list/tuple of sparse tensors (tf.sparse.concat's sp_inputs). */
  sparses: SparseTensor[];
  /** A SparseTensor (or SparseTensorValue) as SparseTensor, anything else as a tensor (tf.sparse.add's operands). */
  sparse_or_tensor: SparseTensor | TensorLike;
  /** A list/tuple of those (tf.sparse.cross's inputs). */
  sparses_or_tensors: (SparseTensor | TensorLike)[];
}

type ValueOf<P extends ParamSpec> =
  | (P extends { readonly type: infer T extends ParamType } ? ParamValues[T] : unknown)
  | (P extends { readonly default: null } ? null : never)
  | (P extends { readonly default: { readonly expr: string } } ? undefined : never);

/** The converted arguments of a call, keyed by parameter name (and the *args / **kwargs names). */
export type ArgsOf<S extends Signature> =
  { readonly [P in S['params'][number] as P['name']]: ValueOf<P> }
  & (S extends { readonly varargs: infer V extends string }
    ? { readonly [K in V]: readonly (S extends { readonly varargsType: infer T extends ParamType } ? ParamValues[T] : unknown)[] } : unknown)
  & (S extends { readonly varkw: infer K extends string } ? { readonly [N in K]: ReadonlyMap<string, unknown> } : unknown);

export interface ApiFunction<S extends Signature = Signature> {
  readonly signature: S;
  /** Other qualified names bound to the same function (`tf.math.exp`, `tf.nn.sigmoid`). */
  readonly aliases?: readonly string[];
  /** The result: an engine object, a list of them, or a plain value. */
  call(args: ArgsOf<S>): unknown;
}

/** Typed from the literal signature: `args.transpose_a` is a boolean, a typo a compile error. */
export function defineApi<const S extends Signature>(signature: S, call: (args: ArgsOf<S>) => unknown, aliases?: readonly string[]): ApiFunction {
  const fn: ApiFunction<S> = aliases ? { signature, call, aliases } : { signature, call };
  return fn as unknown as ApiFunction;
}

/**
 * A result Python sees as a tuple (TF returns tuples from clip_by_global_norm, moments,
 * fused_batch_norm); with a type name and field names, a namedtuple (top_k's `TopKV2(values,
 * indices)`). A plain JS array becomes a Python list.
 */
export class ApiTuple {
  constructor(readonly items: readonly unknown[], readonly typeName?: string, readonly fields?: readonly string[]) {}
}
export function apiTuple(items: readonly unknown[], typeName?: string, fields?: readonly string[]): ApiTuple {
  return new ApiTuple(items, typeName, fields);
}
