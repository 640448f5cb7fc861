// np.linalg from a signature table (NumPy 1.24's parameters). The numerics are in
// src/numpy/linalg; errors the core marks as LinAlgError become numpy.linalg.LinAlgError
// (a ValueError subclass, as in NumPy).
import type { PyValue } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { entry, TableEntry } from '../../bind';
import { E, pyException, registerExceptionClass } from '../../exceptions';
import { toNumber, toIndex } from '../../runtime/numbers';
import * as la from '../../../numpy/linalg/functions';
import { fromCore, wrapResult } from './convert';
import { withNumpyErrors } from './errors';
import { PyList } from '../../objects/containers';

export const LinAlgErrorClass = new PyClass('LinAlgError', [E.ValueError], 'numpy.linalg');
LinAlgErrorClass.nativeNew = E.BaseException.nativeNew;
registerExceptionClass(LinAlgErrorClass);

function linalg<T>(f: () => T): T {
  try { return withNumpyErrors(f); } catch (e) {
    if (e instanceof la.LinAlgError) throw pyException(LinAlgErrorClass, e.message);
    throw e;
  }
}

function ordOf(v: unknown): number | string | null {
  if (v === null || typeof v === 'string') return v as string | null;
  return toNumber(v as PyValue);
}

function axisOf(v: unknown): number | number[] | null {
  if (v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(toIndex);
  return toIndex(v as PyValue);
}

export const LINALG_TABLE: readonly TableEntry[] = [
  entry({
    name: 'np.linalg.norm', doc: 'Matrix or vector norm.',
    params: [{ name: 'x', type: 'array' }, { name: 'ord', default: null, doc: "None, 'fro', 'nuc', inf, -inf, or a number" },
      { name: 'axis', default: null, doc: 'None, an int (vector norms) or a 2-tuple (matrix norms)' }, { name: 'keepdims', default: false, type: 'flag' }],
  }, a => linalg(() => wrapResult(la.norm(a.x, ordOf(a.ord), axisOf(a.axis), a.keepdims)))),
  entry({ name: 'np.linalg.inv', doc: 'Compute the (multiplicative) inverse of a matrix.', params: [{ name: 'a', type: 'array' }] },
    a => linalg(() => wrapResult(la.inv(a.a)))),
  entry({ name: 'np.linalg.det', doc: 'Compute the determinant of an array.', params: [{ name: 'a', type: 'array' }] },
    a => linalg(() => wrapResult(la.det(a.a)))),
  entry({ name: 'np.linalg.solve', doc: 'Solve a linear matrix equation a @ x = b.', params: [{ name: 'a', type: 'array' }, { name: 'b', type: 'array' }] },
    a => linalg(() => wrapResult(la.solve(a.a, a.b)))),
  entry({
    name: 'np.linalg.pinv', doc: 'Compute the (Moore-Penrose) pseudo-inverse of a matrix.',
    params: [{ name: 'a', type: 'array' }, { name: 'rcond', default: { float: 1e-15 }, type: 'float' },
      { name: 'hermitian', default: false, unsupported: 'the general SVD is always used' }],
  }, a => linalg(() => wrapResult(la.pinv(a.a, a.rcond)))),
  entry({
    name: 'np.linalg.lstsq', doc: 'Return the least-squares solution to a linear matrix equation: (x, residuals, rank, s).',
    params: [{ name: 'a', type: 'array' }, { name: 'b', type: 'array' }, { name: 'rcond', default: 'warn', doc: "None for machine precision times max(M, N); 'warn' (the default) means the old -1 (machine precision)" }],
  }, a => linalg(() => {
    const rcond = a.rcond === null ? null : a.rcond === 'warn' ? 2.220446049250313e-16 : toNumber(a.rcond as PyValue);
    return new PyTuple(la.lstsq(a.a, a.b, rcond).map(fromCore));
  })),
  entry({
    name: 'np.linalg.svd', doc: 'Singular Value Decomposition: (u, s, vh), or s alone with compute_uv=False.',
    params: [{ name: 'a', type: 'array' }, { name: 'full_matrices', default: true, type: 'flag', doc: 'True works for square matrices only' },
      { name: 'compute_uv', default: true, type: 'flag' }, { name: 'hermitian', default: false, unsupported: 'the general SVD is always used' }],
  }, a => linalg(() => {
    const r = la.svdOf(a.a, a.full_matrices, a.compute_uv);
    return Array.isArray(r) ? new PyTuple(r.map(wrapResult)) : wrapResult(r);
  })),
  entry({
    name: 'np.linalg.matrix_rank', doc: 'Return matrix rank of array using the SVD method.',
    params: [{ name: 'A', type: 'array' }, { name: 'tol', default: null }, { name: 'hermitian', default: false, unsupported: 'the general SVD is always used' }],
  }, a => linalg(() => fromCore(la.matrixRank(a.A, a.tol === null ? null : toNumber(a.tol as PyValue))))),
];
