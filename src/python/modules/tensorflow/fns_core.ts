// tf.gradients and tf.newaxis: the remaining hand-bound core functions (the graph, session,
// variable and control helpers are bound from tables/*).
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyList } from '../../objects/containers';
import * as tf from '../../../engine';
import { defFn, arg, out, listItems } from './define';
import { toEngine } from './convert';
import { Tensor, Variable } from '../../../engine';

export function defineCore(m: PyModule): void {
  defFn(m, 'gradients', ['ys', 'xs', 'grad_ys=', 'name=', 'colocate_gradients_with_ops=', 'gate_gradients=', 'aggregation_method=', 'stop_gradients=', 'unconnected_gradients='], a => {
    const many = (v: PyValue) => (v instanceof PyList || (v as { items?: unknown }).items ? listItems(v) : [v]);
    const ys = many(a.ys).map(y => tf.convertToTensor(toEngine(y)));
    const xs = many(a.xs).map(x => toEngine(x) as Tensor | Variable);
    const gradYs = a.grad_ys === null ? null : many(a.grad_ys).map(g => (g === null ? null : toEngine(g)));
    const stops = a.stop_gradients === null ? [] : many(a.stop_gradients).map(s => tf.convertToTensor(toEngine(s)));
    const unconnected = a.unconnected_gradients === null ? 'none' : String(a.unconnected_gradients).toLowerCase().includes('zero') ? 'zero' : 'none';
    return out(tf.gradientsKeepingSlices(ys, xs as never, { gradYs: gradYs as never, name: arg.name(a.name), stopGradients: stops, unconnectedGradients: unconnected }));
  });
  m.set('newaxis', null);
}
