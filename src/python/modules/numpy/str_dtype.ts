// NumPy's fixed-width string dtypes: '<U<n>' (unicode, n code points, 4 bytes each) and 'S<n>'
// (bytes, n bytes), with every dtype= spelling that names one: str, bytes, np.str_, np.bytes_,
// 'U', 'U5', '<U5', 'S3', '|S3', np.dtype('<U2'). A width of 0 means "unsized": the array's
// longest element decides, as NumPy does for np.array(x, dtype=str).
import { HostObject, CompareOpName, MaybeNotImplemented, hostClass } from '../../host';
import type { PyValue } from '../../objects/core';
import { T } from '../../objects/types';
import { NotImplemented } from '../../objects/singletons';
import { bytesType } from '../../runtime/bytes';
import { dtypeClass } from './dtype_object';
import { abstractScalarClasses, scalarClasses } from './scalar_types';

export type StrKind = 'U' | 'S';
export interface StrSpec { kind: StrKind; width: number }

/** np.bytes_ (np.string_ in NumPy 1.x); np.str_ is the scalar class of the engine's string dtype. */
export const bytesScalarClass = hostClass('bytes_', 'numpy', abstractScalarClasses.generic);
export const strScalarClass = scalarClasses.string;

export class PyStrDType extends HostObject {
  constructor(readonly kind: StrKind, readonly width: number) { super(); }
  override get type() { return dtypeClass; }
  /** '<U2' / '|S3': what print(a.dtype) and dtype.str show. */
  get text(): string { return (this.kind === 'U' ? '<U' : '|S') + (this.width || ''); }
  get itemsize(): number { return this.kind === 'U' ? 4 * this.width : this.width; }
  override repr(): string { return `dtype('${this.kind === 'U' ? this.text : `S${this.width || ''}`}')`; }
  str(): string { return this.text; }
  override hashKey(): unknown { return `numpy.dtype:${this.kind}${this.width}`; }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    const s = strSpecOf(other);
    return (s !== undefined && s.kind === this.kind && s.width === this.width) === (op === '==');
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return `${this.kind === 'U' ? 'str' : 'bytes'}${8 * this.itemsize}`;
      case 'itemsize': return this.itemsize;
      case 'kind': case 'char': return this.kind;
      case 'type': return this.kind === 'U' ? strScalarClass : bytesScalarClass;
      case 'str': return this.text;
    }
    return undefined;
  }
}

const SPEC_TEXT = /^([<>=|]?)([US])(\d*)$/;

/** The string dtype a dtype= value names, or undefined when it names none. */
export function strSpecOf(v: PyValue | undefined): StrSpec | undefined {
  if (v instanceof PyStrDType) return { kind: v.kind, width: v.width };
  if (v === T.str || v === strScalarClass || v === 'str' || v === 'unicode' || v === 'str_' || v === 'unicode_') return { kind: 'U', width: 0 };
  if (v === bytesType || v === bytesScalarClass || v === 'bytes' || v === 'bytes_' || v === 'string_') return { kind: 'S', width: 0 };
  if (typeof v === 'string') {
    const m = SPEC_TEXT.exec(v);
    if (m) return { kind: m[2] as StrKind, width: m[3] ? Number(m[3]) : 0 };
  }
  return undefined;
}

export function strDtype(kind: StrKind, width: number): PyStrDType {
  return new PyStrDType(kind, width);
}
