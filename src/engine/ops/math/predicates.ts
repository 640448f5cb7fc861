// IsNan, IsInf, IsFinite: float tensors → bool tensors of the same shape (tf.is_nan, ...).
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { unaryLoop } from '../../kernels/math/codegen';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import type { TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { applyOp } from './apply';

interface PredicateRow { type: OpTypeName; py: string; expr: string; doc: string }
const ROWS: PredicateRow[] = [
  { type: OpType.IsNan, py: 'is_nan', expr: 'x !== x ? 1 : 0', doc: 'Returns which elements of x are NaN.' },
  { type: OpType.IsInf, py: 'is_inf', expr: 'x === Infinity || x === -Infinity ? 1 : 0', doc: 'Returns which elements of x are Inf.' },
  { type: OpType.IsFinite, py: 'is_finite', expr: 'Number.isFinite(x) ? 1 : 0', doc: 'Returns which elements of x are finite.' },
];

const predicateOp = (row: PredicateRow) => {
  const loop = unaryLoop(row.expr);
  return defineOp({
    type: row.type, family: 'math', inputs: ['x'], attrs: {},
    infer: ([x]) => { checkDType(x, 'float'); return [{ dtype: 'bool', shape: x.shape }]; },
    compute: ([x], node, rt) => {
      const out = rt.output(node, 0, 'bool', x.shape);
      loop(x.data as NumericArray, out.data as NumericArray, x.size);
      return [out];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(row.type, 'x: T', 'y: bool', 'T: type'),
  });
};

const DEFS = ROWS.map(predicateOp);
const builder = (type: OpTypeName) => (x: TensorLike, name?: string): Tensor => applyOp(type, type, [x], ['x'], {}, name);
export const isNan = builder(OpType.IsNan), isInf = builder(OpType.IsInf), isFinite = builder(OpType.IsFinite);

export const PREDICATES: OpGroup = {
  ops: DEFS,
  api: ROWS.map(row => defineApi({
    name: `tf.${row.py}`, doc: row.doc, params: [{ name: 'x', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => builder(row.type)(a.x, a.name ?? undefined), [`tf.math.${row.py}`])),
};
