// The formatters see only the displayed value; the worker tells them how to read the cell's
// globals, so a view can say `w` beside the graph name `Variable`.
type GlobalsProvider = () => Iterable<[string, unknown]>;

let provider: GlobalsProvider = () => [];

export function setGlobalsProvider(p: GlobalsProvider): void { provider = p; }

/** The first global whose value satisfies `matches` (engine objects compare by identity). */
export function globalNameOf(matches: (value: unknown) => boolean): string | undefined {
  try {
    for (const [name, value] of provider()) if (!name.startsWith('_') && matches(value)) return name;
  } catch {
    // A view without aliases is still a view.
  }
  return undefined;
}

/** The engine object behind a tf Python object (Tensor, Variable, Operation), if it is one. */
export function engineValueOf(value: unknown): unknown {
  const v = value as { engineValue?: () => unknown } | null;
  return typeof v?.engineValue === 'function' ? v.engineValue() : undefined;
}
