// `gradbook run FILE [-- ARGS]`: the headless twin of the notebook (like `jupyter nbconvert --execute`).
// It runs the code cells of a .py, .tfnb or .ipynb file in order in the kernel worker the
// extension uses, hosted as a thread of this process rather than a child process (one Node start
// fewer; a cell that exhausts its memory limit still ends only the kernel, and this command reports it;
// GRADBOOK_KERNEL_HOST=process runs it in a child process as the editor does),
// prints what they print (rich values as their text/plain), and exits 0; or prints the Python
// traceback to stderr and exits 1; sys.exit(n) ends it with status n; Ctrl-C stops the running
// cell with KeyboardInterrupt, prints its traceback and exits 130, as CPython does. `-- ARGS`
// become sys.argv[1:]; `--output OUT.ipynb` also writes the executed notebook (executed.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { KernelClient, type CellResult, type CellSink } from '../kernel/kernelClient';
import type { KernelSessionOptions } from '../shared/protocol';
import { ExecutedNotebook } from './executed';
import { parseRunArgs } from './args';
import { codeCellsOf } from './cells';

export async function main(argv: string[]): Promise<number> {
  const args = parseRunArgs(argv);
  if ('error' in args) { process.stderr.write(args.error); return 2; }
  let text: string;
  let cells: { source: string; filename: string; script?: boolean }[];
  try {
    text = fs.readFileSync(args.file, 'utf8');
    cells = codeCellsOf(args.file, text);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(err.code ? `gradbook: cannot read ${args.file}: ${err.message}\n` : `gradbook: ${err.message}\n`);
    return 2;
  }
  const invokedIn = process.cwd();
  const file = path.resolve(args.file);
  const output = args.output === undefined ? undefined : path.resolve(args.output);
  const executed = output === undefined ? undefined : new ExecutedNotebook(file, text);
  // Relative paths in the program (read_data_sets("MNIST_data/")) resolve next to the file, as
  // when the tutorial is run from its own folder.
  process.chdir(path.dirname(file));
  const kernel = new KernelClient({
    kernelScript: path.join(__dirname, 'kernel.js'),
    memoryLimitMb: args.memoryLimitMb,
    memoryLimitSource: 'gradbook run --memory-limit MB',
    restartAfterCrash: false,
    host: process.env.GRADBOOK_KERNEL_HOST === 'process' ? 'process' : 'thread',
    session: sessionOptions(file, invokedIn, args.programArgs, output !== undefined),
  });
  const ctrlC = new CtrlC(kernel);
  endQuietlyWhenReaderCloses();
  try {
    return await runCells(kernel, cells, ctrlC, executed);
  } finally {
    ctrlC.dispose();
    await kernel.dispose();
    executed?.write(output!);
  }
}

/**
 * `gradbook run x.py | head -1`: once the reader of stdout or stderr has gone, nothing more can be
 * shown, so the command ends at once as shell tools killed by SIGPIPE do (status 141), instead of
 * an unhandled EPIPE stack trace from Node.
 */
function endQuietlyWhenReaderCloses(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(141);
    throw e;
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}

/**
 * The session of `gradbook run`: a .py file is the script (__file__, sys.argv[0]), a notebook is
 * the notebook; cells may use files under the file's folder, the folder the command was run in,
 * and the temp folder. Without `--output` only text/plain is shown, which no view data changes,
 * so the kernel keeps none (`views: false`: no run history, gradient capture or telemetry).
 */
export function sessionOptions(file: string, invokedIn: string, programArgs: string[], writesNotebook = false): KernelSessionOptions {
  const dir = path.dirname(file);
  const isScript = path.extname(file).toLowerCase() === '.py';
  const roots = [...new Set([dir, invokedIn, os.tmpdir()])];
  return { ...(isScript ? { scriptPath: file } : { notebookPath: file }), cwd: dir, roots, args: programArgs, ...(writesNotebook ? {} : { views: false }) };
}

async function runCells(kernel: KernelClient, cells: { source: string; filename: string; script?: boolean }[], ctrlC: CtrlC, executed: ExecutedNotebook | undefined): Promise<number> {
  const console: CellSink = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    display: (data) => process.stdout.write(textOf(data) + '\n'),
    progress: () => undefined,
  };
  for (let i = 0; i < cells.length; i++) {
    if (ctrlC.pressed) { process.stderr.write('KeyboardInterrupt\n'); return 130; }
    const cell = cells[i];
    // A .py file runs as python3 runs a script: its last expression is not echoed (notebook cells' are).
    const result = await kernel.run(cell.source, cell.filename, executed ? executed.sink(i, console) : console, { displayLast: !cell.script });
    executed?.finish(i, result);
    const code = report(result, ctrlC.pressed);
    if (code !== undefined) return code;
  }
  return 0;
}

/** Prints a cell's result; the exit code it calls for, or undefined to go on. */
function report(result: CellResult, interrupted: boolean): number | undefined {
  switch (result.status) {
    case 'ok':
      if (result.value) process.stdout.write(textOf(result.value) + '\n');
      return undefined;
    case 'error': {
      const { error } = result;
      const text = error.traceback.join('\n');
      // SystemExit ends the program with its status; only a message status is printed.
      if (error.exitCode !== undefined) {
        if (text) process.stderr.write(text + '\n');
        return error.exitCode;
      }
      process.stderr.write(text + '\n');
      return error.ename === 'KeyboardInterrupt' ? 130 : 1;
    }
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
