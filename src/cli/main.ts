// `gradbook run FILE`: the headless twin of the notebook (like `jupyter nbconvert --execute`).
// It runs the code cells of a .py, .tfnb or .ipynb file in order in the same kernel process the
// extension uses (so a cell that exhausts memory ends the kernel, and this command reports it),
// prints what they print (rich values as their text/plain), and exits 0; or prints the Python
// traceback to stderr and exits 1; Ctrl-C stops the running cell with KeyboardInterrupt, prints
// its traceback and exits 130, as CPython does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KernelClient, type CellResult } from '../kernel/kernelClient';
import { parseRunArgs } from './args';
import { codeCellsOf } from './cells';

export async function main(argv: string[]): Promise<number> {
  const args = parseRunArgs(argv);
  if ('error' in args) { process.stderr.write(args.error); return 2; }
  let cells: { source: string; filename: string }[];
  try {
    cells = codeCellsOf(args.file, fs.readFileSync(args.file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(err.code ? `gradbook: cannot read ${args.file}: ${err.message}\n` : `gradbook: ${err.message}\n`);
    return 2;
  }
  // Relative paths in the program (read_data_sets("MNIST_data/")) resolve next to the file.
  process.chdir(path.dirname(path.resolve(args.file)));
  const kernel = new KernelClient({
    kernelScript: path.join(__dirname, 'kernel.js'),
    memoryLimitMb: args.memoryLimitMb,
    memoryLimitSource: 'gradbook run --memory-limit MB',
    restartAfterCrash: false,
  });
  const ctrlC = new CtrlC(kernel);
  try {
    for (const cell of cells) {
      if (ctrlC.pressed) { process.stderr.write('KeyboardInterrupt\n'); return 130; }
      const result = await kernel.run(cell.source, cell.filename, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        display: (data) => process.stdout.write(textOf(data) + '\n'),
        progress: () => undefined,
      });
      const code = report(result, ctrlC.pressed);
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    ctrlC.dispose();
    await kernel.dispose();
  }
}

/** Prints a cell's result; the exit code it calls for (0: go on). */
function report(result: CellResult, interrupted: boolean): number {
  switch (result.status) {
    case 'ok':
      if (result.value) process.stdout.write(textOf(result.value) + '\n');
      return 0;
    case 'error':
      process.stderr.write(result.error.traceback.join('\n') + '\n');
      return result.error.ename === 'KeyboardInterrupt' ? 130 : 1;
    default:
      process.stderr.write(`${result.reason}\n`);
      return interrupted ? 130 : 1;
  }
}

/**
 * Ctrl-C interrupts the running cell (the kernel process ignores the terminal's SIGINT and waits
 * for this one); a second Ctrl-C does not wait for the kernel.
 */
class CtrlC {
  pressed = false;
  private readonly listener = () => {
    if (this.pressed) process.exit(130);
    this.pressed = true;
    void this.kernel.interrupt();
  };

  constructor(private readonly kernel: KernelClient) { process.on('SIGINT', this.listener); }
  dispose(): void { process.off('SIGINT', this.listener); }
}

function textOf(bundle: Record<string, unknown>): string {
  const t = bundle['text/plain'];
  return typeof t === 'string' ? t : JSON.stringify(bundle);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(String(e?.stack ?? e) + '\n'); process.exitCode = 1; });
}
