// Contour sets: each filled layer is one path of all its cell polygons (crisp edges unless
// antialiased=True, as Agg draws contourf), each line layer one path of its polylines.
import { ContourSet } from '../model/contour';
import { dashAttr } from './draw-artists';
import { fillAttr, num, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

export function drawContour(doc: SvgDoc, cs: ContourSet, t: AxesTransform, clip: string): void {
  const crisp = cs.antialiased ? '' : ' shape-rendering="crispEdges"';
  for (const layer of cs.layers) {
    if (!layer.paths.length) continue;
    const closed = cs.filled ? 'Z' : '';
    const d = layer.paths.map((ring) => `M${ring.map(([x, y]) => `${num(t.x(x))} ${num(t.y(y))}`).join('L')}${closed}`).join('');
    if (cs.filled) {
      doc.add(`<path d="${d}" ${fillAttr(layer.color)} stroke="none"${crisp} ${clip}/>`);
    } else {
      const w = t.pt(layer.linewidth);
      doc.add(`<path d="${d}" fill="none" ${strokeAttr(layer.color, w)} stroke-linecap="butt" stroke-linejoin="round"${dashAttr(layer.linestyle, layer.linewidth, t)}${crisp} ${clip}/>`);
    }
  }
}
