// while_loop and cond over Python structures: flatten the loop variables or branch results
// (TensorArrays travel as their flow tensors), call the engine's flat builders, and pack the
// results back into the structures TF1 returns.
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { toTensorLike } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { isEngineBacked } from '../convert';
import { out } from '../define';
import { assertSameStructure, children, flatten, isSequence, packSequenceAs } from './nest';
import { isTensorArray, PyTensorArray } from './tensor_array_object';
import { PyTensorShape } from '../shape_object';
type StaticShape = PyTensorShape['shape'];

/** A leaf as the tensor the engine carries (a TensorArray's flow). */
export function leafTensor(v: PyValue, dtype?: tf.DType | null): tf.Tensor {
  if (isTensorArray(v)) return v.ta.flow;
  if (isEngineBacked(v)) {
    const e = v.engineValue();
    if (e instanceof tf.Operation) throw typeError(`Can not convert a Operation into a Tensor.`);
  }
  return tf.convertToTensor(toTensorLike(v), dtype ?? null);
}

/** Leaves of `template` rebuilt around tensors: TensorArrays get their new flow. */
function rewrap(template: PyValue[], tensors: tf.Tensor[]): PyValue[] {
  return tensors.map((t, i) => (isTensorArray(template[i]) ? new PyTensorArray(template[i].ta.withFlow(t)) : out(t)));
}

export interface StructuredWhileOptions {
  shapeInvariants?: PyValue | null;
  parallelIterations?: number;
  backProp?: boolean;
  maximumIterations?: tf.TensorLike | null;
  name?: string | null;
  /** How cond/body receive the packed variables (TF: `body(*loop_vars)`). */
  spread?: boolean;
}

/**
 * The loop over a structure of loop variables. `cond` and `body` get the packed variables; the
 * result is packed like the body's result (TF's return value before the single-var unpacking).
 */
export function structuredWhile(cond: (vars: PyValue[]) => PyValue, body: (vars: PyValue[]) => PyValue, loopVars: PyValue, opts: StructuredWhileOptions): PyValue {
  const leaves = flatten(loopVars);
  const tensors = leaves.map(l => leafTensor(l));
  const invariants = opts.shapeInvariants === null || opts.shapeInvariants === undefined ? null : shapeInvariantsOf(loopVars, opts.shapeInvariants);
  const args = (packed: PyValue): PyValue[] => (opts.spread && (packed instanceof PyList || isTuple(packed)) ? children(packed) : [packed]);
  let resultStructure: PyValue = loopVars;
  const flat = tf.whileLoop(
    vs => leafTensor(cond(args(packSequenceAs(loopVars, rewrap(leaves, vs))))),
    vs => {
      const packed = packSequenceAs(loopVars, rewrap(leaves, vs));
      let result = body(args(packed));
      if (!isSequence(result)) result = new PyList([result]);
      // TF compares list(packed) with list(result): the top level may be a list or a tuple.
      if (packed instanceof PyList || isTuple(packed)) assertSameStructure(new PyList(children(packed)), new PyList(children(result as PyList)));
      else assertSameStructure(packed, result);
      resultStructure = result;
      const outLeaves = flatten(result);
      if (outLeaves.length !== leaves.length) throw valueError(`Number of inputs and outputs of body must match loop_vars: ${leaves.length}, ${outLeaves.length}`);
      return outLeaves.map((l, i) => leafTensor(l, tensors[i].dtype));
    },
    tensors,
    {
      shapeInvariants: invariants, parallelIterations: opts.parallelIterations, backProp: opts.backProp,
      maximumIterations: opts.maximumIterations ?? null, name: opts.name,
    },
  );
  return packSequenceAs(resultStructure, rewrap(leaves, flat));
}

const isTuple = (v: PyValue): v is PyTuple => v instanceof PyTuple;

function shapeInvariantsOf(loopVars: PyValue, invariants: PyValue): (StaticShape | undefined)[] {
  assertSameStructure(loopVars, invariants, false);
  const vars = flatten(loopVars);
  return flatten(invariants).map((s, i) => {
    if (isTensorArray(vars[i])) return undefined;
    if (!(s instanceof PyTensorShape)) throw valueError('`shapes` must be a (possibly nested) list of shapes.');
    return s.shape;
  });
}

/** cond over Python results: TF1's checks, singleton unpacking (strict=False), packing. */
export function structuredCond(pred: tf.Tensor, trueFn: () => PyValue, falseFn: () => PyValue, strict: boolean, name: string | null): PyValue {
  let resT: PyValue = null;
  let leavesT: PyValue[] = [];
  const unpack = (r: PyValue) => (!strict && (r instanceof PyList || isTuple(r)) && children(r as PyList).length === 1 ? children(r as PyList)[0] : r);
  const branch = (which: 'true_fn' | 'false_fn', fn: () => PyValue) => (): tf.Tensor[] => {
    const r = fn();
    if (r === null) throw valueError(`${which} must have a return value.`);
    const res = unpack(r);
    const leaves = flatten(res);
    if (which === 'true_fn') { resT = res; leavesT = leaves; } else {
      try { assertSameStructure(resT, res); } catch (e) {
        const err = e as { type?: { name?: string }; args?: PyValue[] };
        const text = String(err.args?.[0] ?? e);
        if (err.type?.name === 'TypeError') throw typeError(`Incompatible return types of true_fn and false_fn: ${text}`);
        throw valueError(`Incompatible return values of true_fn and false_fn: ${text}`);
      }
      if (!leaves.length) throw valueError('true_fn and false_fn must return at least one result.');
    }
    return leaves.map(l => branchTensor(l));
  };
  const merged = tf.cond(pred, branch('true_fn', trueFn), branch('false_fn', falseFn), { name });
  const packed = packSequenceAs(resT, merged.map((t, i) => (isTensorArray(leavesT[i]) ? new PyTensorArray((leavesT[i] as PyTensorArray).ta.withFlow(t)) : out(t))));
  return packed;
}

/** A branch result: an Operation becomes a bool that depends on it (TF1 returns the pivot). */
function branchTensor(v: PyValue): tf.Tensor {
  if (isEngineBacked(v)) {
    const e = v.engineValue();
    if (e instanceof tf.Operation) return tf.withControlDependencies([e], () => tf.constant(true, 'bool'));
  }
  return leafTensor(v);
}
