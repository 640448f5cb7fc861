// matplotlib color specifications → RGBA floats in [0, 1]: 'C0'..'C9', 'tab:blue', the one-letter
// base colors, CSS4 names and hex (through d3-color), gray levels as strings ('0.8'), tuples, 'none'.
import { color as d3color } from 'd3-color';
import { valueError } from '../errors';
import { TAB10 } from '../rc-defaults';

export type RGBA = readonly [number, number, number, number];
export type ColorSpec = string | readonly number[] | RGBA;

const BASE: Record<string, RGBA> = {
  b: [0, 0, 1, 1], g: [0, 0.5, 0, 1], r: [1, 0, 0, 1], c: [0, 0.75, 0.75, 1], m: [0.75, 0, 0.75, 1],
  y: [0.75, 0.75, 0, 1], k: [0, 0, 0, 1], w: [1, 1, 1, 1],
};
const TABLEAU = ['blue', 'orange', 'green', 'red', 'purple', 'brown', 'pink', 'gray', 'olive', 'cyan'];

export const NONE: RGBA = [0, 0, 0, 0];

function fromHex(hex: string): RGBA {
  const h = hex.length === 4 || hex.length === 5 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16) / 255;
  return [n(0), n(2), n(4), h.length === 8 ? n(6) : 1];
}

/** `cycle` is the current axes.prop_cycle colors, for 'CN' specs. */
export function toRGBA(spec: ColorSpec, alpha?: number | null, cycle: readonly string[] = TAB10): RGBA {
  const rgba = parse(spec, cycle);
  return alpha === undefined || alpha === null ? rgba : [rgba[0], rgba[1], rgba[2], rgba === NONE ? 0 : alpha];
}

function parse(spec: ColorSpec, cycle: readonly string[]): RGBA {
  if (typeof spec !== 'string') {
    const v = [...spec].map(Number);
    if ((v.length !== 3 && v.length !== 4) || v.some((x) => !(x >= 0 && x <= 1))) {
      throw valueError(`RGBA values should be within 0-1 range`);
    }
    return [v[0], v[1], v[2], v.length === 4 ? v[3] : 1];
  }
  const s = spec.trim();
  const lower = s.toLowerCase();
  if (lower === 'none') return NONE;
  if (/^C\d+$/.test(s)) return parse(cycle[Number(s.slice(1)) % cycle.length], cycle);
  if (lower.startsWith('tab:') && TABLEAU.includes(lower.slice(4))) return fromHex(TAB10[TABLEAU.indexOf(lower.slice(4))]);
  if (s in BASE) return BASE[s];
  if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(s)) return fromHex(s);
  if (/^\d*\.?\d+$/.test(s)) {
    const g = Number(s);
    if (g < 0 || g > 1) throw valueError(`Invalid string grayscale value '${s}'. Value must be within 0-1 range`);
    return [g, g, g, 1];
  }
  const css = /^[a-z]+$/.test(lower) ? d3color(lower) : null;
  if (css) {
    const c = css.rgb();
    return [c.r / 255, c.g / 255, c.b / 255, c.opacity];
  }
  throw valueError(`'${spec}' is not a valid color value.`);
}

export function isColorLike(spec: unknown): boolean {
  try {
    toRGBA(spec as ColorSpec);
    return true;
  } catch {
    return false;
  }
}

/** '#rrggbb' for SVG fill/stroke; the alpha goes into a separate opacity attribute. */
export function hex(c: RGBA): string {
  const b = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 255).toString(16).padStart(2, '0');
  return `#${b(c[0])}${b(c[1])}${b(c[2])}`;
}
