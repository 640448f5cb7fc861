// One notebook's matplotlib: its pyplot state machine (src/plots' PyPlot), rcParams and backend.
// Jupyter's inline backend is the default in a notebook: plt.show() and the end of a cell display
// the open figures (image/png, with image/svg+xml when smaller) and close them. A script's default,
// and matplotlib.use('agg'), draw nothing on screen (savefig still writes files), as on a
// headless machine.
import type { PyValue } from '../../objects/core';
import { E, pyException } from '../../exceptions';
import { figureBytes, figureOutput, isPlotRenderingReady, PyPlot, type Figure } from '../../../plots';
import type { ModuleContext, SysState } from '../registry';
import { sessionFileSystem } from '../../io/session-files';
import { callMethod } from '../../runtime/call';
import { getAttrOpt } from '../../runtime/attributes';
import { PyBytes } from '../../io/bytes';
import { wrap } from './wrappers';

export const INLINE = 'module://matplotlib_inline.backend_inline';

/** Backends by the names matplotlib.use and %matplotlib take; `shows`: figures appear in the notebook. */
const BACKENDS: Record<string, { name: string; shows: boolean }> = {
  inline: { name: INLINE, shows: true },
  [INLINE]: { name: INLINE, shows: true },
  notebook: { name: 'nbAgg', shows: true },
  nbagg: { name: 'nbAgg', shows: true },
  widget: { name: 'module://ipympl.backend_nbagg', shows: true },
  ipympl: { name: 'module://ipympl.backend_nbagg', shows: true },
  'module://ipympl.backend_nbagg': { name: 'module://ipympl.backend_nbagg', shows: true },
  agg: { name: 'agg', shows: false },
  svg: { name: 'svg', shows: false },
  pdf: { name: 'pdf', shows: false },
  ps: { name: 'ps', shows: false },
  cairo: { name: 'cairo', shows: false },
  template: { name: 'template', shows: false },
};

export class MplState {
  readonly plt: PyPlot;
  backend: string;
  private shows: boolean;

  constructor(readonly ctx: ModuleContext) {
    this.plt = new PyPlot({ interactive: ctx.ipython });
    this.backend = ctx.ipython ? INLINE : 'agg';
    this.shows = ctx.ipython;
    ctx.onPostExecute(() => this.endOfCell());
  }

  /** matplotlib.use / plt.switch_backend / %matplotlib. */
  useBackend(name: string): void {
    const b = BACKENDS[name] ?? BACKENDS[name.toLowerCase()];
    if (!b) {
      throw pyException(E.NotImplementedError,
        `matplotlib backend '${name}' is not supported by Gradbook: figures are drawn in the notebook (use the default inline backend, or 'agg' to only save files)`);
    }
    this.backend = b.name;
    this.shows = b.shows;
    // Non-GUI backends are not interactive: nothing is shown at the end of a cell.
    if (b.shows) this.plt.ion(); else this.plt.ioff();
  }

  /** plt.show(): display and close the open figures (a non-showing backend keeps them). */
  show(): void {
    if (!this.shows) return;
    this.display(this.plt.show());
  }

  /** The inline backend's flush_figures, after every cell. */
  endOfCell(): void {
    if (!this.shows) return;
    this.display(this.plt.endOfCell());
  }

  display(figures: readonly Figure[]): void {
    for (const fig of figures) this.ctx.display(wrap(fig));
  }
}

const states = new WeakMap<SysState, MplState>();

/** The session's matplotlib state, made on first use (matplotlib and pyplot share it). */
export function mplState(ctx: ModuleContext): MplState {
  let s = states.get(ctx.sys);
  if (!s) {
    s = new MplState(ctx);
    states.set(ctx.sys, s);
  }
  return s;
}

/** The display bundle of a figure, rendered now; a figure without Axes is only its text, as IPython shows it. */
export function figureBundle(fig: Figure): Record<string, unknown> {
  if (!fig.axes.length) return { 'text/plain': fig.repr() };
  if (!isPlotRenderingReady()) throw pyException(E.RuntimeError, 'matplotlib: the figure renderer is not loaded in this process');
  return figureOutput(fig) as unknown as Record<string, unknown>;
}

/** savefig to a path (through the session's FileSystem and its folder rules) or a binary file object. */
export function saveFigure(fig: Figure, fname: PyValue, kw: Record<string, unknown>): void {
  if (typeof fname === 'string') {
    const { data } = figureBytes(fig, fname, kw);
    sessionFileSystem().writeFile(fname, data);
    return;
  }
  const fspath = getAttrOpt(fname, '__fspath__');
  if (fspath !== undefined) return saveFigure(fig, callMethod(fname, '__fspath__', [], null), kw);
  if (getAttrOpt(fname, 'write') === undefined) throw pyException(E.TypeError, 'savefig: fname must be a path or a binary file object');
  const { data } = figureBytes(fig, null, kw);
  callMethod(fname, 'write', [new PyBytes(data)], null);
}
