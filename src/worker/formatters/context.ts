// What a rich formatter reads besides the displayed value: the kernel's Inspection (runs,
// gradients, losses), and the names the cell's globals give values, so a view can say `w`
// beside the graph name `Variable`.
import type { Inspection } from '../../engine';
import type { MimeBundle } from '../../shared/mimes';

export interface FormatContext {
  readonly inspection: Inspection;
  /** The first public global whose value satisfies `matches` (engine objects compare by identity). */
  globalNameOf(matches: (value: unknown) => boolean): string | undefined;
}

/** A value's rich views (a custom mime each), or undefined for values it does not know. */
export type RichFormatter = (value: unknown, ctx: FormatContext) => MimeBundle | undefined;

/** The engine object behind a tf Python object (Tensor, Variable, Operation), if it is one. */
export function engineValueOf(value: unknown): unknown {
  const v = value as { engineValue?: () => unknown } | null;
  return typeof v?.engineValue === 'function' ? v.engineValue() : undefined;
}
