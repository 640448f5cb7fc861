// The tensor panel: the tensor renderer's drawing code in a webview, showing the value a
// Variables view click names (or its text when it is not an array).
import { h } from '../../renderers/common/dom';
import { installStyles } from '../../renderers/common/styles';
import { renderTensor } from '../../renderers/tensor/view';
import type { ShowTensorMessage, TensorPanelRequest } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: TensorPanelRequest): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: () => {} };
const root = document.getElementById('root') ?? document.body;
installStyles(root);

window.addEventListener('message', (e: MessageEvent<ShowTensorMessage>) => {
  const m = e.data;
  if (m?.type === 'tensor') renderTensor(m.payload, root);
  else if (m?.type === 'text') {
    root.replaceChildren(h('div', { className: 'gb-view' },
      h('div', { className: 'gb-header' }, h('span', { className: 'gb-title' }, m.name)),
      h('pre', { className: 'gb-text' }, m.text)));
  }
});
vscode.postMessage({ type: 'ready' });
