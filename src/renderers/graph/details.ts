// The details pane: what one op is (type, kind, scope), its inputs and outputs with dtypes and
// shapes, control inputs, attrs, its place in the last run and its last value's summary.
import { gradientFormula } from './gradient_formulas';
import { formatShape, type GraphNodeJson, type GraphPayload, type TensorJson, type ValueSummaryJson } from '../../shared/payloads/graph';

const KIND_TEXT = { forward: 'forward op', gradient: 'gradient op (built by tf.gradients)', update: 'update op (built by the optimizer)' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function row(table: HTMLTableElement, ...cells: (string | Node)[]): void {
  const tr = table.insertRow();
  for (const c of cells) { const td = tr.insertCell(); td.append(c); }
}

export function formatNumber(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '–';
  if (Number.isInteger(x)) return String(x);
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? x.toExponential(3) : String(Number(x.toPrecision(4)));
}

export function summaryText(v: ValueSummaryJson): string {
  const head = `${v.dtype}[${v.shape.join(',')}]`;
  if (v.min === undefined) return head;
  const first = v.head.map(formatNumber).join(', ') + (v.size > v.head.length ? ', …' : '');
  return `${head} min ${formatNumber(v.min)} max ${formatNumber(v.max)} mean ${formatNumber(v.mean)} — [${first}]`;
}

export interface DetailsContext {
  payload: GraphPayload;
  /** 1-based execution order in the last run. */
  orderOf(id: number): number | undefined;
  /** Select the op producing an input (a link in the pane). */
  onSelect(id: number): void;
}

export function renderDetails(pane: HTMLElement, node: GraphNodeJson, ctx: DetailsContext): void {
  pane.replaceChildren();
  pane.append(el('h3', node.name));
  const kind = el('div', `${node.type} · ${KIND_TEXT[node.kind]}`, 'kind');
  pane.append(kind);
  if (node.scope) pane.append(el('div', `scope ${node.scope}/`, 'muted'));
  const order = ctx.orderOf(node.id);
  const run = ctx.payload.lastRun;
  if (run) pane.append(el('div', order ? `executed #${order} of ${run.executed.length} in the last run` : 'not executed in the last run', 'muted'));

  const byName = new Map(ctx.payload.nodes.map((n) => [n.name, n.id]));
  const tensorTable = (title: string, tensors: TensorJson[], values?: (ValueSummaryJson | null)[]) => {
    pane.append(el('h4', `${title} (${tensors.length})`));
    if (!tensors.length) { pane.append(el('div', 'none', 'muted')); return; }
    const table = el('table');
    const lastValues: HTMLElement[] = [];
    tensors.forEach((t, i) => {
      const producer = byName.get(t.name.slice(0, t.name.lastIndexOf(':')));
      const name: Node = producer !== undefined && title === 'Inputs' ? link(t.name, () => ctx.onSelect(producer)) : document.createTextNode(t.name);
      row(table, name, t.dtype, formatShape(t.shape));
      const v = values?.[i];
      if (v) lastValues.push(el('div', `${tensors.length > 1 ? `${t.name}: ` : ''}${summaryText(v)}`, 'value'));
    });
    pane.append(table);
    if (lastValues.length) pane.append(el('h4', 'Last value'), ...lastValues);
  };
  tensorTable('Inputs', node.inputs);
  if (node.controlInputs.length) {
    pane.append(el('h4', `Control inputs (${node.controlInputs.length})`));
    const table = el('table');
    for (const name of node.controlInputs) {
      const id = byName.get(name);
      row(table, id === undefined ? name : link(`^${name}`, () => ctx.onSelect(id)));
    }
    pane.append(table);
  }
  tensorTable('Outputs', node.outputs, node.values);
  const formula = gradientFormula(node.type);
  if (formula) {
    pane.append(el('h4', 'Gradient rule'));
    const box = el('div', undefined, 'gradient-formula');
    for (const line of formula) box.append(el('div', line));
    pane.append(box);
  }
  const attrs = Object.entries(node.attrs);
  pane.append(el('h4', `Attrs (${attrs.length})`));
  if (!attrs.length) pane.append(el('div', 'none', 'muted'));
  else {
    const table = el('table');
    for (const [k, v] of attrs) row(table, k, v);
    pane.append(table);
  }
  if (run && !node.values && order) pane.append(el('div', 'The last value is kept for the newest run only.', 'muted'));
}

function link(label: string, onClick: () => void): HTMLAnchorElement {
  const a = el('a', label);
  a.tabIndex = 0;
  a.addEventListener('click', onClick);
  a.addEventListener('keydown', (e) => { if (e.key === 'Enter') onClick(); });
  return a;
}
