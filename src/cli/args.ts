// `gradbook run [--memory-limit MB] [--output OUT.ipynb] FILE [-- ARGS...]`: the command line, or a usage error.
export const usage = 'usage: gradbook run [--memory-limit MB] [--output OUT.ipynb] FILE [-- ARGS...]   (FILE: .py, .tfnb or .ipynb; ARGS become sys.argv[1:])\n';

export interface RunArgs {
  file: string;
  memoryLimitMb?: number;
  /** Write the executed notebook here (like `jupyter nbconvert --execute --to notebook --output`). */
  output?: string;
  /** sys.argv[1:] of the program. */
  programArgs: string[];
}

export function parseRunArgs(argv: readonly string[]): RunArgs | { error: string } {
  const [command, ...all] = argv;
  if (command !== 'run') return { error: usage };
  const dashes = all.indexOf('--');
  const rest = dashes < 0 ? all : all.slice(0, dashes);
  const programArgs = dashes < 0 ? [] : all.slice(dashes + 1);
  let file: string | undefined;
  let memoryLimitMb: number | undefined;
  let output: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const inline = /^--(memory-limit|output)=(.*)$/.exec(arg);
    const option = inline ? inline[1] : arg === '--memory-limit' || arg === '--output' ? arg.slice(2) : undefined;
    if (option === 'memory-limit') {
      const value = inline ? inline[2] : rest[++i];
      const mb = Number(value);
      if (!value || !Number.isInteger(mb) || mb <= 0) return { error: `gradbook: --memory-limit needs a whole number of MB, not ${value === undefined ? 'nothing' : `'${value}'`}\n${usage}` };
      memoryLimitMb = mb;
    } else if (option === 'output') {
      const value = inline ? inline[2] : rest[++i];
      if (!value) return { error: `gradbook: --output needs a file name (the executed notebook, .ipynb)\n${usage}` };
      output = value;
    } else if (file === undefined && !arg.startsWith('--')) {
      file = arg;
    } else {
      return { error: `gradbook: unexpected argument '${arg}'${file !== undefined ? " (program arguments go after '--')" : ''}\n${usage}` };
    }
  }
  return file === undefined ? { error: usage } : { file, memoryLimitMb, output, programArgs };
}
