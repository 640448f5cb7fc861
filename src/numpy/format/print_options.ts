// NumPy's print options that Gradbook implements (np.set_printoptions): how many digits floats
// keep, whether small numbers are suppressed instead of switching to scientific notation, and
// when and how arrays are summarised and wrapped. NumPy keeps them per process; here the numpy
// module resets them when a session imports it, so each notebook starts from the defaults.
export interface PrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  suppress: boolean;
}

export const DEFAULT_PRINT_OPTIONS: Readonly<PrintOptions> = { precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false };

export const printOptions: PrintOptions = { ...DEFAULT_PRINT_OPTIONS };

export function resetPrintOptions(): void { Object.assign(printOptions, DEFAULT_PRINT_OPTIONS); }
