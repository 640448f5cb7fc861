// tf.assert_* / tf.debugging.assert_* (TF 1.15's check_ops, graph mode): each builds an Assert
// over reduce_all of a comparison with TF's data list, so a failing run raises
// InvalidArgumentError "assertion failed: [msg] [Condition x < y did not hold element-wise:]
// [x (x:0) = ] [...] ...". TF 1.15's texts are kept as they were, quirks included: in
// assert_less_equal, assert_greater, assert_greater_equal and assert_non_positive two adjacent
// Python literals join into one item ("...element-wise:x (x:0) = "), and assert_none_equal says
// "for every single element". Only assert_equal checks constants at build time (_assert_static);
// type checks are static; the rank checks live in rank_asserts.ts.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { DType } from '../../dtypes';
import { OpError, typeError, valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { constantValue } from '../../kernels/array/static';
import { formatShapePy } from '../../shape';
import { printValue } from '../../debug/summarize';
import { convertToTensor, type TensorLike } from '../builder';
import { inScope } from '../math/apply';
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from '../math/binary';
import { reduceAll } from '../math/reduce';
import { noOp } from '../control/group';
import type { OpGroup } from '../op_def';
import { assertOp, dataTensor } from './assert';

type Compare = (x: TensorLike, y: TensorLike) => Tensor;
interface BinaryRow {
  py: string; sym: string; test: Compare;
  /** TF's condition text; `joined` when TF's source glues it to the `x (...) = ` item. */
  condition: string; joined: boolean;
  /** assert_equal only: the element test of its build-time check of constants. */
  holds?: (a: number, b: number) => boolean;
}
const elementWise = (sym: string) => `Condition x ${sym} y did not hold element-wise:`;
const BINARY: BinaryRow[] = [
  { py: 'assert_equal', sym: '==', test: equal, condition: elementWise('=='), joined: false, holds: (a, b) => a === b },
  { py: 'assert_none_equal', sym: '!=', test: notEqual, condition: 'Condition x != y did not hold for every single element:', joined: false },
  { py: 'assert_less', sym: '<', test: less, condition: elementWise('<'), joined: false },
  { py: 'assert_less_equal', sym: '<=', test: lessEqual, condition: elementWise('<='), joined: true },
  { py: 'assert_greater', sym: '>', test: greater, condition: elementWise('>'), joined: true },
  { py: 'assert_greater_equal', sym: '>=', test: greaterEqual, condition: elementWise('>='), joined: true },
];
const byName = new Map(BINARY.map(r => [r.py, r]));

/** A data item as _assert_static spells it: a constant's value, else the tensor's repr. */
function staticText(item: TensorLike | string): string {
  if (typeof item === 'string') return item;
  const t = dataTensor(item);
  const v = constantValue(t);
  if (v === null) return `Tensor("${t.name}", shape=${formatShapePy(t.shape)}, dtype=${t.dtype})`;
  return v.dtype === 'string' && v.shape.length === 0 ? (v.data as string[])[0] : printValue(v, -1);
}

/** The static check: both sides constant and broadcast-compatible element by element. */
function staticallyHolds(row: BinaryRow, x: Tensor, y: Tensor): boolean | null {
  if (!row.holds) return null;
  const a = constantValue(x), b = constantValue(y);
  if (a === null || b === null || a.dtype === 'string' || b.dtype === 'string') return null;
  if (a.size !== b.size && a.size !== 1 && b.size !== 1) return null;
  const n = Math.max(a.size, b.size);
  for (let i = 0; i < n; i++) if (!row.holds!(Number(a.numeric[a.size === 1 ? 0 : i]), Number(b.numeric[b.size === 1 ? 0 : i]))) return false;
  return true;
}

function binaryAssert(row: BinaryRow, x: TensorLike, y: TensorLike, data: (TensorLike | string)[] | null, summarize: number | null, message: string | null, name: string | null): Operation {
  return inScope([x, y], name ?? undefined, row.py, () => {
    const xt = convertToTensor(x, null, 'x');
    const yt = convertToTensor(y, xt.dtype, 'y');
    if (row.py === 'assert_equal' && xt === yt) return noOp();
    const xText = `x (${xt.name}) = `;
    const head = row.joined ? [row.condition + xText] : [row.condition, xText];
    const items: (TensorLike | string)[] = data ?? [message ?? '', ...head, xt, `y (${yt.name}) = `, yt];
    if (staticallyHolds(row, xt, yt) === false) throw new OpError('InvalidArgumentError', items.map(staticText).join('\n'), null);
    return assertOp(reduceAll(row.test(xt, yt)), items, summarize);
  });
}

interface UnaryRow { py: string; sym: string; compare: string; zeroFirst: boolean; joined: boolean }
const UNARY: UnaryRow[] = [
  { py: 'assert_positive', sym: '> 0', compare: 'assert_less', zeroFirst: true, joined: false },
  { py: 'assert_negative', sym: '< 0', compare: 'assert_less', zeroFirst: false, joined: false },
  { py: 'assert_non_negative', sym: '>= 0', compare: 'assert_less_equal', zeroFirst: true, joined: false },
  { py: 'assert_non_positive', sym: '<= 0', compare: 'assert_less_equal', zeroFirst: false, joined: true },
];

function unaryAssert(row: UnaryRow, x: TensorLike, data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null): Operation {
  return inScope([x], name ?? undefined, row.py, () => {
    const xt = convertToTensor(x, null, 'x');
    const condition = `Condition x ${row.sym} did not hold element-wise:`, xText = `x (${xt.name}) = `;
    const items: (TensorLike | string)[] = data ?? [message ?? '', ...(row.joined ? [condition + xText] : [condition, xText]), xt];
    const zero = convertToTensor(0, xt.dtype);
    const [a, b] = row.zeroFirst ? [zero, xt] : [xt, zero];
    return binaryAssert(byName.get(row.compare)!, a, b, items, summarize, null, null);
  });
}

function assertType(tensor: TensorLike, dtype: DType, message: string | null, name: string | null): Operation {
  return inScope([tensor], name ?? undefined, 'assert_type', () => {
    const t = convertToTensor(tensor, null, 'tensor');
    if (t.dtype !== dtype) throw typeError(`${message ?? ''}  ${t.name} must be of type <dtype: '${dtype}'>`);
    return noOp('statically_determined_correct_type');
  });
}

function assertScalar(tensor: TensorLike, name: string | null): Tensor {
  return inScope([tensor], name ?? undefined, 'assert_scalar', () => {
    const t = convertToTensor(tensor, null, 'tensor');
    if (t.shape === null) throw valueError(`Expected scalar shape for ${t.name}, saw unknown shape.`);
    if (t.shape.length !== 0) throw valueError(`Expected scalar shape for ${t.name}, saw shape: ${formatShapePy(t.shape)}.`);
    return t;
  });
}

export const common = [
  { name: 'data', default: null, type: 'tensors' }, { name: 'summarize', default: null, type: 'int' },
  { name: 'message', default: null, type: 'str' }, { name: 'name', default: null, type: 'name' },
] as const;
export const aliases = (py: string) => [`tf.debugging.${py}`, `tf.compat.v1.${py}`];

export const ASSERTS_API: OpGroup = {
  ops: [],
  api: [
    ...BINARY.map(row => defineApi({
      name: `tf.${row.py}`, doc: `Assert the condition \`x ${row.sym} y\` holds element-wise.`,
      params: [{ name: 'x', type: 'tensor' }, { name: 'y', type: 'tensor' }, ...common],
    }, a => binaryAssert(row, a.x, a.y, a.data, a.summarize, a.message, a.name), aliases(row.py))),
    ...UNARY.map(row => defineApi({
      name: `tf.${row.py}`, doc: `Assert the condition \`x ${row.sym}\` holds element-wise.`,
      params: [{ name: 'x', type: 'tensor' }, ...common],
    }, a => unaryAssert(row, a.x, a.data, a.summarize, a.message, a.name), aliases(row.py))),
    defineApi({
      name: 'tf.assert_type', doc: 'Statically asserts that the given tensor is of the given type.',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'tf_type', type: 'dtype' }, { name: 'message', default: null, type: 'str' }, { name: 'name', default: null, type: 'name' }],
    }, a => assertType(a.tensor, a.tf_type, a.message, a.name), aliases('assert_type')),
    defineApi({
      name: 'tf.assert_scalar', doc: 'Asserts that the given tensor is a scalar (statically).',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => assertScalar(a.tensor, a.name), aliases('assert_scalar')),
  ],
};
