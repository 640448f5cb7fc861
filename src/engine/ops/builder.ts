// Creating ops: TF naming, static inference through the kernel registry, TF's build-time
// error texts, and conversion of plain values to Const tensors.
import { getDefaultGraph } from '../graph/default_graph';
import { Graph } from '../graph/graph';
import { Operation, Attrs } from '../graph/operation';
import { Tensor } from '../graph/tensor';
import { getKernel, ShapeError } from '../kernels/registry';
import { NDArray } from '../ndarray';
import { DType, isInteger } from '../dtypes';
import { formatShapeCpp, formatShapePy } from '../shape';
import { valueError, typeError } from '../errors';

/** Anything that can stand where a Tensor is expected (a Variable converts to its `read`). */
export interface TensorConvertible { toTensor(asRef?: boolean): Tensor }
/**
 * A plain value from a front end (a Python number or list) whose dtype is decided by the op it
 * feeds, as TF's convert_to_tensor does: `tf.add(x_float32, 2)` makes the 2 a float32 constant,
 * and `tf.add(x_int32, 2.5)` fails with TF's TypeError, which `toNDArray(dtype)` throws.
 */
export interface PlainValue { toNDArray(dtype: DType | null): NDArray }
export type TensorLike = Tensor | TensorConvertible | NDArray | PlainValue | number | boolean | TensorLikeArray;
export interface TensorLikeArray extends ReadonlyArray<TensorLike> {}

export function isConvertible(v: unknown): v is TensorConvertible {
  return typeof v === 'object' && v !== null && typeof (v as TensorConvertible).toTensor === 'function';
}
export function isPlainValue(v: unknown): v is PlainValue {
  return typeof v === 'object' && v !== null && typeof (v as PlainValue).toNDArray === 'function';
}

/** The graph an op with these inputs belongs to (the inputs' graph, else the default). */
export function graphOf(inputs: Tensor[]): Graph {
  return inputs.length ? inputs[0].graph : getDefaultGraph();
}

export function makeOp(type: string, inputs: Tensor[], givenAttrs: Attrs = {}, name?: string, controlInputs: Operation[] = []): Operation {
  const kernel = getKernel(type);
  if (!kernel) throw new Error(`No kernel registered for op type ${type}`);
  const attrs = kernel.normalizeAttrs ? kernel.normalizeAttrs(givenAttrs) : givenAttrs;
  const g = graphOf(inputs);
  const opName = name && name.endsWith('/') ? name.slice(0, -1) : g.uniqueName(name ?? type);
  let outputs;
  try {
    outputs = kernel.infer(inputs, attrs);
  } catch (e) {
    if (e instanceof ShapeError) {
      const shapes = inputs.map(t => formatShapeCpp(t.shape)).join(', ');
      throw valueError(`${e.message} for '${opName}' (op: '${type}') with input shapes: ${shapes}.`);
    }
    throw e;
  }
  return g.createOp(type, inputs, attrs, opName + '/', outputs, controlInputs);
}

export function makeOp1(type: string, inputs: Tensor[], attrs: Attrs = {}, name?: string): Tensor {
  return makeOp(type, inputs, attrs, name).outputs[0];
}

/** Throw TF's TypeError when two inputs of one op disagree on dtype. */
export function checkSameDType(type: string, inputs: Tensor[], argNames: string[] = ['x', 'y']): void {
  const d0 = inputs[0].dtype;
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].dtype !== d0) {
      throw typeError(`Input '${argNames[i] ?? argNames[argNames.length - 1]}' of '${type}' Op has type ${inputs[i].dtype} that does not match type ${d0} of argument '${argNames[0]}'.`);
    }
  }
}

/** tf.convert_to_tensor. Plain JS numbers become float32 unless a dtype is requested. */
export function convertToTensor(value: TensorLike, dtype?: DType | null, name = 'Const', asRef = false): Tensor {
  if (value instanceof Tensor) {
    if (dtype && value.dtype !== dtype) {
      throw valueError(`Tensor conversion requested dtype ${dtype} for Tensor with dtype ${value.dtype}: '${value.toString()}'`);
    }
    return value;
  }
  if (isConvertible(value)) return convertToTensor(value.toTensor(asRef), dtype, name);
  if (Array.isArray(value) && containsTensor(value)) return autoPack(value, dtype ?? undefined, name === 'Const' ? 'packed' : name);
  return constant(value, dtype ?? undefined, name);
}

function containsTensor(v: TensorLike): boolean {
  if (v instanceof Tensor || isConvertible(v)) return true;
  return Array.isArray(v) && v.some(containsTensor);
}

/**
 * TF's auto-packing: a list holding tensors (`tf.reshape(x, [batch, -1])` with `batch` a tensor)
 * becomes a Pack op named `packed` (the caller's name when given); plain items take the
 * tensors' dtype, nested lists pack first.
 */
