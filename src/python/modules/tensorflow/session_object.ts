// PyContext: the context-manager object `with g.as_default():`, `tf.name_scope(...)`,
// `tf.control_dependencies(...)` and friends return. The Session and Graph objects live in
// tables/session.ts, bound from signature tables.
import { HostObject } from '../../host';
import type { PyValue } from '../../objects/core';

export class PyContext extends HostObject {
  private exitFn: (() => void) | null = null;
  constructor(private readonly enterFn: () => { value: PyValue; exit: () => void }) { super(); }
  override get pyTypeName() { return '_GeneratorContextManager'; }
  enter(): PyValue { const r = this.enterFn(); this.exitFn = r.exit; return r.value; }
  exit(): boolean { this.exitFn?.(); this.exitFn = null; return false; }
}
