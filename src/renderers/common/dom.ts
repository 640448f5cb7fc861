// Tiny DOM helpers for the views: element creation without innerHTML (strict CSP, no injection),
// number formatting, and the SVG namespace.
export const svgNS = 'http://www.w3.org/2000/svg';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNS, tag);
  setAttrs(el, attrs);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k === 'className' ? 'class' : k, v === true ? '' : String(v));
  }
}

/** 4 significant digits, exponent form for very small or large magnitudes. */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(2).replace('e+', 'e');
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}

export function shapeText(shape: readonly number[]): string {
  return `(${shape.map((d) => (d < 0 ? '?' : d)).join(', ')}${shape.length === 1 ? ',' : ''})`;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A failure to draw still leaves something readable. */
export function renderError(element: HTMLElement, what: string, error: unknown, fallback?: string): void {
  element.replaceChildren(h('div', { className: 'gb-view gb-error', role: 'alert' },
    h('p', {}, `Gradbook could not draw this ${what}: ${error instanceof Error ? error.message : String(error)}`),
    fallback ? h('pre', {}, fallback) : null));
}
