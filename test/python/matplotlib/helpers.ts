// A notebook session (IPython mode, inline backend) that records what cells display, for the
// matplotlib and IPython.display tests; figures are read back as src/plots objects.
import '../../../src/python/modules/standard';
import { PythonSession, type DisplayOptions, type PyValue, type RunResult } from '../../../src/python/index';
import type { SessionOptions } from '../../../src/python/session';
import { preparePlotRendering, type Figure } from '../../../src/plots';
import { Display } from '../../../src/worker/display';
import { Inspection } from '../../../src/engine/inspect/inspection';

export interface Shown { value: PyValue; options?: DisplayOptions }

export class NotebookSession {
  readonly session: PythonSession;
  readonly shown: Shown[] = [];
  readonly clears: boolean[] = [];
  out = '';
  err = '';
  private readonly display: Display;

  constructor(options: SessionOptions = {}) {
    this.session = new PythonSession({
      stdout: (t) => { this.out += t; }, stderr: (t) => { this.err += t; },
      display: (value, opts) => this.shown.push({ value, options: opts }),
      clearOutput: (wait) => this.clears.push(wait),
    }, options);
    this.display = new Display(new Inspection(), () => this.session.globals.entries());
  }

  /** Runs a cell; throws with the traceback when it fails. */
  run(source: string): PyValue | undefined {
    const r = this.session.runCell(source, '<cell>');
    if (!r.ok) throw new Error(r.error.traceback);
    return r.value;
  }

  /** Runs a cell that must fail; its error. */
  fail(source: string): Extract<RunResult, { ok: false }>['error'] {
    const r = this.session.runCell(source, '<cell>');
    if (r.ok) throw new Error(`expected an error from:\n${source}`);
    return r.error;
  }

  /** The src/plots object behind a Python global (a Figure, an Axes, a Line2D ...). */
  target<T>(name: string): T {
    const v = this.session.globals.get(name) as { target?: T } | undefined;
    if (!v?.target) throw new Error(`${name} is not a matplotlib object`);
    return v.target;
  }

  /** The mime bundle the kernel would send for a value (formatted inside the session, as the kernel does). */
  bundle(value: PyValue): Record<string, unknown> {
    return this.session.inSession(() => this.display.bundle(value));
  }

  /** The figures displayed so far (their src/plots objects). */
  get shownFigures(): Figure[] {
    return this.shown.map((s) => (s.value as { target?: unknown }).target).filter((t): t is Figure => !!t && t.constructor.name === 'Figure');
  }
}

export async function plotsReady(): Promise<void> { await preparePlotRendering(); }
