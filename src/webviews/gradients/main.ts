// The gradient side panel: the notebook renderer's drawing code in a webview that follows the
// active notebook. The extension posts payloads; the panel keeps the selected variable across them.
import { installStyles } from '../../renderers/common/styles';
import { h } from '../../renderers/common/dom';
import { renderGradients } from '../../renderers/gradients/view';
import type { PanelRequest, ShowGradientsMessage } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: PanelRequest): void; getState(): unknown; setState(s: unknown): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: () => {}, getState: () => undefined, setState: () => {} };
const root = document.getElementById('root') ?? document.body;
let selectedByVariable = (vscode.getState() as { selected?: string } | undefined)?.selected;

installStyles(root);

function show(message: ShowGradientsMessage): void {
  const p = message.payload;
  if (!p) {
    root.replaceChildren(h('div', { className: 'gb-view gb-muted' }, 'No training recorded in this notebook yet. Run a cell that calls sess.run(train, …) — the gradient view fills in by itself.'));
    return;
  }
  const selected = Math.max(0, p.rows.findIndex((r) => r.name === selectedByVariable));
  const refresh = h('button', { type: 'button', className: 'gb-refresh' }, 'Refresh');
  refresh.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
  const view = h('div');
  root.replaceChildren(h('div', { className: 'gb-view gb-panel-bar' }, message.notebook ? h('span', { className: 'gb-muted' }, `${message.notebook} · `) : null, refresh), view);
  renderGradients(p, view, {
    selected,
    onSelect: (i) => { selectedByVariable = p.rows[i]?.name; vscode.setState({ selected: selectedByVariable }); },
  });
}

window.addEventListener('message', (e: MessageEvent<ShowGradientsMessage>) => {
  if (e.data?.type === 'gradients') show(e.data);
});
vscode.postMessage({ type: 'ready' });
