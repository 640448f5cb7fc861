// tf.gradients and tf.newaxis: the remaining hand-bound core functions (the graph, session,
// variable and control helpers are bound from tables/*).
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyList } from '../../objects/containers';
import * as tf from '../../../engine';
import { arg, out, listItems } from './define';
import { entry, installTable } from '../../bind';
import { toEngine } from './convert';
import { Tensor, Variable } from '../../../engine';

/** tf.gradients (TF 1.15 gradients_impl.py). */
export const GRADIENTS_TABLE = [
  entry({
    name: 'tf.gradients', doc: 'The symbolic derivatives of sum(ys) with respect to each of xs (None where unconnected).',
    params: [
      { name: 'ys' }, { name: 'xs' }, { name: 'grad_ys', default: null }, { name: 'name', default: 'gradients' },
      { name: 'colocate_gradients_with_ops', default: false, doc: 'accepted: one device, nothing to colocate' },
      { name: 'gate_gradients', default: false, doc: 'accepted: gradients are computed in order, so they are always gated' },
      { name: 'aggregation_method', default: null, doc: 'accepted: partial gradients are always summed with AddN' },
      { name: 'stop_gradients', default: null }, { name: 'unconnected_gradients', default: { expr: 'UnconnectedGradients.NONE' } },
    ],
  }, a0 => {
    const a = a0 as Record<string, PyValue>;
    const many = (v: PyValue) => (v instanceof PyList || (v as { items?: unknown }).items ? listItems(v) : [v]);
    const ys = many(a.ys).map(y => tf.convertToTensor(toEngine(y)));
    const xs = many(a.xs).map(x => toEngine(x) as Tensor | Variable);
    const gradYs = a.grad_ys === null ? null : many(a.grad_ys).map(g => (g === null ? null : toEngine(g)));
    const stops = a.stop_gradients === null ? [] : many(a.stop_gradients).map(s => tf.convertToTensor(toEngine(s)));
    const unconnected = a.unconnected_gradients === null || a.unconnected_gradients === undefined ? 'none' : String(a.unconnected_gradients).toLowerCase().includes('zero') ? 'zero' : 'none';
    return out(tf.gradientsKeepingSlices(ys, xs as never, { gradYs: gradYs as never, name: arg.name(a.name), stopGradients: stops, unconnectedGradients: unconnected }));
  }),
];

export function defineCore(m: PyModule): void {
  installTable(m, GRADIENTS_TABLE);
  m.set('newaxis', null);
}
