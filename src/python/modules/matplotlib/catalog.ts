// The matplotlib and IPython.display tables for the catalog (docs/API.md). The per-session
// tables are made here without a session: only their signatures are read.
import type { CatalogSection } from '../../bind/catalog';
import { pyplotTable } from './pyplot_table';
import { matplotlibTable } from './module';
import { COLORS_TABLE, CM_TABLE } from './colors';
import { TICKER_TABLE } from './ticker';
import { GRIDSPEC_TABLE } from './gridspec';
import { IMAGE_TABLE } from './image';
import { PATCHES_TABLE } from './patches';
import { plotClasses } from './wrappers';
import { displayTable, DISPLAY_HANDLE_METHODS } from '../../ipython/display';

const noSession = (): never => { throw new Error('catalog tables are not called'); };

export function matplotlibCatalog(): CatalogSection[] {
  return [
    { title: 'matplotlib.pyplot (`plt`)', source: 'src/python/modules/matplotlib/pyplot_table.ts, axes_plotting.ts, axes_decor.ts', functions: pyplotTable(noSession) },
    {
      title: 'matplotlib (`matplotlib`, `colors`, `cm`, `ticker`, `gridspec`, `image`, `patches`)', source: 'src/python/modules/matplotlib/*.ts',
      functions: [...matplotlibTable(noSession), ...COLORS_TABLE, ...CM_TABLE, ...TICKER_TABLE, ...GRIDSPEC_TABLE, ...IMAGE_TABLE, ...PATCHES_TABLE],
    },
    { title: 'matplotlib objects (Figure, Axes, artists: methods with self)', source: 'src/python/modules/matplotlib/figure.ts, axes.ts, artists.ts, colors.ts', functions: plotClasses().flatMap((c) => c.methods) },
    { title: 'IPython.display (`display`)', source: 'src/python/ipython/display.ts', functions: [...displayTable(noSession), ...DISPLAY_HANDLE_METHODS.entries] },
  ];
}
