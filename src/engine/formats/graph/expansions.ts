// Gradbook ops that TF does not have are written as the TF ops TF's Python builds for the same
// thing, so real TF can import the graph; the last node keeps the op's name so consumers
// still refer to it. Gradbook reads the expansion back as ordinary ops.
import type { Operation } from '../../graph/operation';
import { NDArray } from '../../ndarray';
import { shapeToProto } from '../proto/shape';
import { encodeAttr, AttrValueProto } from './attr_values';
import type { NodeDefProto } from './graph_def_export';

type Expansion = (op: Operation, inputNames: string[], addShapes: boolean) => NodeDefProto[];

const T = (op: Operation) => encodeAttr('type', op.outputs[0].dtype);

/** SoftmaxGrad(grad, softmax) = (grad - sum(grad * softmax, -1, keepdims)) * softmax (nn_grad.py). */
const softmaxGrad: Expansion = (op, [grad, softmax], addShapes) => {
  const n = op.name, shape = op.outputs[0].shape;
  const kept = shape === null ? null : [...shape.slice(0, -1), 1];
  const shapes = (s: typeof shape): Record<string, AttrValueProto> => (addShapes ? { _output_shapes: { list: { shape: [shapeToProto(s)] } } } : {});
  return [
    { name: `${n}/mul`, op: 'Mul', input: [grad, softmax], attr: { T: T(op), ...shapes(shape) } },
    {
      name: `${n}/Sum/reduction_indices`, op: 'Const', input: [],
      attr: { dtype: encodeAttr('type', 'int32'), value: encodeAttr('tensor', NDArray.scalar(-1, 'int32')), ...shapes([]) },
    },
    {
      name: `${n}/Sum`, op: 'Sum', input: [`${n}/mul`, `${n}/Sum/reduction_indices`],
      attr: { T: T(op), Tidx: encodeAttr('type', 'int32'), keep_dims: { b: true }, ...shapes(kept) },
    },
    { name: `${n}/sub`, op: 'Sub', input: [grad, `${n}/Sum`], attr: { T: T(op), ...shapes(shape) } },
    { name: n, op: 'Mul', input: [`${n}/sub`, softmax], attr: { T: T(op), ...shapes(shape) } },
  ];
};

const EXPANSIONS: Record<string, Expansion> = { SoftmaxGrad: softmaxGrad };

/** The nodes for `op` if it is one Gradbook writes as TF ops, else null. */
export function expandOp(op: Operation, inputNames: string[], addShapes: boolean): NodeDefProto[] | null {
  const e = EXPANSIONS[op.type];
  if (!e) return null;
  const controls = inputNames.filter(i => i.startsWith('^'));
  const nodes = e(op, inputNames.filter(i => !i.startsWith('^')), addShapes);
  for (const node of nodes) node.input = [...(node.input ?? []), ...controls];
  for (const node of nodes) node.attr = Object.fromEntries(Object.entries(node.attr ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  return nodes;
}
