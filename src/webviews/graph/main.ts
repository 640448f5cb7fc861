// The graph side panel (a webview): the same view as the notebook renderer, filling the panel.
// The extension posts `{ type: 'graph', payload }` whenever the active notebook's kernel has a
// new graph or run; the panel keeps the user's expanded scopes when the graph keeps its ops.
import { isGraphPayload, type GraphPayload } from '../../shared/payloads/graph';
import { GraphView, mountGraphView } from '../../renderers/graph/view';
import type { GraphPanelMessage, GraphPanelRequest } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const post = (m: GraphPanelRequest) => vscode.postMessage(m);
const host = document.getElementById('graph') ?? document.body.appendChild(document.createElement('div'));
let view: GraphView | undefined;
// CSSOM, not an inline style: allowed by the panel's CSP.
document.body.style.margin = '0';

function show(payload: GraphPayload): void {
  const sameGraph = view && view.payload.nodes.length === payload.nodes.length && view.payload.nodes.every((n, i) => n.name === payload.nodes[i].name);
  const collapsed = sameGraph ? [...view!.collapsed] : undefined;
  view?.dispose();
  view = mountGraphView(host, payload, {
    height: '100vh',
    collapsed,
    onExport: (svg, filename) => { post({ type: 'saveSvg', svg, filename }); return true; },
    onCheckGradients: (loss, variables) => post({ type: 'checkGradients', loss, variables }),
  });
}

function showEmpty(text: string): void {
  view?.dispose();
  view = undefined;
  host.textContent = text;
}

window.addEventListener('message', (event: MessageEvent<GraphPanelMessage>) => {
  const m = event.data;
  if (m?.type === 'graph' && isGraphPayload(m.payload)) show(m.payload);
  else if (m?.type === 'empty') showEmpty(m.text);
  else if (m?.type === 'gradientCheck') view?.showGradientCheck(m);
});
post({ type: 'ready' });
