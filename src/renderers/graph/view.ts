// The graph view: toolbar (legend, scopes, story steps, zoom, export), the drawing with zoom and
// pan, and the details pane. Shared by the notebook renderer and the side panel: both call
// `mountGraphView(host, payload)`. Everything lives in a shadow root with a constructed
// stylesheet, so the page's CSP needs no inline style or script.
import type { GraphPayload } from '../../shared/payloads/graph';
import { initialCollapsed, opKey, scopeKey, visibleGraph, type VisibleGraph } from './model';
import { layoutGraph, type GraphLayout, type Box } from './layout';
import { drawScene, setBadge, type Scene } from './draw';
import { Story, orderBadge, strongest, type OpState } from './story';
import { renderDetails, summaryText } from './details';
import { chromeCss, svgCss } from './styles';
import { downloadText, exportSvgText } from './export_svg';
import { appendCheckSection, checkableLoss, variablesFeeding, type GradientCheckAnswer } from './gradient_check';

export interface GraphViewOptions {
  /** CSS height of the view (the side panel passes 100vh). */
  height?: string;
  /** Scopes to show collapsed (the panel keeps the user's choice across updates). */
  collapsed?: Iterable<string>;
  /** Called with the SVG text on export; return true when handled (e.g. sent to the extension). */
  onExport?: (svg: string, filename: string) => boolean;
  /** Called after each layout and draw (first render, expand, collapse). */
  onRendered?: (info: RenderInfo) => void;
  /**
   * Asks the kernel for a gradient check of a scalar loss (the Graph panel); with it, the details
   * of a scalar float op offer *Check gradients*, and `showGradientCheck` shows the answer.
   */
  onCheckGradients?: (loss: string, variables: string[]) => void;
}

export interface RenderInfo { layoutMs: number; drawMs: number; drawn: number; ops: number }

interface Transform { x: number; y: number; k: number }
const MIN_ZOOM = 0.03, MAX_ZOOM = 3;
const STATE_CLASSES = ['state-current', 'state-ran', 'state-reached', 'state-idle'];

let styleSheet: CSSStyleSheet | undefined;
function sheet(): CSSStyleSheet {
  if (!styleSheet) { styleSheet = new CSSStyleSheet(); styleSheet.replaceSync(chromeCss() + svgCss()); }
  return styleSheet;
}

function button(parent: Element, label: string, title: string, onClick: () => void, action: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  b.setAttribute('aria-label', title);
  b.dataset.action = action;
  b.addEventListener('click', onClick);
  parent.appendChild(b);
  return b;
}

function div(parent: Element, cls: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = cls;
  parent.appendChild(d);
  return d;
}

export class GraphView {
  readonly root: ShadowRoot;
  readonly story: Story;
  collapsed: Set<string>;
  graph!: VisibleGraph;
  layout!: GraphLayout;
  scene!: Scene;
  /** Time of the last layout and draw, for the benchmark. */
  timings = { layoutMs: 0, drawMs: 0 };
  ready: Promise<void>;
  private transform: Transform = { x: 0, y: 0, k: 1 };
  private selected: string | null = null;
  private readonly svg: SVGSVGElement;
  private readonly canvas: HTMLDivElement;
  private readonly details: HTMLDivElement;
  private readonly status: HTMLDivElement;
  private readonly countLabel: HTMLSpanElement;
  private readonly stepButtons: HTMLButtonElement[] = [];
  private playTimer: ReturnType<typeof setInterval> | undefined;
  private renderToken = 0;
  private checkSection: { showAnswer(a: GradientCheckAnswer): void } | undefined;

