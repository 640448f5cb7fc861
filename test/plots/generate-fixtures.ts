// Regenerates test/plots/fixtures/<case>.png with real matplotlib (Debian's python3-matplotlib and
// python3-numpy, used only here): `npx tsx test/plots/generate-fixtures.ts [name ...]`.
// Each case's Python source is in cases.ts next to the TypeScript that must draw the same figure.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CASES } from './cases';

const PYTHON = process.env.MPL_PYTHON ?? '/usr/bin/python3';
const OUT = path.join(__dirname, 'fixtures');
const only = process.argv.slice(2);

const PRELUDE = `import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
`;

fs.mkdirSync(OUT, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mpl-fixtures-'));
for (const c of CASES.filter((c) => !only.length || only.includes(c.name))) {
  const script = path.join(dir, `${c.name}.py`);
  const out = path.join(OUT, `${c.name}.png`);
  fs.writeFileSync(script, `${PRELUDE}${c.python}\nplt.savefig(${JSON.stringify(out)})\n`);
  const r = spawnSync(PYTHON, [script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${c.name}: ${r.stderr}`);
  process.stdout.write(`${c.name} → ${path.relative(process.cwd(), out)}\n`);
}
const version = spawnSync(PYTHON, ['-c', 'import matplotlib, numpy; print(matplotlib.__version__, numpy.__version__)'], { encoding: 'utf8' }).stdout.trim();
fs.writeFileSync(path.join(OUT, 'VERSION.txt'), `matplotlib numpy: ${version}\n`);
fs.rmSync(dir, { recursive: true, force: true });