function autoPack(values: readonly TensorLike[], dtype: DType | undefined, name: string): Tensor {
  const like = dtype ?? firstTensorDType(values);
  const graph = firstTensorGraph(values) ?? getDefaultGraph();
  return graph.withNameScope(name, null, scope => {
    const parts = values.map((v, i) => convertToTensor(v, like, String(i)));
    return makeOp1('Pack', parts, { N: parts.length, axis: 0 }, scope);
  });
}

function firstTensorGraph(v: TensorLike): Graph | undefined {
  if (v instanceof Tensor) return v.graph;
  if (isConvertible(v)) return v.toTensor().graph;
  if (Array.isArray(v)) for (const x of v) { const g = firstTensorGraph(x); if (g) return g; }
  return undefined;
}

function firstTensorDType(v: TensorLike): DType | undefined {
  if (v instanceof Tensor) return v.dtype;
  if (isConvertible(v)) return v.toTensor().dtype;
  if (Array.isArray(v)) for (const x of v) { const d = firstTensorDType(x); if (d) return d; }
  return undefined;
}

/** A value as an NDArray of `dtype` (numbers default to float32, booleans to bool). */
export function toNDArray(value: Exclude<TensorLike, Tensor | TensorConvertible>, dtype?: DType): NDArray {
  if (value instanceof NDArray) return dtype && dtype !== value.dtype ? value.astype(dtype) : value;
  if (isPlainValue(value)) return value.toNDArray(dtype ?? null);
  if (Array.isArray(value) && containsWrapped(value)) return stackParts(value, dtype);
  const flatSample = firstLeaf(value);
  const inferred: DType = typeof flatSample === 'boolean' ? 'bool' : 'float32';
  const target = dtype ?? inferred;
  if (isInteger(target)) {
    const bad = findNonInteger(value);
    if (bad !== undefined) throw typeError(`Expected ${target}, got ${bad} of type 'float' instead.`);
  }
  return NDArray.from(value, target);
}

export function constant(value: Exclude<TensorLike, Tensor | TensorConvertible> | NDArray, dtype?: DType, name = 'Const', shape?: number[]): Tensor {
  let arr = toNDArray(value, dtype);
  if (shape) arr = fillToShape(arr, shape);
  return makeOp1('Const', [], { value: arr, dtype: arr.dtype }, name);
}

function fillToShape(arr: NDArray, shape: number[]): NDArray {
  const size = shape.reduce((a, b) => a * b, 1);
  if (arr.size === size) return arr.reshape(shape);
  if (arr.size > size) throw typeError(`Too many elements provided. Needed at most ${size}, but received ${arr.size}`);
  const out = NDArray.zeros(arr.dtype, shape);
  const src = arr.data as unknown as number[], dst = out.data as unknown as number[];
  // TF pads a short list with its last element (a scalar fills the whole shape).
  for (let i = 0; i < size; i++) dst[i] = src[Math.min(i, arr.size - 1)];
  return out;
}

function containsWrapped(v: unknown): boolean {
  if (v instanceof NDArray || isPlainValue(v)) return true;
  return Array.isArray(v) && v.some(containsWrapped);
}

const WIDENING: DType[] = ['bool', 'uint8', 'int32', 'int64', 'float32', 'float64'];

/** A list of converted values (front-end values, arrays, numbers) as one array of their widest dtype. */
function stackParts(values: readonly TensorLike[], dtype?: DType): NDArray {
  let parts = values.map(v => toNDArray(v as Exclude<TensorLike, Tensor | TensorConvertible>, dtype));
  if (!dtype && parts.length) {
    const widest = parts.map(p => p.dtype).reduce((a, b) => (WIDENING.indexOf(b) > WIDENING.indexOf(a) ? b : a));
    parts = values.map((v, i) => (parts[i].dtype === widest ? parts[i] : toNDArray(v as Exclude<TensorLike, Tensor | TensorConvertible>, widest)));
  }
  const inner = parts.length ? parts[0].shape : [];
  for (const p of parts) {
    if (p.shape.length !== inner.length || p.shape.some((d, i) => d !== inner[i])) throw valueError('Argument must be a dense tensor: ragged lists are not supported.');
  }
  const out = NDArray.zeros(parts.length ? parts[0].dtype : dtype ?? 'float32', [parts.length, ...inner]);
  const size = inner.reduce((a, b) => a * b, 1);
  parts.forEach((p, i) => {
    if (Array.isArray(out.data)) for (let k = 0; k < size; k++) (out.data as unknown[])[i * size + k] = p.data[k];
    else (out.data as Float64Array).set(p.data as Float64Array, i * size);
  });
  return out;
}

function firstLeaf(v: unknown): unknown {
  while (Array.isArray(v)) { if (!v.length) return 0; v = v[0]; }
  return v;
}
function findNonInteger(v: unknown): number | undefined {
  if (Array.isArray(v)) { for (const x of v) { const r = findNonInteger(x); if (r !== undefined) return r; } return undefined; }
  return typeof v === 'number' && !Number.isInteger(v) ? v : undefined;
}

export function describeShape(t: Tensor): string { return formatShapePy(t.shape); }
