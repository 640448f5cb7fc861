// Python classes: builtin types and user-defined classes share this representation.
import { PyObject, PyValue, Kwargs } from './core';
import { typeTypeRef } from './type-ref';

export type NativeNew = (cls: PyClass, args: PyValue[], kw: Kwargs) => PyValue;

export class PyClass extends PyObject {
  readonly dict = new Map<string, PyValue>();
  mro: PyClass[];
  /** Constructor for builtin types (int(), list(), exceptions); inherited by subclasses. */
  nativeNew: NativeNew | null = null;
  /** True for classes implemented in TypeScript (repr shows <class 'int'>). */
  isBuiltin = false;

  constructor(public name: string, readonly bases: PyClass[], public module = 'builtins') {
    super();
    this.mro = computeMro(this);
  }

  get type(): PyClass { return typeTypeRef.cls!; }

  /** Attribute lookup along the MRO (no binding). */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubclassOf(other: PyClass): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }

  findNativeNew(): NativeNew | null {
    for (const c of this.mro) if (c.nativeNew) return c.nativeNew;
    return null;
  }

  get qualname(): string { return this.module === 'builtins' ? this.name : `${this.module}.${this.name}`; }
}

/** C3 linearization, as CPython computes __mro__. */
function computeMro(cls: PyClass): PyClass[] {
  if (!cls.bases.length) return [cls];
  const seqs = cls.bases.map(b => [...b.mro]).concat([[...cls.bases]]);
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter(s => s.length);
    if (!nonEmpty.length) return out;
    let head: PyClass | null = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some(o => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (!head) throw Object.assign(new Error('Cannot create a consistent method resolution order (MRO)'), { pyType: 'TypeError' });
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}
