// tf.einsum for one or two operands without ellipses or repeated subscripts in one operand
// (the forms TF1 programs use: 'ij,jk->ik', 'bij,bjk->bik', 'ij->ji', 'ij->', 'i,j->ij', ...).
// Labels only one operand has and the output lacks are summed first; then the operands are
// transposed to [batch, free, contracted] and [batch, contracted, free], flattened, multiplied
// with one (batched) matmul, and the product reshaped and transposed to the output's order.
import type { Tensor } from '../../graph/tensor';
import { valueError } from '../../errors';
import { defineApi, unsupportedArgument } from '../../api/index';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { inScope } from './apply';
import { matmul } from './matmul';
import { reduceProd, reduceSum } from './reduce';
import { reshape } from '../array/reshape';
import { transpose } from '../array/transpose';
import { shape } from '../array/shape_ops';
import { gather } from '../array/gather';

interface Parsed { inputs: string[]; output: string }

function parseEquation(equation: string, count: number): Parsed {
  const eq = equation.replace(/\s/g, '');
  if (eq.includes('.')) throw unsupportedArgument('einsum', 'equation', 'ellipses (...)');
  const [lhs, rhs] = eq.split('->');
  const inputs = lhs.split(',');
  if (inputs.length !== count) throw valueError(`Input count ${count} does not match the number of input subscripts ${inputs.length} in '${equation}'`);
  for (const s of [...inputs, rhs ?? '']) {
    if (!/^[a-zA-Z]*$/.test(s)) throw valueError(`Invalid einsum subscript '${s}' in '${equation}'`);
  }
  for (const s of inputs) {
    if (new Set(s).size !== s.length) throw unsupportedArgument('einsum', 'equation', `a subscript repeated within one operand ('${s}')`);
  }
  // Implicit output: the labels that appear exactly once, in alphabetical order (NumPy's rule).
  const all = inputs.join('');
  const output = rhs ?? [...new Set(all)].filter(c => all.split(c).length === 2).sort().join('');
  for (const c of output) if (!all.includes(c)) throw valueError(`Output subscript '${c}' does not appear in the input subscripts of '${equation}'`);
  if (new Set(output).size !== output.length) throw valueError(`Output subscripts of '${equation}' repeat a label`);
  return { inputs, output };
}

/** x transposed so its labels read `to` (skipped when already in that order). */
function arrange(x: Tensor, from: string, to: string): Tensor {
  const perm = [...to].map(c => from.indexOf(c));
  return perm.every((p, i) => p === i) ? x : transpose(x, perm);
}

/** Sum x over the labels `keep` does not need. */
function sumAway(x: Tensor, labels: string, keep: (c: string) => boolean): [Tensor, string] {
  const gone = [...labels].map((c, i) => (keep(c) ? -1 : i)).filter(i => i >= 0);
  return gone.length ? [reduceSum(x, gone), [...labels].filter(keep).join('')] : [x, labels];
}

/** The sizes of some axes of x: plain numbers when static, else a gathered shape vector. */
function dimsOf(x: Tensor, axes: number[]): number[] | Tensor {
  const s = x.shape!;
  return axes.every(i => s[i] !== null) ? axes.map(i => s[i] as number) : gather(shape(x), axes);
}
const count = (d: number[] | Tensor): number | Tensor => (Array.isArray(d) ? d.reduce((p, v) => p * v, 1) : reduceProd(d));
const flat = (d: number[] | Tensor): (number | Tensor)[] => (Array.isArray(d) ? d : [d]);

function contractTwo(a: Tensor, la: string, b: Tensor, lb: string, out: string): [Tensor, string] {
  [a, la] = sumAway(a, la, c => lb.includes(c) || out.includes(c));
  [b, lb] = sumAway(b, lb, c => la.includes(c) || out.includes(c));
  const batch = [...la].filter(c => lb.includes(c) && out.includes(c)).join('');
  const sum = [...la].filter(c => lb.includes(c) && !out.includes(c)).join('');
  const freeA = [...la].filter(c => !lb.includes(c)).join(''), freeB = [...lb].filter(c => !la.includes(c)).join('');
  for (const c of [...batch, ...sum]) {
    const da = a.shape?.[la.indexOf(c)] ?? null, db = b.shape?.[lb.indexOf(c)] ?? null;
    if (da !== null && db !== null && da !== db) throw valueError(`Dimensions of subscript '${c}' do not match: ${da} and ${db}`);
  }
  const at = (t: Tensor, labels: string, part: string) => dimsOf(t, [...part].map(c => labels.indexOf(c)));
  const dims = { batch: at(a, la, batch), freeA: at(a, la, freeA), sum: at(a, la, sum), freeB: at(b, lb, freeB) };
  const lead = batch.length ? [count(dims.batch)] : [];
  const a2 = reshape(arrange(a, la, batch + freeA + sum), [...lead, count(dims.freeA), count(dims.sum)]);
  const b2 = reshape(arrange(b, lb, batch + sum + freeB), [...lead, count(dims.sum), count(dims.freeB)]);
  const product = matmul(a2, b2);
  return [reshape(product, [...flat(dims.batch), ...flat(dims.freeA), ...flat(dims.freeB)]), batch + freeA + freeB];
}

export function einsum(equation: string, inputs: readonly TensorLike[], name?: string): Tensor {
  if (inputs.length < 1) throw valueError('einsum needs at least one operand');
  if (inputs.length > 2) throw unsupportedArgument('einsum', 'inputs', 'more than two operands');
  const { inputs: subs, output } = parseEquation(equation, inputs.length);
  return inScope([...inputs], name, 'einsum', () => {
    const xs = inputs.map(x => convertToTensor(x));
    xs.forEach((x, i) => {
      if (x.rank !== null && x.rank !== subs[i].length) throw valueError(`Input ${i} has rank ${x.rank} but its subscripts '${subs[i]}' name ${subs[i].length} axes`);
      if (x.rank === null) throw unsupportedArgument('einsum', 'inputs', 'an operand of unknown rank');
    });
    if (xs.length === 1) {
      const [summed, labels] = sumAway(xs[0], subs[0], c => output.includes(c));
      return arrange(summed, labels, output);
    }
    const [product, labels] = contractTwo(xs[0], subs[0], xs[1], subs[1], output);
    return arrange(product, labels, output);
  });
}

export const EINSUM: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.einsum', doc: 'A generalized contraction between tensors of arbitrary dimension (one or two operands).',
    varargs: 'inputs', varargsType: 'tensor',
    params: [{ name: 'equation', type: 'str' }, { name: 'name', default: null, kind: 'keyword', type: 'name' }],
  }, a => einsum(a.equation, a.inputs, a.name ?? undefined), ['tf.linalg.einsum'])],
};
