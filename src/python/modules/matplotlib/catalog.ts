// The matplotlib and IPython.display tables for the catalog (docs/API.md). The per-session
// tables are made here without a session: only their signatures are read.
import type { CatalogSection } from '../../bind/catalog';
import type { Signature } from '../../../engine';
import { pyplotTable } from './pyplot_table';
import { matplotlibTable } from './module';
import { COLORS_TABLE, CM_TABLE } from './colors';
import { TICKER_TABLE } from './ticker';
import { GRIDSPEC_TABLE } from './gridspec';
import { IMAGE_TABLE } from './image';
import { PATCHES_TABLE } from './patches';
import { plotClasses } from './wrappers';
import { displayTable, DISPLAY_HANDLE_METHODS } from '../../ipython/display';
import { COLORMAP_REGISTRY_METHODS, styleUse } from './module';
import { CYCLER_METHODS, RC_PARAMS_METHODS } from './rc_params';
import { CANVAS_METHODS } from './figure';
import { SPINES_METHODS } from './axes';
import { GRIDSPEC_METHODS } from './gridspec';

const noSession = (): never => { throw new Error('catalog tables are not called'); };

export function matplotlibCatalog(): CatalogSection[] {
  return [
    { title: 'matplotlib.pyplot (`plt`)', source: 'src/python/modules/matplotlib/pyplot_table.ts, axes_plotting.ts, axes_decor.ts', functions: pyplotTable(noSession) },
    {
      title: 'matplotlib (`matplotlib`, `colors`, `cm`, `ticker`, `gridspec`, `image`, `patches`)', source: 'src/python/modules/matplotlib/*.ts',
      functions: [...matplotlibTable(noSession), styleUse(noSession), ...COLORS_TABLE, ...CM_TABLE, ...TICKER_TABLE, ...GRIDSPEC_TABLE, ...IMAGE_TABLE, ...PATCHES_TABLE],
    },
    { title: 'matplotlib objects (Figure, Axes, artists: methods with self)', source: 'src/python/modules/matplotlib/figure.ts, axes.ts, artists.ts, colors.ts', functions: [
      ...plotClasses().flatMap((c) => c.methods),
      ...([CANVAS_METHODS, SPINES_METHODS, GRIDSPEC_METHODS, RC_PARAMS_METHODS, CYCLER_METHODS, COLORMAP_REGISTRY_METHODS] as { entries: readonly { signature: Signature }[] }[])
        .flatMap((t) => t.entries.map((e) => ({ signature: e.signature }))),
    ] },
    { title: 'IPython.display (`display`)', source: 'src/python/ipython/display.ts', functions: [...displayTable(noSession), ...DISPLAY_HANDLE_METHODS.entries] },
  ];
}