  constructor(private readonly host: HTMLElement, readonly payload: GraphPayload, private readonly options: GraphViewOptions = {}) {
    this.root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [sheet()];
    this.root.replaceChildren();
    this.story = new Story(payload.lastRun);
    this.collapsed = options.collapsed ? new Set(options.collapsed) : initialCollapsed(payload);

    const view = div(this.root as unknown as Element, 'gv');
    if (options.height) view.style.setProperty('--gv-height', options.height);
    const toolbar = div(view, 'gv-toolbar');
    const legend = div(toolbar, 'gv-legend');
    for (const [kind, label] of [['forward', 'forward'], ['gradient', 'gradient'], ['update', 'update']]) {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = `gv-swatch kind-${kind}`;
      item.append(swatch, label);
      legend.appendChild(item);
    }
    this.countLabel = document.createElement('span');
    this.countLabel.className = 'gv-count';
    legend.appendChild(this.countLabel);

    const scopes = div(toolbar, 'gv-group');
    button(scopes, 'Expand all', 'Expand every name scope', () => this.expandAll(), 'expand-all');
    button(scopes, 'Collapse', 'Collapse gradient and optimizer scopes again', () => this.resetScopes(), 'collapse-default');

    if (this.story.length) {
      const steps = div(toolbar, 'gv-group');
      steps.setAttribute('role', 'group');
      steps.setAttribute('aria-label', 'Step through the last run');
      this.stepButtons.push(
        button(steps, '⟲ Run', 'Overview of the last run (Home)', () => this.goTo(-1), 'story-start'),
        button(steps, '◀', 'Previous step (,)', () => this.goTo(this.story.position - 1), 'story-prev'),
        button(steps, '▶', 'Next step: search back from the fetches, then run forwards (.)', () => this.goTo(this.story.position + 1), 'story-next'),
        button(steps, 'Play', 'Play or pause the story', () => this.togglePlay(), 'story-play'),
      );
    }

    const zoom = div(toolbar, 'gv-group');
    button(zoom, '−', 'Zoom out (-)', () => this.zoomBy(1 / 1.25), 'zoom-out');
    button(zoom, '+', 'Zoom in (+)', () => this.zoomBy(1.25), 'zoom-in');
    button(zoom, 'Fit', 'Fit the graph (0)', () => this.fit(), 'zoom-fit');
    button(zoom, 'Export SVG', 'Download the drawing as an SVG file', () => this.exportSvg(), 'export-svg');

    this.status = div(view, 'gv-status');
    this.status.setAttribute('aria-live', 'polite');
    const main = div(view, 'gv-main');
    this.canvas = div(main, 'gv-canvas');
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'application');
    this.canvas.setAttribute('aria-label', 'Graph: +/- zoom, arrows pan, 0 fits, Tab moves between ops, Enter opens an op');
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.setAttribute('class', `gv-svg${payload.lastRun ? ' has-run' : ''}`);
    this.canvas.appendChild(this.svg);
    this.details = div(main, 'gv-details');
    this.details.hidden = true;
    this.details.setAttribute('aria-label', 'Op details');
    this.wireInput();
    this.ready = this.render({ initial: true });
  }

  // ---- layout and drawing ----

  private async render(opts: { initial?: boolean; anchor?: string } = {}): Promise<void> {
    const token = ++this.renderToken;
    const before = opts.anchor ? this.screenBox(opts.anchor) : null;
    const started = performance.now();
    const graph = visibleGraph(this.payload, this.collapsed);
    const layout = await layoutGraph(graph);
    if (token !== this.renderToken) return;
    const laidOut = performance.now();
    this.graph = graph;
    this.layout = layout;
    this.scene = drawScene(this.svg, graph, layout);
    this.applyStates();
    this.timings = { layoutMs: laidOut - started, drawMs: performance.now() - laidOut };
    this.countLabel.textContent = `${graph.leafCount} drawn · ${this.payload.nodes.length} ops`;
    if (opts.initial) this.initialView();
    else if (before && opts.anchor) {
      const box = layout.boxes.get(opts.anchor);
      if (box) this.setTransform({ k: this.transform.k, x: before.x - box.x * this.transform.k, y: before.y - box.y * this.transform.k });
    } else this.setTransform(this.transform);
    if (this.selected && !this.scene.nodes.has(this.selected)) this.selected = null;
    this.scene.nodes.get(this.selected ?? '')?.classList.add('selected');
    this.options.onRendered?.({ ...this.timings, drawn: graph.leafCount, ops: this.payload.nodes.length });
  }

  /** Classes and badges for the story position; no relayout. */
  private applyStates(): void {
    const { story, graph, scene, payload } = this;
    const focusKey = payload.focus === null ? null : graph.itemOfOp[payload.focus];
    for (const [key, el] of scene.nodes) {
      const item = graph.items.get(key)!;
      const ops = item.type === 'op' ? [item.node.id] : item.members;
      const state: OpState = strongest(ops.map((id) => story.stateOf(id)));
      el.classList.remove(...STATE_CLASSES);
      el.classList.add(`state-${state}`);
      el.classList.toggle('focus', key === focusKey);
      const shown = ops.filter((id) => story.showsBadge(id));
      const loops = shown.map((id) => payload.lastRun?.iterations?.[String(id)]).filter((n): n is number => n !== undefined);
      const label = orderBadge(shown.map((id) => story.orderOf(id)!), loops);
      setBadge(el, label, this.layout.boxes.get(key)!.width - (item.type === 'scope' ? 4 : 0));
      if (label) el.setAttribute('data-order', label); else el.removeAttribute('data-order');
    }
    for (const [key, el] of scene.edges) {
      const edge = graph.edges.find((e) => e.key === key);
      const live = !!edge && scene.nodes.get(edge.from)?.classList.contains('state-ran') && scene.nodes.get(edge.to)?.classList.contains('state-ran');
      el.classList.toggle('live', !!live);
    }
    this.updateStatus();
  }

  private updateStatus(): void {
    const run = this.payload.lastRun;
    const s = this.status;
    s.replaceChildren();
    const b = (t: string) => { const e = document.createElement('b'); e.textContent = t; return e; };
    if (!run) { s.append('No session has run this graph yet.'); return; }
    const step = this.story.current;
    if (!step) {
      s.append(`Last run (#${run.step + 1}): fetched `, b(run.fetches.join(', ')), run.feeds.length ? `, fed ${run.feeds.join(', ')}` : '', ` — ${run.executed.length} ops executed, numbered in order. Press ▶ to step: search back, then run forwards.`);
    } else {
      const node = this.payload.nodes[step.op];
      const total = step.phase === 'search' ? run.searched.length : run.executed.length;
      const index = step.phase === 'search' ? this.story.position + 1 : this.story.position - run.searched.length + 1;
      s.append(step.phase === 'search' ? `Searching back from ${run.fetches.join(', ')}: ${index} of ${total} reaches ` : `Running forwards: ${index} of ${total} executes `, b(node.name), ` (${node.type})`);
      const loops = step.phase === 'run' ? run.iterations?.[String(step.op)] : undefined;
      if (loops !== undefined) s.append(` — its loop body ran ${loops} time${loops === 1 ? '' : 's'}`);
      // Values flow as the story runs forwards: each executed op's output statistics.
      const value = step.phase === 'run' ? node.values?.find((v) => v !== null) : undefined;
      if (value) { const stats = document.createElement('span'); stats.className = 'step-value'; stats.textContent = ` → ${summaryText(value)}`; s.append(stats); }
    }
    s.dataset.phase = step?.phase ?? 'overview';
    for (const btn of this.stepButtons) btn.disabled = false;
  }

  // ---- user actions (also the API the tests and the panel use) ----

  toggleScope(path: string): Promise<void> {
    if (this.collapsed.has(path)) this.collapsed.delete(path); else this.collapsed.add(path);
    return this.render({ anchor: scopeKey(path) });
  }
  expandAll(): Promise<void> { this.collapsed.clear(); return this.render(); }
  resetScopes(): Promise<void> { this.collapsed = initialCollapsed(this.payload); return this.render(); }

  goTo(position: number): void {
    this.story.go(position);
    this.applyStates();
    const step = this.story.current;
    if (step) this.reveal(this.graph.itemOfOp[step.op]);
  }
  private togglePlay(): void {
    if (this.playTimer) { clearInterval(this.playTimer); this.playTimer = undefined; return; }
    if (this.story.position >= this.story.length - 1) this.goTo(-1);
    this.playTimer = setInterval(() => {
      if (!this.host.isConnected || this.story.position >= this.story.length - 1) { clearInterval(this.playTimer); this.playTimer = undefined; return; }
      this.goTo(this.story.position + 1);
    }, 350);
  }

  select(key: string): void {
    const item = this.graph.items.get(key);
    if (!item) return;
    if (item.type === 'scope') { void this.toggleScope(item.scope.path); return; }
    this.scene.nodes.get(this.selected ?? '')?.classList.remove('selected');
    this.selected = key;
    this.scene.nodes.get(key)?.classList.add('selected');
    this.details.hidden = false;
    renderDetails(this.details, item.node, {
      payload: this.payload,
      orderOf: (id) => this.story.orderOf(id),
      onSelect: (id) => this.selectOp(id),
    });
    const loss = this.options.onCheckGradients ? checkableLoss(item.node) : null;
    this.checkSection = loss ? appendCheckSection(this.details, loss, variablesFeeding(this.payload, item.node.id), this.options.onCheckGradients!) : undefined;
  }
  /** The kernel's answer to a Check gradients this view asked for. */
  showGradientCheck(answer: GradientCheckAnswer): void { this.checkSection?.showAnswer(answer); }
  /** Select an op, expanding the scopes that hide it. */
  async selectOp(id: number): Promise<void> {
    const node = this.payload.nodes[id];
    let changed = false;
    for (const path of [...this.collapsed]) {
      if (node.scope === path || node.scope.startsWith(`${path}/`)) { this.collapsed.delete(path); changed = true; }
    }
    if (changed) await this.render();
    this.select(opKey(id));
    this.reveal(opKey(id));
    this.scene.nodes.get(opKey(id))?.focus({ preventScroll: true });
  }

  exportSvg(): string {
    const text = exportSvgText(this.svg, this.scene, this.host);
    const filename = 'gradbook-graph.svg';
    if (!this.options.onExport?.(text, filename)) downloadText(text, filename);
    return text;
  }

  // ---- zoom and pan ----

  private size(): { w: number; h: number } {
    return { w: this.canvas.clientWidth || 800, h: this.canvas.clientHeight || 480 };
  }
  private setTransform(t: Transform): void {
    this.transform = t;
    this.scene?.viewport.setAttribute('transform', `translate(${t.x.toFixed(1)},${t.y.toFixed(1)}) scale(${t.k.toFixed(4)})`);
  }
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const { w, h } = this.size();
    const p = at ?? { x: w / 2, y: h / 2 };
    const t = this.transform;
    const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, t.k * factor));
    this.setTransform({ k, x: p.x - ((p.x - t.x) * k) / t.k, y: p.y - ((p.y - t.y) * k) / t.k });
  }
  panBy(dx: number, dy: number): void { this.setTransform({ ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy }); }
  fit(): void {
    const { w, h } = this.size();
    const b = this.scene.bounds;
    const k = Math.max(MIN_ZOOM, Math.min(1, (w - 24) / b.width, (h - 24) / b.height));
    this.setTransform({ k, x: (w - b.width * k) / 2 - b.x * k, y: (h - b.height * k) / 2 - b.y * k });
  }
  /** First view: the whole graph when it stays readable, else readable scale around the focused op. */
  private initialView(): void {
    const { w, h } = this.size();
    const b = this.scene.bounds;
    const fitK = Math.min(1, (w - 24) / b.width, (h - 24) / b.height);
    if (fitK >= 0.55) { this.fit(); return; }
    const k = Math.max(0.55, Math.min(1, (w - 24) / b.width));
    this.setTransform({ k, x: (w - b.width * k) / 2, y: 12 });
    const focus = this.payload.focus === null ? null : this.graph.itemOfOp[this.payload.focus];
    if (focus) this.reveal(focus, true);
    // Keep the drawing's edges on screen: no empty band above the top or below the bottom.
    const t = this.transform;
    const minY = h - (b.y + b.height) * k - 12, maxY = 12 - b.y * k;
    this.setTransform({ ...t, y: Math.max(Math.min(t.y, maxY), Math.min(minY, maxY)) });
  }
  private screenBox(key: string): { x: number; y: number } | null {
    const box = this.layout?.boxes.get(key);
    return box ? { x: box.x * this.transform.k + this.transform.x, y: box.y * this.transform.k + this.transform.y } : null;
  }
  /** Pan so an item is on screen (centered when it was off screen or `center`). */
  private reveal(key: string, center = false): void {
    const box: Box | undefined = this.layout.boxes.get(key);
    if (!box) return;
    const { w, h } = this.size();
    const t = this.transform;
    const x0 = box.x * t.k + t.x, y0 = box.y * t.k + t.y, x1 = x0 + box.width * t.k, y1 = y0 + box.height * t.k;
    if (!center && x0 >= 0 && y0 >= 0 && x1 <= w && y1 <= h) return;
    this.setTransform({ k: t.k, x: w / 2 - (box.x + box.width / 2) * t.k, y: h / 2 - (box.y + box.height / 2) * t.k });
  }

  private wireInput(): void {
    const canvas = this.canvas;
    const keyOf = (target: EventTarget | null) => (target as Element | null)?.closest?.('[data-key]') as SVGGElement | null;
    canvas.addEventListener('click', (e) => {
      const el = keyOf(e.target);
      if (el?.classList.contains('box')) { if ((e.target as Element).classList.contains('toggle')) void this.toggleScope(el.dataset.scope!); return; }
      if (el && !this.dragged) this.select(el.dataset.key!);
    });
    canvas.addEventListener('keydown', (e) => {
      const el = keyOf(e.target);
      if ((e.key === 'Enter' || e.key === ' ') && el) {
        e.preventDefault();
        if (el.classList.contains('box')) void this.toggleScope(el.dataset.scope!); else this.select(el.dataset.key!);
        return;
      }
      const pan = 60;
      const actions: Record<string, () => void> = {
        '+': () => this.zoomBy(1.25), '=': () => this.zoomBy(1.25), '-': () => this.zoomBy(1 / 1.25), '_': () => this.zoomBy(1 / 1.25),
        '0': () => this.fit(), ArrowLeft: () => this.panBy(pan, 0), ArrowRight: () => this.panBy(-pan, 0),
        ArrowUp: () => this.panBy(0, pan), ArrowDown: () => this.panBy(0, -pan),
        '.': () => this.goTo(this.story.position + 1), ',': () => this.goTo(this.story.position - 1), Home: () => this.goTo(-1),
        Escape: () => { this.details.hidden = true; },
      };
      const action = actions[e.key];
      if (action) { e.preventDefault(); action(); }
    });
    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      this.zoomBy(Math.exp(-e.deltaY * 0.0015), { x: e.clientX - r.left, y: e.clientY - r.top });
    }, { passive: false });
    let start: { x: number; y: number; tx: number; ty: number } | null = null;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = { x: e.clientX, y: e.clientY, tx: this.transform.x, ty: this.transform.y };
      this.dragged = false;
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!start) return;
      const dx = e.clientX - start.x, dy = e.clientY - start.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      if (!this.dragged) { this.dragged = true; canvas.classList.add('panning'); canvas.setPointerCapture(e.pointerId); }
      this.setTransform({ ...this.transform, x: start.tx + dx, y: start.ty + dy });
    });
    const end = () => { start = null; canvas.classList.remove('panning'); setTimeout(() => { this.dragged = false; }, 0); };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }
  private dragged = false;

  dispose(): void {
    if (this.playTimer) clearInterval(this.playTimer);
    this.renderToken++;
    this.root.replaceChildren();
  }
}

export function mountGraphView(host: HTMLElement, payload: GraphPayload, options?: GraphViewOptions): GraphView {
  return new GraphView(host, payload, options);
}
