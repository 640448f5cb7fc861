// Where the user's code created an op: the front end (the Python session) installs a provider
// that names the running cell's line, and every op records it when it is made. Views and the
// NaN/Inf origin report name that line; plain TypeScript use of the engine records nothing.

export interface OpSite {
  /** The cell or file that created the op. */
  filename: string;
  /** 1-based line in that cell or file. */
  line: number;
  /** The source text of that line, trimmed, when the front end knows it. */
  text?: string;
}

type SiteProvider = () => OpSite | null;
let provider: SiteProvider | null = null;

/** Installs (or, with null, removes) the function asked for the creation site of each new op. */
export function setOpSiteProvider(fn: SiteProvider | null): void { provider = fn; }

export function currentOpSite(): OpSite | null { return provider === null ? null : provider(); }
