// Generator objects: a suspended frame driven through a JS generator compiled from the body.
// next/send/throw/close follow CPython (PEP 342, PEP 479: StopIteration inside the body
// becomes RuntimeError; close() throws GeneratorExit in at the suspension point).
import { PyExceptionObj, PyValue } from '../../objects/core';
import { PyIterator } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { iteratorType } from '../../objects/types';
import { E, pyException, typeError, valueError } from '../../exceptions';
import { Frame, Signal, RETURN, state } from '../frame';
import { toPyException } from '../errors';

export type GenBody = (f: Frame) => Generator<PyValue, Signal, PyValue>;
type Step = { done: false; value: PyValue } | { done: true; value: PyValue };

export const generatorType: PyClass = iteratorType('generator');

export class PyGenerator extends PyIterator {
  private js: Generator<PyValue, Signal, PyValue> | null = null;
  private started = false;
  private running = false;
  private finished = false;
  /** Exceptions being handled inside the body when it suspended (restored on resume). */
  private handling: PyExceptionObj[] = [];

  constructor(
    private readonly body: GenBody,
    private readonly frame: Frame,
    readonly name: string,
    readonly qualname: string,
    private readonly filename: string,
  ) {
    super(generatorType, () => { const r = this.step('send', null); return r.done ? undefined : r.value; });
  }

  /** Python-level `__next__`: StopIteration carries the return value. */
  nextOrStop(): PyValue {
    const r = this.step('send', null);
    if (r.done) throw stopWith(r.value);
    return r.value;
  }

  send(v: PyValue): PyValue {
    const r = this.step('send', v);
    if (r.done) throw stopWith(r.value);
    return r.value;
  }

  throwIn(exc: PyExceptionObj): PyValue {
    const r = this.step('throw', exc);
    if (r.done) throw stopWith(r.value);
    return r.value;
  }

  close(): void {
    if (this.finished) return;
    if (!this.started) { this.finish(); return; }
    let r: Step;
    try {
      r = this.step('throw', pyException(E.GeneratorExit));
    } catch (e) {
      if (e instanceof PyExceptionObj && (e.cls.isSubclassOf(E.GeneratorExit) || e.cls.isSubclassOf(E.StopIteration))) return;
      throw e;
    }
    if (!r.done) throw pyException(E.RuntimeError, 'generator ignored GeneratorExit');
  }

  /** One resumption; at the end `done` is true and `value` is the return value. */
  step(kind: 'send' | 'throw', value: PyValue | PyExceptionObj): Step {
    if (this.running) throw valueError('generator already executing');
    if (this.finished) {
      if (kind === 'throw') throw value as PyExceptionObj;
      return { done: true, value: null };
    }
    if (!this.started) {
      if (kind === 'send' && value !== null) throw typeError("can't send non-None value to a just-started generator");
      this.started = true;
      this.js = this.body(this.frame);
      if (kind === 'throw') {
        // Thrown before the first yield: the body never runs, the exception comes straight out.
        this.finish();
        throw value as PyExceptionObj;
      }
    }
    if (++state.depth > state.maxDepth) {
      state.depth--;
      throw pyException(E.RecursionError, 'maximum recursion depth exceeded');
    }
    // The resumed body is the innermost Python frame: warnings' stacklevel, logging's caller and
    // tf.Print's line look it up by depth, as they do a function's.
    state.frames[state.depth] = this.frame;
    const base = state.handling.length;
    for (const h of this.handling) state.handling.push(h);
    this.running = true;
    try {
      const r = kind === 'send' ? this.js!.next(value) : this.js!.throw(value);
      if (r.done) {
        this.finish();
        return { done: true, value: r.value === RETURN ? this.frame.ret : null };
      }
      this.handling = state.handling.slice(base);
      return { done: false, value: r.value };
    } catch (e) {
      this.finish();
      let exc = toPyException(e);
      if (exc.cls.isSubclassOf(E.StopIteration)) {
        const wrapped = pyException(E.RuntimeError, 'generator raised StopIteration');
        wrapped.cause = exc;
        wrapped.context = exc;
        exc = wrapped;
      }
      if (!exc.traceback.some(t => t.filename === this.filename && t.name === this.name && t.line === this.frame.line)) {
        exc.traceback.push({ filename: this.filename, line: this.frame.line, name: this.name });
      }
      throw exc;
    } finally {
      this.running = false;
      state.handling.length = base;
      state.depth--;
    }
  }

  get isRunning(): boolean { return this.running; }
  get isSuspended(): boolean { return this.started && !this.finished && !this.running; }

  private finish(): void {
    this.finished = true;
    this.js = null;
    this.handling = [];
  }
}

export function stopWith(value: PyValue): PyExceptionObj {
  const exc = value === null ? pyException(E.StopIteration) : new PyExceptionObj(E.StopIteration, [value]);
  return exc;
}
