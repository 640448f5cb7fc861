// Source texts of code that is not a user file or cell (the bundled Python stdlib), by the file
// name its frames carry, so tracebacks can show their lines.
export const knownSources = new Map<string, string>();
