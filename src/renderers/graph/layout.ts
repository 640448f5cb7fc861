// Layered layout of the visible graph with ELK (Eclipse Layout Kernel, run in the page): top to
// bottom in data-flow order, compound boxes for expanded scopes, edge labels placed by ELK.
// Text sizes are estimated from character counts (monospace), so layout needs no DOM.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { VisibleGraph, VisibleItem } from './model';

export const CHAR_WIDTH = 6.6;
export const OP_HEIGHT = 40;
export const SCOPE_HEADER = 26;
const LABEL_CHAR_WIDTH = 5.6;

export interface Box { x: number; y: number; width: number; height: number }
export interface EdgeRoute { points: { x: number; y: number }[]; label?: Box & { text: string } }
export interface GraphLayout { boxes: Map<string, Box>; routes: Map<string, EdgeRoute>; width: number; height: number }

let elk: InstanceType<typeof ELK> | undefined;

export function itemSize(item: VisibleItem): { width: number; height: number } {
  if (item.type === 'op') {
    const chars = Math.max(item.label.length, item.node.type.length);
    return { width: Math.max(64, Math.ceil(chars * CHAR_WIDTH) + 34), height: OP_HEIGHT };
  }
  return { width: Math.max(80, Math.ceil((item.label.length + 2) * CHAR_WIDTH) + 40), height: 44 };
}

function elkNode(item: VisibleItem): ElkNode {
  if (item.type === 'scope' && !item.collapsed) {
    return {
      id: item.key,
      layoutOptions: { 'elk.padding': `[top=${SCOPE_HEADER + 6},left=10,bottom=10,right=10]` },
      children: item.children.map(elkNode),
    };
  }
  return { id: item.key, ...itemSize(item) };
}

/** Above this many drawn items, edges carry no placed labels (ELK lays each out as a dummy node) and layout is cheaper. */
export const LARGE_DRAWING = 200;

function elkEdge(e: VisibleGraph['edges'][number], withLabel: boolean): ElkExtendedEdge {
  const text = e.count > 1 ? `${e.label} ×${e.count}` : e.label;
  const labels = text && withLabel ? [{ id: `${e.key}#label`, text, width: Math.ceil(text.length * LABEL_CHAR_WIDTH) + 4, height: 12 }] : [];
  return { id: e.key, sources: [e.from], targets: [e.to], labels };
}

export async function layoutGraph(graph: VisibleGraph): Promise<GraphLayout> {
  elk ??= new ELK();
  const large = graph.leafCount > LARGE_DRAWING;
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      // Orthogonal routing reads well for data flow and is the fastest of ELK's routers here.
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.thoroughness': large ? '1' : '2',
      ...(large ? { 'elk.layered.nodePlacement.strategy': 'SIMPLE' } : {}),
      'elk.layered.spacing.nodeNodeBetweenLayers': '26',
      'elk.spacing.nodeNode': '22',
      'elk.spacing.edgeLabel': '2',
      'elk.edgeLabels.inline': 'true',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: graph.roots.map(elkNode),
    edges: graph.edges.map((e) => elkEdge(e, !large)),
  };
  const out = await elk.layout(root);
  const boxes = new Map<string, Box>();
  const routes = new Map<string, EdgeRoute>();
  const visit = (n: ElkNode) => {
    for (const c of n.children ?? []) {
      boxes.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
      visit(c);
    }
    for (const e of (n.edges ?? []) as ElkExtendedEdge[]) {
      const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
      const l = e.labels?.[0];
      routes.set(e.id, { points, label: l && l.text ? { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0, text: l.text } : undefined });
    }
  };
  visit(out);
  return { boxes, routes, width: out.width ?? 0, height: out.height ?? 0 };
}
