// The Variables view in the "Gradbook" panel: the active notebook's Python globals and graph
// variables, refreshed after each cell and emptied when the kernel restarts.
import * as vscode from 'vscode';
import type { GlobalInfo, GraphVariableInfo, VariablesSnapshot } from '../shared/protocol';
import type { TensorRequest } from '../shared/protocol';
import type { ActiveNotebook } from './activeNotebook';
import type { KernelRegistry } from './kernels';

export const VariablesViewId = 'gradbook.variables';

/** What a Variables view entry names: a Python global or a graph variable (by its graph name). */
export interface VariableRef { name: string; source: TensorRequest['source'] }

/** The variable a command was invoked on: a name, a VariableRef, or a tree node (context menus). */
export function variableRef(arg: unknown): VariableRef | undefined {
  if (typeof arg === 'string') return { name: arg, source: 'global' };
  const a = arg as Partial<VariableRef> & { kind?: string; info?: { name?: string } } | null;
  if (typeof a?.name === 'string') return { name: a.name, source: a.source === 'graphVariable' ? 'graphVariable' : 'global' };
  if ((a?.kind === 'global' || a?.kind === 'graphVariable') && typeof a.info?.name === 'string') return { name: a.info.name, source: a.kind };
  return undefined;
}

type Node =
  | { kind: 'group'; label: string; children: Node[] }
  | { kind: 'global'; info: GlobalInfo }
  | { kind: 'graphVariable'; info: GraphVariableInfo };

export class VariablesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly kernels: KernelRegistry, private readonly active: ActiveNotebook) {
    this.subscriptions = [
      kernels.onDidChangeVariables((nb) => { if (nb === this.notebook) this.changed.fire(); }),
      active.onDidChange(() => this.changed.fire()),
      this.changed,
    ];
  }

  /** The notebook whose variables are shown: the active one, or the last one active. */
  get notebook(): vscode.NotebookDocument | undefined {
    return this.active.notebook;
  }

  /** What the view shows now (also read by the tests). */
  snapshot(): VariablesSnapshot {
    return this.kernels.variables(this.notebook);
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.children : [];
    const { globals, graphVariables } = this.snapshot();
    if (globals.length === 0 && graphVariables.length === 0) return [];
    return [
      { kind: 'group', label: `Python globals (${globals.length})`, children: globals.map((info) => ({ kind: 'global', info })) },
      { kind: 'group', label: `Graph variables (${graphVariables.length})`, children: graphVariables.map((info) => ({ kind: 'graphVariable', info })) },
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.contextValue = 'group';
      return item;
    }
    if (node.kind === 'global') {
      const g = node.info;
      const item = new vscode.TreeItem(g.name);
      item.description = [g.type, g.shape, g.dtype, g.value].filter(Boolean).join('  ');
      item.tooltip = `${g.name}: ${g.type}${g.shape ? ` shape ${g.shape}` : ''}${g.dtype ? ` ${g.dtype}` : ''}\n${g.value}`;
      item.command = { command: 'gradbook.showVariable', title: 'Show Value', arguments: [{ name: g.name, source: 'global' } satisfies VariableRef] };
      item.contextValue = 'global';
      return item;
    }
    const v = node.info;
    const item = new vscode.TreeItem(v.name);
    const stats = v.stats ? `mean ${fmt(v.stats.mean)} std ${fmt(v.stats.std)} min ${fmt(v.stats.min)} max ${fmt(v.stats.max)}` : '';
    item.description = [v.shape, v.dtype, v.initialized ? '' : 'uninitialized', stats].filter(Boolean).join('  ');
    item.tooltip = `${v.name}: ${v.shape} ${v.dtype}${v.initialized ? '' : ' (uninitialized)'}${stats ? `\n${stats}` : ''}`;
    item.command = { command: 'gradbook.showVariable', title: 'Show Value', arguments: [{ name: v.name, source: 'graphVariable' } satisfies VariableRef] };
    item.contextValue = 'graphVariable';
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function fmt(x: number): string { return Number.isInteger(x) ? String(x) : x.toPrecision(4); }
