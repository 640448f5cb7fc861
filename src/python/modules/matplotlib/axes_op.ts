// An Axes operation is written once and bound twice: as the Axes method (`ax.plot`) and as the
// pyplot function on the current Axes (`plt.plot`), with matplotlib's one signature for both.
import type { PyValue } from '../../objects/core';
import { entry, type TableEntry } from '../../bind';
import type { ArgsOf, Signature } from '../../../engine';
import type { Axes } from '../../../plots';
import { method } from './wrappers';

export interface AxesOp {
  /** The signature, named by the Axes method (`plot`, `set_title`). */
  readonly signature: Signature;
  readonly body: (ax: Axes, a: Record<string, unknown>) => PyValue;
}

export function axesOp<const S extends Signature>(signature: S, body: (ax: Axes, a: ArgsOf<S>) => PyValue): AxesOp {
  return { signature, body: body as unknown as AxesOp['body'] };
}

/** `Axes.<name>` bound with self. */
export function asAxesMethod(op: AxesOp): TableEntry {
  return method<Axes, Signature>({ ...op.signature, name: `Axes.${op.signature.name}` }, (ax, a) => op.body(ax, a as Record<string, unknown>));
}

/** `plt.<name>` on the current Axes (`title` for set_title: pyplot's own name). */
export function asPyplotFunction(op: AxesOp, gca: () => Axes, name = op.signature.name): TableEntry {
  return entry({ ...op.signature, name: `plt.${name}` }, (a) => op.body(gca(), a as Record<string, unknown>));
}
