// `gradbook run FILE`: the headless twin of the notebook (like `jupyter nbconvert --execute`).
// It runs the code cells of a .py, .tfnb or .ipynb file in order through the same kernel worker
// the extension uses, prints what they print (rich values as their text/plain), and exits 0,
// or prints the Python traceback to stderr and exits 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KernelClient } from '../worker/kernelClient';
import { codeCellsOf } from './cells';

const USAGE = 'usage: gradbook run FILE   (FILE: .py, .tfnb or .ipynb)\n';

export async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'run' || !file) { process.stderr.write(USAGE); return 2; }
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
    process.stderr.write(`gradbook: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let cells: { source: string; filename: string }[];
  try { cells = codeCellsOf(file, text); } catch (e) {
    process.stderr.write(`gradbook: ${(e as Error).message}\n`);
    return 2;
  }
  // Relative paths in the program (read_data_sets("MNIST_data/")) resolve next to the file.
  process.chdir(path.dirname(path.resolve(file)));
  const kernel = new KernelClient({ workerScript: path.join(__dirname, 'worker.js') });
  try {
    for (const cell of cells) {
      const result = await kernel.run(cell.source, cell.filename, {
        stdout: t => process.stdout.write(t),
        stderr: t => process.stderr.write(t),
        display: data => process.stdout.write(textOf(data) + '\n'),
        progress: () => undefined,
      });
      if (result.status === 'ok') {
        if (result.value) process.stdout.write(textOf(result.value) + '\n');
        continue;
      }
      if (result.status === 'error') {
        const tb = result.error.traceback;
        process.stderr.write(Array.isArray(tb) ? tb.join('\n') + '\n' : String(tb));
      } else {
        process.stderr.write(`${result.reason}\n`);
      }
      return 1;
    }
    return 0;
  } finally {
    await kernel.dispose();
  }
}

function textOf(bundle: Record<string, unknown>): string {
  const t = bundle['text/plain'];
  return typeof t === 'string' ? t : JSON.stringify(bundle);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { process.stderr.write(String(e?.stack ?? e) + '\n'); process.exitCode = 1; });
}
