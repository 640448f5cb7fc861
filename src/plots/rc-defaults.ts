// matplotlib's default style (3.x), for the rcParams keys Gradbook implements. Values are the
// Python values as the binding will show them: numbers, strings, booleans, lists, null for None.
export type RcValue = number | string | boolean | null | readonly (number | string)[] | PropCycle;

/** `axes.prop_cycle`: cycler(color=[...]) as a plain object of equally long lists. */
export interface PropCycle { readonly [prop: string]: readonly unknown[] }

export const TAB10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

const tickDefaults = (axis: 'x' | 'y') => ({
  [`${axis}tick.major.size`]: 3.5, [`${axis}tick.minor.size`]: 2, [`${axis}tick.major.width`]: 0.8,
  [`${axis}tick.minor.width`]: 0.6, [`${axis}tick.major.pad`]: 3.5, [`${axis}tick.minor.pad`]: 3.4,
  [`${axis}tick.color`]: 'black', [`${axis}tick.labelcolor`]: 'inherit', [`${axis}tick.labelsize`]: 'medium',
  [`${axis}tick.direction`]: 'out',
});

export const RC_DEFAULTS: Readonly<Record<string, RcValue>> = {
  'backend': 'agg', 'interactive': false,
  'figure.figsize': [6.4, 4.8], 'figure.dpi': 100, 'figure.facecolor': 'white', 'figure.edgecolor': 'white',
  'figure.titlesize': 'large', 'figure.titleweight': 'normal', 'figure.autolayout': false, 'figure.max_open_warning': 20,
  'figure.subplot.left': 0.125, 'figure.subplot.right': 0.9, 'figure.subplot.bottom': 0.11, 'figure.subplot.top': 0.88,
  'figure.subplot.wspace': 0.2, 'figure.subplot.hspace': 0.2,
  'savefig.dpi': 'figure', 'savefig.format': 'png', 'savefig.facecolor': 'auto', 'savefig.edgecolor': 'auto',
  'savefig.transparent': false, 'savefig.bbox': null, 'savefig.pad_inches': 0.1,
  'font.size': 10, 'font.family': ['sans-serif'], 'font.weight': 'normal', 'font.style': 'normal',
  'font.sans-serif': ['DejaVu Sans', 'Bitstream Vera Sans', 'Computer Modern Sans Serif', 'Lucida Grande', 'Verdana', 'Geneva', 'Lucid', 'Arial', 'Helvetica', 'Avant Garde', 'sans-serif'],
  'text.color': 'black', 'text.usetex': false,
  'lines.linewidth': 1.5, 'lines.linestyle': '-', 'lines.color': 'C0', 'lines.marker': 'None', 'lines.markersize': 6,
  'lines.markeredgewidth': 1, 'lines.markerfacecolor': 'auto', 'lines.markeredgecolor': 'auto', 'lines.antialiased': true,
  'lines.dashed_pattern': [3.7, 1.6], 'lines.dashdot_pattern': [6.4, 1.6, 1, 1.6], 'lines.dotted_pattern': [1, 1.65],
  'lines.scale_dashes': true,
  'patch.linewidth': 1, 'patch.facecolor': 'C0', 'patch.edgecolor': 'black', 'patch.force_edgecolor': false, 'patch.antialiased': true,
  'axes.facecolor': 'white', 'axes.edgecolor': 'black', 'axes.linewidth': 0.8, 'axes.grid': false, 'axes.grid.axis': 'both',
  'axes.grid.which': 'major', 'axes.titlesize': 'large', 'axes.titleweight': 'normal', 'axes.titlecolor': 'auto',
  'axes.titlelocation': 'center', 'axes.titlepad': 6, 'axes.titley': null, 'axes.labelsize': 'medium', 'axes.labelpad': 4,
  'axes.labelweight': 'normal', 'axes.labelcolor': 'black', 'axes.axisbelow': 'line', 'axes.xmargin': 0.05, 'axes.ymargin': 0.05,
  'axes.spines.left': true, 'axes.spines.right': true, 'axes.spines.top': true, 'axes.spines.bottom': true,
  'axes.unicode_minus': true, 'axes.prop_cycle': { color: TAB10 }, 'axes.autolimit_mode': 'data',
  'axes.formatter.limits': [-5, 6], 'axes.formatter.useoffset': true, 'axes.formatter.offset_threshold': 4,
  ...tickDefaults('x'), ...tickDefaults('y'),
  'xtick.bottom': true, 'xtick.top': false, 'xtick.labelbottom': true, 'xtick.labeltop': false,
  'ytick.left': true, 'ytick.right': false, 'ytick.labelleft': true, 'ytick.labelright': false,
  'grid.color': '#b0b0b0', 'grid.linestyle': '-', 'grid.linewidth': 0.8, 'grid.alpha': 1,
  'legend.loc': 'best', 'legend.frameon': true, 'legend.framealpha': 0.8, 'legend.facecolor': 'inherit',
  'legend.edgecolor': '0.8', 'legend.fancybox': true, 'legend.shadow': false, 'legend.numpoints': 1, 'legend.scatterpoints': 1,
  'legend.markerscale': 1, 'legend.fontsize': 'medium', 'legend.title_fontsize': null, 'legend.borderpad': 0.4,
  'legend.labelspacing': 0.5, 'legend.handlelength': 2, 'legend.handleheight': 0.7, 'legend.handletextpad': 0.8,
  'legend.borderaxespad': 0.5, 'legend.columnspacing': 2,
  'image.cmap': 'viridis', 'image.interpolation': 'antialiased', 'image.aspect': 'equal', 'image.origin': 'upper',
  'image.lut': 256, 'image.resample': true,
  'hist.bins': 10, 'errorbar.capsize': 0, 'contour.negative_linestyle': 'dashed', 'contour.linewidth': null, 'scatter.marker': 'o', 'scatter.edgecolors': 'face',
};

/** matplotlib's relative font sizes, as factors of font.size. */
export const FONT_SCALINGS: Readonly<Record<string, number>> = {
  'xx-small': 0.579, 'x-small': 0.694, 'small': 0.833, 'medium': 1, 'large': 1.2, 'x-large': 1.44, 'xx-large': 1.728,
  'larger': 1.2, 'smaller': 0.833,
};
