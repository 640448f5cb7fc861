// A Python-visible function's signature as data: the parameters CPython or TensorFlow define (names,
// defaults, positional/keyword rules) and, per parameter, whether Gradbook implements it. One binder
// in the Python front end reads these tables; docs/API.md and the editor's completion and hover are
// generated from them. Plain data only: the engine stays free of the interpreter.

/**
 * A default as Python would write it: None, True/False, a number, a string, a list of those.
 * `{ expr }` is a default Python spells as an expression (`float`, `tf.float32`, `<no value>`):
 * docs show it verbatim, the binder passes `undefined` when it is omitted, and the body applies it.
 */
export type PyDefault = null | boolean | number | string | { readonly float: number } | { readonly expr: string } | readonly PyDefault[];

/**
 * How the binder converts a Python argument before the body sees it (src/python/bind/converters.ts
 * lists them with the JS type each yields). None passed where the default is None stays `null`.
 */
export type ParamType =
  | 'any' | 'tensor' | 'optional_tensor' | 'tensors' | 'optional_tensors' | 'array' | 'int' | 'ints' | 'float' | 'bool' | 'flag' | 'str' | 'name'
  | 'dtype' | 'npdtype' | 'axis' | 'shape' | 'npshape' | 'dims' | 'callable' | 'shards'
  | 'sparse' | 'optional_sparse' | 'sparses' | 'sparse_or_tensor' | 'sparses_or_tensors';

export interface ParamSpec {
  readonly name: string;
  /** Absent: the parameter is required. `{ float: 1 }` keeps `1.0` distinct from `1` in docs. */
  readonly default?: PyDefault;
  /** 'positional': positional-only (before `/`); 'keyword': keyword-only (after `*`). */
  readonly kind?: 'positional' | 'keyword';
  /**
   * Not implemented: accepted only when omitted or passed its default; any other value raises
   * `NotImplementedError: <fn>() argument '<name>' is not supported by Gradbook` (a string adds why).
   */
  readonly unsupported?: true | string;
  /** Short description shown in hover and docs/API.md. */
  readonly doc?: string;
  /** The converter the binder applies; absent means 'any' (the raw Python value). */
  readonly type?: ParamType;
}

export interface Signature {
  /** Qualified Python name: 'tf.nn.conv2d', 'np.zeros', 'os.path.join', 'print'. */
  readonly name: string;
  readonly params: readonly ParamSpec[];
  /** Name of a `*args` parameter, placed after the positional parameters. */
  readonly varargs?: string;
  /** The converter applied to each `*args` item; absent: the raw Python values. */
  readonly varargsType?: ParamType;
  /** Name of a `**kwargs` parameter. */
  readonly varkw?: string;
  /** One line: what it does. */
  readonly doc: string;
}
