// Contour sets: each filled layer is one path of all its cell polygons (crisp edges unless
// antialiased=True, as Agg draws contourf), each line layer one path of its polylines.
import { ContourSet } from '../model/contour';
import { dashAttr } from './draw-artists';
import { clipPolyline, clipRing, clipWindow, inWindow } from './path-clip';
import { fillAttr, num, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

export function drawContour(doc: SvgDoc, cs: ContourSet, t: AxesTransform, clip: string): void {
  const crisp = cs.antialiased ? '' : ' shape-rendering="crispEdges"';
  for (const layer of cs.layers) {
    if (!layer.paths.length) continue;
    const closed = cs.filled ? 'Z' : '';
    const win = clipWindow(t.box);
    const px = layer.paths.map((path) => path.map(([x, y]) => [t.x(x), t.y(y)] as [number, number]))
      .flatMap((path) => (path.every((q) => inWindow(win, q)) ? [path] : cs.filled ? [clipRing(win, path)] : clipPolyline(win, path)))
      .filter((path) => path.length > 1);
    if (!px.length) continue;
    const d = px.map((path) => `M${path.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}${closed}`).join('');
    if (cs.filled) {
      doc.add(`<path d="${d}" ${fillAttr(layer.color)} stroke="none"${crisp} ${clip}/>`);
    } else {
      const w = t.pt(layer.linewidth);
      doc.add(`<path d="${d}" fill="none" ${strokeAttr(layer.color, w)} stroke-linecap="butt" stroke-linejoin="round"${dashAttr(layer.linestyle, layer.linewidth, t)}${crisp} ${clip}/>`);
    }
  }
}
