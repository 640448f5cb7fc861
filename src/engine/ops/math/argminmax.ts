// ArgMax / ArgMin (tf1-semantics §3.3): the input shape minus `dimension`, output_type int64
// by default; ties go to the smallest index. tf.argmax / tf.argmin (axis, or the deprecated
// dimension) and TF1's gen-op spellings tf.arg_max / tf.arg_min.
import type { Tensor } from '../../graph/tensor';
import type { DType, NumericArray } from '../../dtypes';
import { invalidArgument, valueError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { constantValues } from '../../kernels/math/axes';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import type { TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { convertArgs, inScope } from './apply';

function argReduce(x: NumericArray, out: NumericArray, outer: number, n: number, inner: number, wantMax: boolean): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let best = x[base], at = 0;
      for (let k = 1; k < n; k++) {
        const v = x[base + k * inner];
        if (wantMax ? v > best : v < best) { best = v; at = k; }
      }
      out[o * inner + i] = at;
    }
  }
}

function argOp(type: OpTypeName, wantMax: boolean) {
  return defineOp({
    type, family: 'math', inputs: ['input', 'dimension'],
    attrs: { output_type: attr.type('int64'), Tidx: attr.type('int32') },
    infer: ([x, dim], attrs) => {
      checkDType(x, 'numeric', 'input');
      checkDType(dim, 'int', 'dimension');
      const outType = attrs.output_type;
      const axis = constantValues(dim);
      if (x.shape === null) return [{ dtype: outType, shape: null }];
      const rank = x.shape.length;
      if (axis === null) return [{ dtype: outType, shape: rank === 0 ? [] : new Array(rank - 1).fill(null) }];
      const a = axis[0];
      if (a < -rank || a >= rank) throw new ShapeError(`Expected dimension in the range [${-rank}, ${rank}), but got ${a}`);
      const norm = a < 0 ? a + rank : a;
      return [{ dtype: outType, shape: x.shape.filter((_, i) => i !== norm) }];
    },
    compute: ([x, dim], node, rt) => {
      const rank = x.rank;
      const a = (dim.data as NumericArray)[0];
      if (a < -rank || a >= rank) throw invalidArgument(`Expected dimension in the range [${-rank}, ${rank}), but got ${a}`);
      const axis = a < 0 ? a + rank : a;
      const n = x.shape[axis];
      if (n === 0) throw invalidArgument(`Reduction axis ${axis} is empty in shape ${JSON.stringify(x.shape)}`);
      const outer = x.shape.slice(0, axis).reduce((p, d) => p * d, 1);
      const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
      const out = rt.output(node, 0, node.attrs.output_type, x.shape.filter((_, i) => i !== axis));
      argReduce(x.data as NumericArray, out.data as NumericArray, outer, n, inner, wantMax);
      return [out];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(type, 'input: T, dimension: Tidx', 'output: output_type', 'T: type; Tidx: type = int32; output_type: type = int64'),
  });
}

export const ArgMax = argOp(OpType.ArgMax, true);
export const ArgMin = argOp(OpType.ArgMin, false);

function argBuilder(def: OpDef<typeof ArgMax.attrs>) {
  return (input: TensorLike, axis: TensorLike | null = 0, outputType: DType = 'int64', name?: string): Tensor =>
    inScope([input], name, def.type, scope => {
      const [x] = convertArgs([input], ['input']);
      const [dim] = convertArgs([axis ?? 0], ['dimension'], 'int32');
      return def.make1([x, dim], { output_type: outputType, Tidx: dim.dtype }, scope);
    });
}
export const argmax = argBuilder(ArgMax);
export const argmin = argBuilder(ArgMin);

function api(py: 'argmax' | 'argmin', build: typeof argmax) {
  const which = py === 'argmax' ? 'largest' : 'smallest';
  return [
    defineApi({
      name: `tf.${py}`, doc: `Returns the index with the ${which} value across axes of a tensor.`,
      params: [
        { name: 'input', type: 'tensor' }, { name: 'axis', default: null, type: 'axis' }, { name: 'name', default: null, type: 'name' },
        { name: 'dimension', default: null, type: 'axis', doc: 'deprecated spelling of axis' },
        { name: 'output_type', default: { expr: 'tf.int64' }, type: 'dtype' },
      ],
    }, a => {
      if (a.axis !== null && a.dimension !== null) throw valueError("Cannot specify both 'axis' and 'dimension'");
      return build(a.input, a.axis ?? a.dimension ?? 0, a.output_type ?? 'int64', a.name ?? undefined);
    }, [`tf.math.${py}`]),
    defineApi({
      name: `tf.${py === 'argmax' ? 'arg_max' : 'arg_min'}`, doc: `Returns the index with the ${which} value across dimensions of a tensor (TF1's op form).`,
      params: [
        { name: 'input', type: 'tensor' }, { name: 'dimension', type: 'axis' },
        { name: 'output_type', default: { expr: 'tf.int64' }, type: 'dtype' }, { name: 'name', default: null, type: 'name' },
      ],
    }, a => build(a.input, a.dimension, a.output_type ?? 'int64', a.name ?? undefined)),
  ];
}

export const ARG_MIN_MAX: OpGroup = { ops: [ArgMax, ArgMin], api: [...api('argmax', argmax), ...api('argmin', argmin)] };
