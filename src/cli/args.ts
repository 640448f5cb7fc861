// `gradbook run [--memory-limit MB] FILE`: the command line, or a usage error.
export const usage = 'usage: gradbook run [--memory-limit MB] FILE   (FILE: .py, .tfnb or .ipynb)\n';

export interface RunArgs { file: string; memoryLimitMb?: number }

export function parseRunArgs(argv: readonly string[]): RunArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'run') return { error: usage };
  let file: string | undefined;
  let memoryLimitMb: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const inline = /^--memory-limit=(.*)$/.exec(arg);
    if (arg === '--memory-limit' || inline) {
      const value = inline ? inline[1] : rest[++i];
      const mb = Number(value);
      if (!value || !Number.isInteger(mb) || mb <= 0) return { error: `gradbook: --memory-limit needs a whole number of MB, not ${value === undefined ? 'nothing' : `'${value}'`}\n${usage}` };
      memoryLimitMb = mb;
    } else if (file === undefined && !arg.startsWith('--')) {
      file = arg;
    } else {
      return { error: `gradbook: unexpected argument '${arg}'\n${usage}` };
    }
  }
  return file === undefined ? { error: usage } : { file, memoryLimitMb };
}
