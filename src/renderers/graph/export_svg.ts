// Export as SVG: a standalone file with the drawing, its own stylesheet with the theme colors
// resolved to concrete values, and a viewBox around the whole graph (zoom and pan undone).
import { svgCss } from './styles';
import { SVG_NS, svgEl, type Scene } from './draw';

export function exportSvgText(svg: SVGSVGElement, scene: Scene, themeHost: Element): string {
  const style = getComputedStyle(themeHost);
  const resolve = (name: string, fallback: string) => style.getPropertyValue(`--vscode-${name}`).trim() || fallback;
  const { bounds } = scene;
  const margin = 20;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('class', svg.getAttribute('class') ?? 'gv-svg');
  out.setAttribute('viewBox', `${bounds.x - margin} ${bounds.y - margin} ${bounds.width + 2 * margin} ${bounds.height + 2 * margin}`);
  out.setAttribute('width', String(Math.ceil(bounds.width + 2 * margin)));
  out.setAttribute('height', String(Math.ceil(bounds.height + 2 * margin)));
  svgEl('style', {}, out).textContent = svgCss(resolve);
  svgEl('rect', { x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin, fill: resolve('editor-background', '#1e1e1e') }, out);
  const copy = scene.viewport.cloneNode(true) as SVGGElement;
  copy.removeAttribute('transform');
  copy.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  out.appendChild(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
}

/** Downloads text as a file through a temporary link (blob URL, no remote resource). */
export function downloadText(text: string, filename: string, mime = 'image/svg+xml'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
