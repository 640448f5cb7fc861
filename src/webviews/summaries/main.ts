// The Summaries side panel: scalar charts and histograms of what the followed notebook's
// tf.summary.FileWriters wrote, redrawn as the extension posts new data while a cell trains.
import { h } from '../../renderers/common/dom';
import { installStyles } from '../../renderers/common/styles';
import { renderSummaries } from '../../renderers/summaries/view';
import type { ShowSummariesMessage, SummariesPanelRequest } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: SummariesPanelRequest): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: () => {} };
const root = document.getElementById('root') ?? document.body;
installStyles(root);

function show(message: ShowSummariesMessage): void {
  const p = message.payload;
  if (!p.scalars.length && !p.histograms.length) {
    root.replaceChildren(h('div', { className: 'gb-view gb-muted' },
      'No summaries yet. Write some with tf.summary.FileWriter(logdir).add_summary(sess.run(merged), step) — the charts fill in as the cell trains.'));
    return;
  }
  renderSummaries(p, root, 'panel');
}

window.addEventListener('message', (e: MessageEvent<ShowSummariesMessage>) => {
  if (e.data?.type === 'summaries') show(e.data);
});
vscode.postMessage({ type: 'ready' });
