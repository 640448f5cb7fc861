// Describes the session's globals and graph variables for the Variables view: a one-line value,
// and the shape and dtype of array-like values (np.ndarray, tf.Tensor, tf.Variable) read through
// their Python attributes, as `x.shape` and `x.dtype` would show them.
import { getAttr, pyStr, type PythonSession, type PyValue } from '../python/index';
import type { GlobalInfo } from '../shared/protocol';

const shortValueLength = 80;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > shortValueLength ? oneLine.slice(0, shortValueLength - 1) + '…' : oneLine;
}

function shapeAndDtype(value: PyValue | undefined): { shape?: string; dtype?: string } {
  if (!value || typeof value !== 'object') return {};
  const attr = (name: string): PyValue | undefined => { try { return getAttr(value, name); } catch { return undefined; } };
  const shape = attr('shape');
  const dtype = attr('dtype') as (PyValue & { name?: unknown }) | undefined;
  return {
    shape: shape === undefined ? undefined : pyStr(shape),
    dtype: dtype === undefined ? undefined : dtype.name !== undefined ? String(dtype.name) : pyStr(dtype),
  };
}

export function describeGlobals(session: PythonSession): GlobalInfo[] {
  return session.listGlobals().map((g) => ({ name: g.name, type: g.type, value: shorten(g.repr), ...shapeAndDtype(session.globals.get(g.name)) }));
}
