// The named colormaps (`plt.cm.NAME`, `cmap='NAME'`, and every NAME_r). Definitions are matplotlib's
// data: segment tables for the classic maps, ColorBrewer lists (via d3-scale-chromatic's schemes,
// which are the same ColorBrewer colors matplotlib uses) and the 256-entry viridis family.
import type * as Chromatic from 'd3-scale-chromatic';
import { color as d3color } from 'd3-color';
import { valueError } from '../errors';
import { COOLWARM_POINTS, SEGMENT_MAPS } from './cmap-data';
import { Colormap, fromList, fromSegments, listed } from './colormap';
import { RGBA } from './parse';

// d3-scale-chromatic builds all its schemes and ramps when evaluated (~1 ms of every kernel
// start): required at the first colormap that needs it.
let chromaticModule: typeof Chromatic | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires
const chromatic = (): typeof Chromatic => (chromaticModule ??= require('d3-scale-chromatic') as typeof Chromatic);

const css = (s: string): RGBA => {
  const c = d3color(s)!.rgb();
  return [c.r / 255, c.g / 255, c.b / 255, 1];
};
const brewer = (scheme: readonly (readonly string[])[], classes: number) => () => scheme[classes].map(css);
/** d3's viridis-family interpolators are ramps over matplotlib's 256 listed colors. */
const ramp256 = (interpolate: (t: number) => string) => () => Array.from({ length: 256 }, (_, i) => css(interpolate((i + 0.5) / 256)));

type Factory = () => Colormap;
const FACTORIES: Record<string, Factory> = {
  viridis: () => listed('viridis', ramp256(chromatic().interpolateViridis)()),
  plasma: () => listed('plasma', ramp256(chromatic().interpolatePlasma)()),
  inferno: () => listed('inferno', ramp256(chromatic().interpolateInferno)()),
  magma: () => listed('magma', ramp256(chromatic().interpolateMagma)()),
  coolwarm: () => fromList('coolwarm', COOLWARM_POINTS.map(([r, g, b]) => [r, g, b, 1] as RGBA)),
  seismic: () => fromList('seismic', [[0, 0, 0.3, 1], [0, 0, 1, 1], [1, 1, 1, 1], [1, 0, 0, 1], [0.5, 0, 0, 1]]),
  bwr: () => fromList('bwr', [[0, 0, 1, 1], [1, 1, 1, 1], [1, 0, 0, 1]]),
  tab10: () => listed('tab10', chromatic().schemeCategory10.map(css)),
  Set1: () => listed('Set1', chromatic().schemeSet1.map(css)),
  Set2: () => listed('Set2', chromatic().schemeSet2.map(css)),
  Set3: () => listed('Set3', chromatic().schemeSet3.map(css)),
  Paired: () => listed('Paired', chromatic().schemePaired.map(css)),
  Pastel1: () => listed('Pastel1', chromatic().schemePastel1.map(css)),
  Dark2: () => listed('Dark2', chromatic().schemeDark2.map(css)),
  Accent: () => listed('Accent', chromatic().schemeAccent.map(css)),
  // matplotlib's _rainbow_data: gnuplot palette functions 33, 13 and 10 sampled at 256 points.
  rainbow: () => listed('rainbow', Array.from({ length: 256 }, (_, i) => {
    const x = i / 255, clip = (v: number) => Math.min(1, Math.max(0, v));
    return [clip(Math.abs(2 * x - 0.5)), clip(Math.sin(x * Math.PI)), clip(Math.cos(x * Math.PI / 2)), 1] as RGBA;
  })),
};
for (const [name, channels] of Object.entries(SEGMENT_MAPS)) FACTORIES[name] = () => fromSegments(name, channels);
// matplotlib's _pink_data is MATLAB's pink, sqrt((2 gray + hot) / 3), tabulated at 64 points
// (x = i/63); computed here from our hot table at those points, it agrees with that table to
// about 1e-3 (MATLAB's hot differs slightly from matplotlib's), below one 8-bit color step.
FACTORIES.pink = () => {
  const hot = fromSegments('hot', SEGMENT_MAPS.hot, 64);
  return fromList('pink', Array.from({ length: 64 }, (_, i) => {
    const g = i / 63;
    const rgb = [0, 1, 2].map(c => Math.sqrt((2 * g + hot.lut[i * 4 + c]) / 3));
    return [rgb[0], rgb[1], rgb[2], 1] as RGBA;
  }));
};
const SEQUENTIAL = ['Blues', 'Greens', 'Greys', 'Oranges', 'Purples', 'Reds', 'YlGn', 'YlGnBu', 'YlOrRd', 'YlOrBr', 'BuGn', 'BuPu', 'GnBu', 'OrRd', 'PuBu', 'PuRd', 'RdPu'] as const;
for (const name of SEQUENTIAL) FACTORIES[name] = () => fromList(name, brewer(chromatic()[`scheme${name}`], 9)());
const DIVERGING = ['RdBu', 'RdYlGn', 'RdYlBu', 'PiYG', 'PRGn', 'BrBG', 'PuOr', 'RdGy', 'Spectral'] as const;
for (const name of DIVERGING) FACTORIES[name] = () => fromList(name, brewer(chromatic()[`scheme${name}`], 11)());

const cache = new Map<string, Colormap>();

export function colormapNames(): string[] {
  const base = Object.keys(FACTORIES).sort();
  return [...base, ...base.map((n) => `${n}_r`)];
}

/** `get_cmap(name)`: a shared instance; callers that change it (set_under, ...) copy it first. */
export function getColormap(name: string): Colormap {
  const hit = cache.get(name);
  if (hit) return hit;
  const base = name.endsWith('_r') ? name.slice(0, -2) : name;
  const factory = FACTORIES[base];
  if (!factory) {
    throw valueError(`'${name}' is not a valid value for cmap; supported values are ${colormapNames().map((n) => `'${n}'`).join(', ')}`);
  }
  const cmap = base === name ? factory() : getColormap(base).reversed(name);
  cache.set(name, cmap);
  return cmap;
}

/** A cmap argument: a name, a Colormap, or null for rcParams['image.cmap']. */
export function resolveColormap(cmap: string | Colormap | null | undefined, fallback: string): Colormap {
  if (cmap instanceof Colormap) return cmap;
  return getColormap(cmap ?? fallback);
}
