// A callable that stands for a matplotlib class whose instances Gradbook builds from a table entry
// (LinearSegmentedColormap, with its static from_list): calling it constructs, its attributes are
// the static methods.
import type { PyValue, Kwargs } from '../../objects/core';
import { HostObject } from '../../host';
import { callValue } from '../../runtime/call';
import { type TableEntry } from '../../bind';
import { functionOf } from '../../bind/objects';

export class ClassLike extends HostObject {
  constructor(readonly name: string, readonly module: string, private readonly construct: PyValue, private readonly statics: Record<string, PyValue>) { super(); }
  override get pyTypeName(): string { return 'type'; }
  override repr(): string { return `<class '${this.module}.${this.name}'>`; }
  call(args: PyValue[], kw: Kwargs): PyValue { return callValue(this.construct, args, kw); }
  getattr(name: string): PyValue | undefined {
    if (name === '__name__') return this.name;
    return this.statics[name];
  }
}

/** A table entry as a Python function object. */
export function boundEntry(e: TableEntry): PyValue {
  return functionOf(e);
}
