// Tabs that build their panel on first show (an unseen heatmap costs nothing). Keyboard: the
// arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
import { h } from './dom';

export interface Tab { id: string; label: string; render: () => HTMLElement }

export function tabs(items: Tab[], label: string, initial = 0): HTMLElement {
  const bar = h('div', { className: 'gb-tabs', role: 'tablist', 'aria-label': label });
  const panel = h('div', { className: 'gb-tabpanel', role: 'tabpanel' });
  const built = new Map<string, HTMLElement>();
  const buttons = items.map((t, i) => {
    const b = h('button', { type: 'button', role: 'tab', 'data-tab': t.id, 'aria-selected': 'false', tabindex: -1 }, t.label);
    b.addEventListener('click', () => show(i));
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = (i + step + items.length) % items.length;
      show(next);
      buttons[next].focus();
    });
    bar.append(b);
    return b;
  });
  function show(i: number): void {
    buttons.forEach((b, k) => { b.setAttribute('aria-selected', String(k === i)); b.tabIndex = k === i ? 0 : -1; });
    const t = items[i];
    let content = built.get(t.id);
    if (!content) { content = t.render(); built.set(t.id, content); }
    panel.replaceChildren(content);
    panel.setAttribute('data-active', t.id);
  }
  const box = h('div', { className: 'gb-tabbox' }, bar, panel);
  if (items.length) show(Math.min(initial, items.length - 1));
  return box;
}
