// Gradbook's plotting engine: the figure model behind matplotlib and its PNG/SVG rendering.
// The Python binding maps `matplotlib.pyplot` onto PyPlot and the object API onto Figure/Axes
// (docs/PLOTS.md lists every call and keyword).
export { PyPlot, figaspect } from './pyplot';
export type { PyPlotOptions } from './pyplot';
export { Figure } from './model/figure';
export type { FigureOptions } from './model/figure';
export { Axes } from './model/axes';
export { Axis } from './model/axis';
export { Spine } from './model/axes-base';
export { Line2D } from './model/line';
export { Rectangle, Polygon, Patch } from './model/patches';
export { PathCollection, LineCollection } from './model/collections';
export { AxesImage } from './model/image';
export { ContourSet } from './model/contour';
export { Text, Annotation } from './model/text';
export { Legend } from './model/legend';
export { Colorbar } from './model/colorbar';
export { BarContainer } from './model/plot-bars';
export { ErrorbarContainer } from './model/plot-extras';
export * as ticker from './model/ticker';
export { RcParams } from './rc';
export { applyPatchProps, checkKwargs, PATCH_KWARGS } from './model/props';
export { Colormap, fromList as colormapFromList, fromSegments as colormapFromSegments, listed as listedColormap } from './colors/colormap';
export { getColormap, colormapNames } from './colors/registry';
export { Normalize, LogNorm } from './colors/norm';
export { toRGBA, isColorLike } from './colors/parse';
export { figureOutput, figureBytes } from './output';
export type { FigureOutput } from './output';
export { drawFigure } from './render/draw-figure';
export { preparePlotRendering, isPlotRenderingReady, isPlotRendererLoaded, startsOnFirstFigure, svgToPng } from './render/png';
export { setAssetDirectory } from './render/assets';
