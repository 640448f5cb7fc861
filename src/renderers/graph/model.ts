// What the view draws for a set of collapsed scopes: ops outside collapsed scopes, a box for each
// collapsed scope (standing for every op under it), compound boxes for expanded scopes, and the
// payload's edges merged between those visible items.
import type { GraphNodeJson, GraphPayload, GraphScopeJson } from '../../shared/payloads/graph';

export interface OpItem { type: 'op'; key: string; node: GraphNodeJson; label: string }
export interface ScopeItem { type: 'scope'; key: string; scope: GraphScopeJson; label: string; collapsed: boolean; children: VisibleItem[]; members: number[] }
export type VisibleItem = OpItem | ScopeItem;

export interface VisibleEdge { key: string; from: string; to: string; label: string; control: boolean; count: number }

export interface VisibleGraph {
  roots: VisibleItem[];
  edges: VisibleEdge[];
  items: Map<string, VisibleItem>;
  /** The key of the visible item standing for each op (itself, or its collapsed scope). */
  itemOfOp: string[];
  /** Leaves drawn: ops plus collapsed scopes. */
  leafCount: number;
}

export const opKey = (id: number) => `op:${id}`;
export const scopeKey = (path: string) => `scope:${path}`;

const parentPath = (path: string) => { const i = path.lastIndexOf('/'); return i < 0 ? '' : path.slice(0, i); };
const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The outermost collapsed scope holding `scope` (itself included), or null. */
function collapsedAncestor(scope: string, collapsed: ReadonlySet<string>): string | null {
  if (!scope) return null;
  let i = -1;
  do {
    i = scope.indexOf('/', i + 1);
    const prefix = i < 0 ? scope : scope.slice(0, i);
    if (collapsed.has(prefix)) return prefix;
  } while (i >= 0);
  return null;
}

export function visibleGraph(payload: GraphPayload, collapsed: ReadonlySet<string>): VisibleGraph {
  const items = new Map<string, VisibleItem>();
  const roots: VisibleItem[] = [];
  const attach = (item: VisibleItem, parent: string) => {
    const holder = parent ? items.get(scopeKey(parent)) : undefined;
    if (holder && holder.type === 'scope') holder.children.push(item); else roots.push(item);
  };
  let leafCount = 0;
  // Scopes come sorted by path, so a parent is created before its children.
  for (const scope of payload.scopes) {
    const hiddenBy = collapsedAncestor(parentPath(scope.path), collapsed);
    if (hiddenBy) continue;
    const item: ScopeItem = { type: 'scope', key: scopeKey(scope.path), scope, label: lastSegment(scope.path), collapsed: collapsed.has(scope.path), children: [], members: [] };
    if (item.collapsed) leafCount++;
    items.set(item.key, item);
    attach(item, parentPath(scope.path));
  }
  const itemOfOp: string[] = new Array(payload.nodes.length);
  for (const node of payload.nodes) {
    const hiddenBy = collapsedAncestor(node.scope, collapsed);
    if (hiddenBy) {
      itemOfOp[node.id] = scopeKey(hiddenBy);
      (items.get(scopeKey(hiddenBy)) as ScopeItem).members.push(node.id);
      continue;
    }
    const label = node.name === node.scope ? lastSegment(node.name) : node.name.slice(node.scope ? node.scope.length + 1 : 0);
    const item: OpItem = { type: 'op', key: opKey(node.id), node, label };
    itemOfOp[node.id] = item.key;
    items.set(item.key, item);
    attach(item, node.scope);
    leafCount++;
  }
  const merged = new Map<string, VisibleEdge>();
  for (const e of payload.edges) {
    const from = itemOfOp[e.from], to = itemOfOp[e.to];
    if (from === to) continue;
    const control = e.output < 0;
    const key = `${from}>${to}${control ? '^' : ''}`;
    const found = merged.get(key);
    if (found) { found.count++; if (found.label !== e.label) found.label = found.label.endsWith('…') ? found.label : `${found.label} …`; continue; }
    merged.set(key, { key, from, to, label: e.label, control, count: 1 });
  }
  return { roots, edges: [...merged.values()], items, itemOfOp, leafCount };
}

/**
 * The scopes to collapse at first: the payload's choice (gradient and optimizer scopes), plus
 * every top-level scope when the drawing would still be big: ELK's time grows fast with the
 * drawn count, so a 1,000-op graph opens as its outline and lays out each scope on expand.
 */
export function initialCollapsed(payload: GraphPayload, maxLeaves = 120): Set<string> {
  const collapsed = new Set(payload.scopes.filter((s) => s.collapsed).map((s) => s.path));
  if (visibleGraph(payload, collapsed).leafCount <= maxLeaves) return collapsed;
  for (const s of payload.scopes) if (!s.path.includes('/') && s.opCount > 1) collapsed.add(s.path);
  return collapsed;
}
