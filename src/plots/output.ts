// What a figure becomes: notebook outputs (image/png always, image/svg+xml when it is smaller,
// text/plain the figure's repr) and savefig's bytes (png or svg, dpi, bbox_inches='tight').
import type { Figure } from './model/figure';
import { drawFigure } from './render/draw-figure';
import { svgToPng } from './render/png';
import { notImplemented, valueError } from './errors';
import { Kwargs } from './model/props';

export interface FigureOutput {
  'image/png': string;
  'image/svg+xml'?: string;
  'text/plain': string;
}

/** The display bundle for one figure (PNG as base64, as Jupyter's image/png). */
export function figureOutput(fig: Figure): FigureOutput {
  const { svg } = drawFigure(fig);
  const png = svgToPng(svg);
  const out: FigureOutput = { 'image/png': Buffer.from(png).toString('base64'), 'text/plain': fig.repr() };
  if (Buffer.byteLength(svg) < png.length) out['image/svg+xml'] = svg;
  return out;
}

export const SAVEFIG_KWARGS = ['format', 'dpi', 'facecolor', 'transparent', 'bbox_inches', 'pad_inches'];

/** savefig's bytes; `fname` picks the format by extension unless format= is given. */
export function figureBytes(fig: Figure, fname: string | null, kw: Kwargs = {}): { data: Uint8Array; format: 'png' | 'svg' } {
  for (const k of Object.keys(kw)) if (!SAVEFIG_KWARGS.includes(k)) throw notImplemented('savefig', k);
  const ext = fname && /\.([A-Za-z0-9]+)$/.exec(fname)?.[1]?.toLowerCase();
  const format = String(kw.format ?? ext ?? fig.rc.string('savefig.format')).toLowerCase();
  if (format !== 'png' && format !== 'svg') {
    const known = ['eps', 'jpeg', 'jpg', 'pdf', 'pgf', 'ps', 'raw', 'rgba', 'svgz', 'tif', 'tiff', 'webp'];
    if (known.includes(format)) throw notImplemented('savefig', `format='${format}'`);
    throw valueError(`Format '${format}' is not supported (supported formats: eps, jpeg, jpg, pdf, pgf, png, ps, raw, rgba, svg, svgz, tif, tiff, webp)`);
  }
  const savedDpi = fig.dpi, savedFace = fig.facecolor;
  const dpiOpt = kw.dpi ?? fig.rc.get('savefig.dpi');
  try {
    if (dpiOpt !== 'figure' && dpiOpt !== undefined && dpiOpt !== null) fig.dpi = Number(dpiOpt);
    if (kw.facecolor !== undefined && kw.facecolor !== 'auto') fig.set_facecolor(kw.facecolor as string);
    const transparent = Boolean(kw.transparent ?? fig.rc.bool('savefig.transparent'));
    const { svg, contentBox } = drawFigure(fig, { transparent });
    const tight = kw.bbox_inches === 'tight';
    if (kw.bbox_inches !== undefined && kw.bbox_inches !== null && !tight) throw notImplemented('savefig', 'bbox_inches');
    const crop = tight ? tightCrop(fig, contentBox, Number(kw.pad_inches ?? fig.rc.number('savefig.pad_inches'))) : null;
    if (format === 'svg') return { data: new TextEncoder().encode(crop ? cropSvg(svg, crop) : svg), format };
    return { data: svgToPng(crop ? cropSvg(svg, crop) : svg), format };
  } finally {
    fig.dpi = savedDpi; fig.facecolor = savedFace;
  }
}

function tightCrop(fig: Figure, box: { x0: number; y0: number; x1: number; y1: number }, padInches: number) {
  const pad = padInches * fig.dpi;
  const x0 = Math.floor(box.x0 - pad), y0 = Math.floor(box.y0 - pad);
  return { x: x0, y: y0, w: Math.ceil(box.x1 + pad) - x0, h: Math.ceil(box.y1 + pad) - y0 };
}

/** A new outer size and viewBox: the same drawing, seen through the tight box. */
function cropSvg(svg: string, c: { x: number; y: number; w: number; h: number }): string {
  return svg.replace(/^<svg([^>]*?) width="\d+" height="\d+" viewBox="[^"]*"/, `<svg$1 width="${c.w}" height="${c.h}" viewBox="${c.x} ${c.y} ${c.w} ${c.h}"`);
}
