// Late-bound reference to the `type` class, so pyclass.ts need not import the type registry.
import type { PyClass } from './pyclass';
export const typeTypeRef: { cls: PyClass | null } = { cls: null };
