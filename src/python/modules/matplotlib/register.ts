// Registers matplotlib (pyplot, colors, cm, ticker, gridspec, image, patches), the cycler module,
// mpl_toolkits.mplot3d (3-D axes are not drawn: using them raises NotImplementedError) and IPython
// (IPython.display, get_ipython) with the interpreter.
import type { PyValue } from '../../objects/core';
import { PyBuiltin, PyModule } from '../../objects/callables';
import { functionOf, notImplementedFunction, signatureFunction } from '../../bind/objects';
import { registerModule } from '../registry';
import { state } from '../../interpreter/frame';
import { makeMatplotlib, makePyplot } from './module';
import { makeCmModule, makeColorsModule } from './colors';
import { makeTickerModule } from './ticker';
import { makeGridspecModule } from './gridspec';
import { makeImageModule } from './image';
import { makePatchesModule } from './patches';
import { CYCLER_ENTRY } from './rc_params';
import { makeDisplayModule } from '../../ipython/display';

registerModule('matplotlib', (ctx) => makeMatplotlib(ctx));
registerModule('matplotlib.pyplot', (ctx) => makePyplot(ctx));
registerModule('matplotlib.colors', () => makeColorsModule());
registerModule('matplotlib.cm', () => makeCmModule());
registerModule('matplotlib.ticker', () => makeTickerModule());
registerModule('matplotlib.gridspec', () => makeGridspecModule());
registerModule('matplotlib.image', () => makeImageModule());
registerModule('matplotlib.patches', () => makePatchesModule());
registerModule('cycler', () => new PyModule('cycler').set('cycler', functionOf(CYCLER_ENTRY)));

const no3d = (what: string) => notImplementedFunction(`mpl_toolkits.mplot3d.${what}`, `mpl_toolkits.mplot3d.${what}: 3-D plots are not supported by Gradbook`);
registerModule('mpl_toolkits', () => new PyModule('mpl_toolkits'));
registerModule('mpl_toolkits.mplot3d', () => {
  // Importing works (notebooks import Axes3D at the top); building 3-D axes raises.
  const m = new PyModule('mpl_toolkits.mplot3d');
  for (const name of ['Axes3D', 'axes3d', 'art3d', 'proj3d']) m.set(name, no3d(name));
  return m;
});

registerModule('IPython', (ctx) => {
  const m = new PyModule('IPython');
  m.set('__version__', '8.12.0');
  m.set('display', ctx.importModule('IPython.display'));
  // get_ipython() is the shell in a notebook and None in a script, as in IPython.
  m.set('get_ipython', signatureFunction({ name: 'IPython.get_ipython', doc: 'The running shell in a notebook, None in a script.', params: [] }, () => {
    const fn: PyValue | undefined = state.hooks.builtins?.get('get_ipython');
    return fn instanceof PyBuiltin ? fn.fn([], null) : null;
  }));
  return m;
});
registerModule('IPython.display', (ctx) => makeDisplayModule(ctx));
registerModule('IPython.core', (ctx) => new PyModule('IPython.core').set('display', ctx.importModule('IPython.display')));
registerModule('IPython.core.display', (ctx) => ctx.importModule('IPython.display'));
