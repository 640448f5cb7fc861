// Legend: entries (a handle artist drawn in miniature, a label) and matplotlib's layout settings.
// Where 'best' puts it is decided at draw time, when the axes' pixel box is known.
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { notImplemented, valueError } from '../errors';
import { RcParams } from '../rc';
import { Artist, legendVisible } from './artist';
import { checkKwargs, Kwargs, normalizeKwargs } from './props';

export const LEGEND_LOCATIONS = ['best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'];

/** A legend entry's handle: an artist, or a container (bar, errorbar) that stands for its artists. */
export type LegendHandle = Artist | { label: string; patches?: Artist[]; lines?: unknown[] };

export interface LegendEntry { handle: LegendHandle; label: string }

export class Legend {
  loc: number;
  fontsize: number;
  frameon: boolean;
  framealpha: number;
  facecolor: RGBA;
  edgecolor: RGBA;
  fancybox: boolean;
  ncol: number;
  title: string;
  titleFontsize: number;
  markerscale: number;
  /** In font-size units, as matplotlib's rcParams give them. */
  borderpad: number; labelspacing: number; handlelength: number; handleheight: number;
  handletextpad: number; borderaxespad: number; columnspacing: number;
  /** bbox_to_anchor in axes fractions (x, y), or null for the axes box. */
  anchor: [number, number] | null = null;
  visible = true;

  constructor(readonly entries: LegendEntry[], kwargs: Kwargs, rc: RcParams) {
    const kw = normalizeKwargs(kwargs);
    checkKwargs('legend', kw, ['loc', 'fontsize', 'frameon', 'framealpha', 'facecolor', 'edgecolor', 'fancybox', 'ncol', 'ncols', 'title', 'title_fontsize', 'markerscale', 'borderpad', 'labelspacing', 'handlelength', 'handleheight', 'handletextpad', 'borderaxespad', 'columnspacing', 'bbox_to_anchor', 'numpoints', 'scatterpoints', 'prop']);
    for (const k of ['numpoints', 'scatterpoints']) if (kw[k] !== undefined && Number(kw[k]) !== 1) throw notImplemented('legend', k);
    this.loc = legendLoc(kw.loc ?? rc.get('legend.loc'));
    this.fontsize = kw.prop !== undefined && kw.prop !== null ? propSize(kw.prop, rc) : rc.fontSize((kw.fontsize ?? rc.get('legend.fontsize')) as string | number);
    this.frameon = Boolean(kw.frameon ?? rc.bool('legend.frameon'));
    this.framealpha = Number(kw.framealpha ?? rc.number('legend.framealpha'));
    const face = String(kw.facecolor ?? rc.string('legend.facecolor'));
    this.facecolor = toRGBA((face === 'inherit' ? rc.string('axes.facecolor') : face) as ColorSpec);
    const edge = String(kw.edgecolor ?? rc.string('legend.edgecolor'));
    this.edgecolor = toRGBA((edge === 'inherit' ? rc.string('axes.edgecolor') : edge) as ColorSpec);
    this.fancybox = Boolean(kw.fancybox ?? rc.bool('legend.fancybox'));
    this.ncol = Number(kw.ncols ?? kw.ncol ?? 1);
    this.title = kw.title === undefined || kw.title === null ? '' : String(kw.title);
    this.titleFontsize = rc.fontSize((kw.title_fontsize ?? rc.get('legend.title_fontsize') ?? this.fontsize) as string | number);
    this.markerscale = Number(kw.markerscale ?? rc.number('legend.markerscale'));
    const unit = (name: string) => Number(kw[name] ?? rc.number(`legend.${name}`));
    this.borderpad = unit('borderpad'); this.labelspacing = unit('labelspacing'); this.handlelength = unit('handlelength');
    this.handleheight = unit('handleheight'); this.handletextpad = unit('handletextpad');
    this.borderaxespad = unit('borderaxespad'); this.columnspacing = unit('columnspacing');
    if (kw.bbox_to_anchor !== undefined && kw.bbox_to_anchor !== null) {
      const b = kw.bbox_to_anchor as number[];
      if (b.length !== 2) throw valueError('legend: bbox_to_anchor with width and height is not supported by Gradbook; pass (x, y)');
      this.anchor = [Number(b[0]), Number(b[1])];
    }
  }

  get_texts(): string[] { return this.entries.map((e) => e.label); }
  set_visible(v: boolean): void { this.visible = v; }
  remove(): void { this.visible = false; }
}

export function legendLoc(loc: unknown): number {
  if (typeof loc === 'number' && Number.isInteger(loc) && loc >= 0 && loc <= 10) return loc;
  const i = LEGEND_LOCATIONS.indexOf(String(loc));
  if (i < 0) throw valueError(`${JSON.stringify(loc)} is not a valid value for loc; supported values are ${LEGEND_LOCATIONS.map((l) => `'${l}'`).join(', ')}`);
  return i;
}

/** legend(), legend(labels), legend(handles, labels), legend(handles=..., labels=...). */
export function legendEntries(args: readonly unknown[], kw: Kwargs, auto: LegendEntry[], all: LegendHandle[]): LegendEntry[] {
  const handles = (kw.handles ?? (args.length === 2 ? args[0] : undefined)) as LegendHandle[] | undefined;
  const labels = (kw.labels ?? (args.length === 2 ? args[1] : args.length === 1 ? args[0] : undefined)) as unknown[] | undefined;
  if (args.length > 2) throw valueError('legend only accepts two non-keyword arguments');
  if (handles && labels) return handles.map((h, i) => ({ handle: h, label: String(labels[i]) })).slice(0, labels.length);
  if (handles) return handles.map((h) => ({ handle: h, label: (h as { label: string }).label })).filter((e) => legendVisible(e.label));
  if (labels) return labels.map((l, i) => ({ handle: all[i], label: String(l) })).filter((e) => e.handle !== undefined);
  return auto;
}

/**
 * legend(prop={...}): matplotlib builds FontProperties(**prop) and then ignores fontsize; a missing
 * 'size' is rcParams['font.size']. Only the size is drawn differently, so other keys are refused.
 */
function propSize(prop: unknown, rc: RcParams): number {
  if (typeof prop !== 'object' || Array.isArray(prop)) throw notImplemented('legend', 'prop');
  const p = prop as Record<string, unknown>;
  for (const k of Object.keys(p)) if (k !== 'size') throw notImplemented('legend', `prop key '${k}'`);
  return rc.fontSize((p.size ?? rc.get('font.size')) as string | number);
}
