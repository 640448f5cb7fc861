// matplotlib.axis.XTick / YTick: what set_xticks returns (one per location). Gradbook keeps tick
// styling on the Axis, so these objects only carry their location.
import { PyFloat } from '../../objects/core';
import { registerPlotClass } from './wrappers';
import { nullary } from './wrappers';

export class XTick { constructor(readonly loc: number) {} }
export class YTick { constructor(readonly loc: number) {} }

for (const [ctor, name] of [[XTick, 'XTick'], [YTick, 'YTick']] as const) {
  registerPlotClass<XTick>(ctor, {
    name, module: 'matplotlib.axis',
    methods: [nullary<XTick>(name, 'get_loc', 'Return the tick location (data coordinates) as a scalar.', (t) => new PyFloat(t.loc))],
  });
}
