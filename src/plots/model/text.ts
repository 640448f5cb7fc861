// Text artists: ax.text, titles, axis labels, suptitle, and annotations with optional arrows.
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { Artist, Coords } from './artist';

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline';

export interface TextBox { facecolor: RGBA; edgecolor: RGBA; linewidth: number; padPt: number; rounded: boolean }

export class Text extends Artist {
  readonly kind: string = 'text';
  zorder = 3;
  fontsize = 10;
  color: RGBA = [0, 0, 0, 1];
  ha: HAlign = 'left';
  va: VAlign = 'baseline';
  /** Degrees, counter-clockwise. */
  rotation = 0;
  fontweight: 'normal' | 'bold' = 'normal';
  bbox: TextBox | null = null;
  /** Extra offset in points (titles sit titlepad above the axes). */
  offsetPt: [number, number] = [0, 0];
  coords: Coords = 'data';

  constructor(public x: number, public y: number, public text: string) { super(); }

  set_text(s: unknown): void { this.text = String(s); }
  get_text(): string { return this.text; }
  set_position(xy: [number, number]): void { [this.x, this.y] = xy; }
  get_position(): [number, number] { return [this.x, this.y]; }
  set_fontsize(s: number): void { this.fontsize = s; }
  get_fontsize(): number { return this.fontsize; }
  set_color(c: ColorSpec): void { this.color = toRGBA(c); }
  set_rotation(r: number): void { this.rotation = r; }
  set_ha(h: HAlign): void { this.ha = h; }
  set_va(v: VAlign): void { this.va = v; }
}

export type AnnotationCoords = 'data' | 'axes fraction' | 'figure fraction' | 'offset points' | 'offset pixels';

export interface ArrowProps {
  /** '->', '-|>', '<-', '<->', '-', or null for the classic filled arrow (facecolor/shrink/width). */
  arrowstyle: string | null;
  color: RGBA;
  linewidth: number;
  shrinkFraction: number;
  headwidthPt: number;
  headlengthPt: number;
  widthPt: number;
}

export class Annotation extends Text {
  readonly kind = 'annotation';
  xycoords: AnnotationCoords = 'data';
  textcoords: AnnotationCoords = 'data';
  arrow: ArrowProps | null = null;
  constructor(text: string, public xy: [number, number], xytext: [number, number]) {
    super(xytext[0], xytext[1], text);
  }
}
