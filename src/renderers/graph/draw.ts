// Draws a laid-out visible graph as SVG: compound boxes for expanded scopes, edges with their
// shape labels and arrowheads, op nodes (type over name) and collapsed-scope nodes (a stack).
// Only attributes and classes are set (no inline style), so a strict CSP is satisfied.
import type { GraphLayout, Box } from './layout';
import type { OpItem, ScopeItem, VisibleGraph, VisibleItem } from './model';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Scene {
  /** Root <g> that zoom and pan transform. */
  viewport: SVGGElement;
  nodes: Map<string, SVGGElement>;
  edges: Map<string, SVGGElement>;
  badges: Map<string, SVGGElement>;
  bounds: Box;
}

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.appendChild(el);
  return el;
}

function text(parent: Element, cls: string, x: number, y: number, content: string): SVGTextElement {
  const t = svgEl('text', { class: cls, x, y }, parent);
  t.textContent = content;
  return t;
}

export function drawScene(svg: SVGSVGElement, graph: VisibleGraph, layout: GraphLayout): Scene {
  svg.replaceChildren();
  const viewport = svgEl('g', { class: 'viewport' }, svg);
  const boxLayer = svgEl('g', { class: 'boxes' }, viewport);
  const edgeLayer = svgEl('g', { class: 'edges' }, viewport);
  const nodeLayer = svgEl('g', { class: 'nodes' }, viewport);
  const scene: Scene = { viewport, nodes: new Map(), edges: new Map(), badges: new Map(), bounds: { x: 0, y: 0, width: layout.width, height: layout.height } };

  const visit = (item: VisibleItem) => {
    const box = layout.boxes.get(item.key);
    if (!box) return;
    if (item.type === 'scope' && !item.collapsed) {
      drawBox(boxLayer, item, box);
      item.children.forEach(visit);
    } else {
      scene.nodes.set(item.key, item.type === 'op' ? drawOp(nodeLayer, item, box) : drawCollapsed(nodeLayer, item, box));
    }
  };
  graph.roots.forEach(visit);

  for (const edge of graph.edges) {
    const route = layout.routes.get(edge.key);
    if (!route || route.points.length < 2) continue;
    const g = svgEl('g', { class: `edge${edge.control ? ' control' : ''}`, 'data-from': edge.from, 'data-to': edge.to }, edgeLayer);
    svgEl('path', { d: route.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ') }, g);
    arrowhead(g, route.points[route.points.length - 2], route.points[route.points.length - 1]);
    if (route.label) text(g, 'label', route.label.x + 2, route.label.y + route.label.height - 2, route.label.text);
    else if (edge.label) svgEl('title', {}, g).textContent = edge.count > 1 ? `${edge.label} ×${edge.count}` : edge.label;
    scene.edges.set(edge.key, g);
  }
  return scene;
}

function arrowhead(parent: Element, from: { x: number; y: number }, to: { x: number; y: number }): void {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const size = 6;
  const p = (a: number) => `${(to.x - size * Math.cos(angle + a)).toFixed(1)},${(to.y - size * Math.sin(angle + a)).toFixed(1)}`;
  svgEl('polygon', { class: 'arrow', points: `${to.x.toFixed(1)},${to.y.toFixed(1)} ${p(0.45)} ${p(-0.45)}` }, parent);
}

function nodeGroup(parent: Element, item: VisibleItem, box: Box, kind: string, label: string): SVGGElement {
  return svgEl('g', {
    class: `node kind-${kind}${item.type === 'scope' ? ' scope' : ''}`, 'data-key': item.key,
    transform: `translate(${box.x.toFixed(1)},${box.y.toFixed(1)})`, tabindex: 0, role: 'button', 'aria-label': label,
  }, parent);
}

function drawOp(parent: Element, item: OpItem, box: Box): SVGGElement {
  const n = item.node;
  const g = nodeGroup(parent, item, box, n.kind, `${n.type} ${n.name}`);
  g.setAttribute('data-name', n.name);
  svgEl('title', {}, g).textContent = `${n.name} (${n.type})`;
  svgEl('rect', { class: 'body', width: box.width, height: box.height, rx: 5 }, g);
  text(g, 'type', 10, 16, n.type);
  text(g, 'name', 10, 31, item.label);
  return g;
}

function drawCollapsed(parent: Element, item: ScopeItem, box: Box): SVGGElement {
  const s = item.scope;
  const g = nodeGroup(parent, item, box, s.kind, `scope ${s.path}, ${s.opCount} ops, collapsed`);
  g.setAttribute('data-scope', s.path);
  g.setAttribute('aria-expanded', 'false');
  svgEl('title', {}, g).textContent = `${s.path}/ — ${s.opCount} ops (Enter or click to expand)`;
  svgEl('rect', { class: 'stack', x: 4, y: 4, width: box.width - 4, height: box.height - 4, rx: 6 }, g);
  svgEl('rect', { class: 'body', width: box.width - 4, height: box.height - 4, rx: 6 }, g);
  text(g, 'type', 10, 17, `⊞ ${item.label}`);
  text(g, 'count', 10, 32, frameNote(s) ?? `${s.opCount} ops`);
  return g;
}

function drawBox(parent: Element, item: ScopeItem, box: Box): void {
  const g = svgEl('g', {
    class: `box kind-${item.scope.kind}`, 'data-key': item.key, 'data-scope': item.scope.path,
    transform: `translate(${box.x.toFixed(1)},${box.y.toFixed(1)})`, 'aria-expanded': 'true',
  }, parent);
  svgEl('rect', { width: box.width, height: box.height, rx: 8 }, g);
  const note = frameNote(item.scope);
  const header = text(g, 'toggle', 8, 17, `⊟ ${item.scope.path}${note ? ` — ${note}` : ''}`);
  header.setAttribute('tabindex', '0');
  header.setAttribute('role', 'button');
  header.setAttribute('aria-label', `collapse scope ${item.scope.path}`);
}

/** What a loop or cond frame is, in its node or box: `while loop, 12 ops`. */
function frameNote(s: ScopeItem['scope']): string | null {
  if (!s.frame) return null;
  return `${s.frame === 'while' ? 'while loop' : 'cond'}, ${s.opCount} ops`;
}

/** A small pill with a number (execution order) at a node's top-right corner. */
export function setBadge(node: SVGGElement, label: string | null, width: number): void {
  node.querySelector(':scope > .badge')?.remove();
  if (label === null) return;
  const w = Math.max(16, label.length * 6.2 + 8);
  const g = svgEl('g', { class: 'badge', transform: `translate(${(width - w / 2 - 2).toFixed(1)},-7)` }, node);
  svgEl('rect', { x: -w / 2, y: -1, width: w, height: 15, rx: 7.5 }, g);
  text(g, 'order', 0, 10.5, label).setAttribute('text-anchor', 'middle');
}
