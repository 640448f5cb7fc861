// Labelled numbers in a responsive grid; a flagged entry (NaN or Inf present) is highlighted.
import { h } from './dom';

export function statGrid(entries: [label: string, value: string, warn?: boolean][]): HTMLElement {
  return h('div', { className: 'gb-stats' }, ...entries.map(([label, value, warn]) =>
    h('div', { className: 'gb-stat', 'data-stat': label },
      h('span', { className: 'gb-label' }, label),
      h('span', { className: warn ? 'gb-value gb-warn' : 'gb-value' }, value))));
}
