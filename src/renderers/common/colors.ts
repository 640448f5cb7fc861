// Color maps for heatmaps and digit images. Gradients are signed, so they get a diverging map
// (blue below zero, red above) whose middle is the editor background: zero blends into the
// page in every theme. Plain arrays get a perceptual sequential ramp.
type RGB = [number, number, number];

export function parseColor(text: string, fallback: RGB): RGB {
  const t = text.trim();
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(t);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (m) return [parseInt(m[1] + m[1], 16), parseInt(m[2] + m[2], 16), parseInt(m[3] + m[3], 16)];
  m = /^rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)/i.exec(t);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return fallback;
}

export function themeColor(el: Element, variable: string, fallback: RGB): RGB {
  return parseColor(getComputedStyle(el).getPropertyValue(variable), fallback);
}

/** value in [0,1] → RGB, written into a 256-entry lookup table for speed. */
export type ColorTable = Uint8ClampedArray;

function table(f: (t: number) => RGB): ColorTable {
  const out = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) { const [r, g, b] = f(i / 255); out.set([r, g, b], i * 3); }
  return out;
}

const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** t=0 → negative, 0.5 → middle (background), 1 → positive; entries 127 and 128 are both the
 * middle, so an exact zero (which lands on 127.5) is the background whichever way it rounds. */
export function divergingTable(negative: RGB, middle: RGB, positive: RGB): ColorTable {
  return table((t) => {
    const i = Math.round(t * 255);
    return i <= 127 ? mix(negative, middle, i / 127) : mix(middle, positive, (i - 128) / 127);
  });
}

// Viridis, sampled at 9 stops: perceptually even and readable for color-blind users.
const viridis: RGB[] = [[68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141], [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37]];
export const sequentialTable: ColorTable = table((t) => {
  const x = t * (viridis.length - 1), i = Math.min(viridis.length - 2, Math.floor(x));
  return mix(viridis[i], viridis[i + 1], x - i);
});

/** The diverging map of the current theme, read from VS Code's chart colors. */
export function themeDiverging(el: Element): ColorTable {
  return divergingTable(
    themeColor(el, '--vscode-charts-blue', [55, 148, 255]),
    themeColor(el, '--vscode-editor-background', [30, 30, 30]),
    themeColor(el, '--vscode-charts-red', [241, 76, 76]),
  );
}

/** Grayscale on the theme: background → foreground (MNIST pixels look like ink on the page). */
export function themeInk(el: Element): ColorTable {
  const bg = themeColor(el, '--vscode-editor-background', [30, 30, 30]);
  const fg = themeColor(el, '--vscode-editor-foreground', [212, 212, 212]);
  return table((t) => mix(bg, fg, t));
}
