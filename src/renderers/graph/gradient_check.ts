// The details pane's *Check gradients* section, for a selected scalar float op in the Graph panel
// (the notebook renderer has no kernel to ask, so it never shows it): a checkbox per trainable
// variable the op depends on, the button, and then the kernel's answer as a table of analytic vs
// numeric gradients with the max relative error and pass/fail against the stated tolerance.
import type { GraphNodeJson, GraphPayload } from '../../shared/payloads/graph';
import type { GradientCheckPayload } from '../../shared/payloads/gradient_check';
import { formatNumber } from './details';

export interface GradientCheckAnswer { loss: string; payload: GradientCheckPayload | null; error?: string }

/** The tensor a Check gradients of `node` is about, when it is a scalar float: `Mean:0`. */
export function checkableLoss(node: GraphNodeJson): string | null {
  const out = node.outputs[0];
  if (node.kind !== 'forward' || !out || !out.dtype.startsWith('float') || out.dtype.endsWith('_ref')) return null;
  return out.shape !== null && out.shape.length === 0 ? out.name : null;
}

/** Trainable variables (op names) the op reads through data edges, in graph order. */
export function variablesFeeding(payload: GraphPayload, id: number): string[] {
  const trainable = new Set(payload.trainableVariables ?? []);
  const sources = new Map<number, number[]>();
  for (const e of payload.edges) if (e.output >= 0) (sources.get(e.to) ?? sources.set(e.to, []).get(e.to)!).push(e.from);
  const seen = new Set<number>([id]);
  const stack = [id];
  while (stack.length) for (const from of sources.get(stack.pop()!) ?? []) if (!seen.has(from)) { seen.add(from); stack.push(from); }
  return [...seen].sort((a, b) => a - b).map((i) => payload.nodes[i].name).filter((name) => trainable.has(name));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const exp = (x: number) => (x === 0 ? '0' : Number.isFinite(x) ? x.toExponential(2) : String(x));

/**
 * Appends the section to the details pane. `run` asks the kernel; the answer comes back through
 * `showAnswer` on the returned handle (the panel's message), so the section shows "Checking…" meanwhile.
 */
export function appendCheckSection(pane: HTMLElement, loss: string, variables: string[], run: (loss: string, variables: string[]) => void): { showAnswer(a: GradientCheckAnswer): void } {
  const section = el('div', undefined, 'gradient-check');
  section.append(el('h4', 'Check gradients'));
  section.append(el('div', `Finite differences of ${loss} with respect to the variables below, at their current values.`, 'muted'));
  const boxes: HTMLInputElement[] = [];
  if (!variables.length) section.append(el('div', 'No trainable variable feeds this op.', 'muted'));
  for (const name of variables) {
    const label = el('label', undefined, 'check-variable');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = name;
    boxes.push(box);
    label.append(box, ` ${name}`);
    section.append(label);
  }
  const button = el('button', 'Check gradients');
  button.type = 'button';
  button.dataset.action = 'check-gradients';
  button.disabled = !variables.length;
  const result = el('div', undefined, 'check-result');
  result.setAttribute('aria-live', 'polite');
  button.addEventListener('click', () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!chosen.length) { result.replaceChildren(el('div', 'Choose at least one variable.', 'muted')); return; }
    button.disabled = true;
    result.replaceChildren(el('div', 'Checking…', 'muted'));
    result.dataset.state = 'running';
    run(loss, chosen);
  });
  section.append(button, result);
  pane.append(section);
  return {
    showAnswer(a: GradientCheckAnswer) {
      if (a.loss !== loss) return;
      button.disabled = false;
      renderAnswer(result, a);
    },
  };
}

function renderAnswer(box: HTMLElement, a: GradientCheckAnswer): void {
  box.replaceChildren();
  const p = a.payload;
  if (!p) { box.dataset.state = 'error'; box.append(el('div', a.error ?? 'The check did not run.', 'check-error')); return; }
  box.dataset.state = p.passed ? 'pass' : 'fail';
  const verdict = el('div', undefined, `check-verdict ${p.passed ? 'pass' : 'fail'}`);
  verdict.append(el('b', p.passed ? 'PASS' : 'FAIL'), ` max relative error ${exp(p.maxRelativeError)} ${p.passed ? '≤' : '>'} tolerance ${exp(p.tolerance)}`);
  verdict.dataset.maxRelativeError = String(p.maxRelativeError);
  box.append(verdict);
  box.append(el('div', `${p.precision} · h = ${exp(p.step)}·max(1, |x|) · error = |a − n| / max(|a|, |n|, ${exp(p.floor)}) · ${p.loss} = ${formatNumber(p.lossValue)}`, 'muted'));
  box.append(el('div', `Feeds: ${p.feedSource}`, 'muted'));
  for (const v of p.variables) box.append(el('div', `${v.name} [${v.shape.join(',')}]: ${v.sampling}, max error ${exp(v.maxRelativeError)}`, 'muted'));
  for (const note of p.notes) box.append(el('div', `Note: ${note}`, 'check-note'));
  const table = el('table', undefined, 'check-table');
  const head = table.createTHead().insertRow();
  for (const h of ['variable', 'element', 'analytic', 'numeric', 'rel. error']) head.append(el('th', h));
  const body = table.createTBody();
  for (const r of p.rows) {
    const tr = body.insertRow();
    if (r.relativeError > p.tolerance) tr.className = 'over';
    for (const text of [r.variable, `[${r.index.join(',')}]`, exp(r.analytic), exp(r.numeric), exp(r.relativeError)]) tr.insertCell().textContent = text;
  }
  box.append(table);
}
