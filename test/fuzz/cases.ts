// The fuzz cases: seed programs (test/fuzz/corpus and the repository's examples, shrunk so one
// run takes well under a second) and notebooks, each mutated a fixed number of times by a seeded
// generator. The same seed gives the same cases on every machine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Rng } from './rng';
import { PROGRAM_MUTATORS } from './program_mutators';
import { NOTEBOOK_MUTATORS, notebookOf } from './notebook_mutators';

export interface FuzzCase {
  name: string;
  /** Python source of a one-cell program, or nbformat JSON text of a notebook. */
  kind: 'program' | 'notebook';
  text: string;
}

const ROOT = path.join(__dirname, '../..');

/** Fewer steps and smaller batches: mutants of a training loop must finish in a moment. */
export function shrink(src: string): string {
  return src
    .replace(/range\((\d{2,})\)/g, 'range(3)')
    .replace(/next_batch\((\d+)\)/g, 'next_batch(8)')
    .replace(/\b(mnist\.test\.(?:images|labels))\b/g, '$1[:32]')
    .replace(/data_sets\.test\.num_examples/g, '(2 * batch_size)')
    .replace(/\b1024\b/g, '32');
}

function corpus(): { name: string; src: string }[] {
  const dir = path.join(__dirname, 'corpus');
  const own = fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort().map(f => ({ name: f, src: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const examples = ['mnist_softmax.py', 'mechanics_101.py', 'mnist_deep.py'].map(f => ({ name: `examples/${f}`, src: shrink(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')) }));
  return [...own, ...examples];
}

/** Splits a program into notebook cells at blank lines that are not inside a block. */
function cellsOf(src: string): string[] {
  return src.split(/\n\n(?=\S)/).filter(c => c.trim());
}

export function buildCases(seed: number, perProgram: number, perExample: number, perNotebook: number): FuzzCase[] {
  const rng = new Rng(seed);
  const cases: FuzzCase[] = [];
  for (const { name, src } of corpus()) {
    cases.push({ name: `${name} (unmutated)`, kind: 'program', text: src });
    const n = name.startsWith('examples/') ? perExample : perProgram;
    for (let k = 0; k < n; k++) {
      let text = src;
      const used: string[] = [];
      for (let m = 1 + (rng.chance(0.3) ? 1 : 0); m > 0; m--) {
        const mut = rng.pick(PROGRAM_MUTATORS);
        used.push(mut.name);
        text = mut.apply(text, rng);
      }
      cases.push({ name: `${name} #${k} (${used.join(', ')})`, kind: 'program', text });
    }
  }
  const notebooks = [
    { name: 'examples/mnist_softmax.tfnb', json: fs.readFileSync(path.join(ROOT, 'examples', 'mnist_softmax.tfnb'), 'utf8'), count: Math.ceil(perNotebook / 4) },
    ...corpus().filter(c => !c.name.startsWith('examples/')).map(c => ({ name: `${c.name} as a notebook`, json: notebookOf(cellsOf(c.src)), count: perNotebook })),
  ];
  for (const { name, json, count } of notebooks) {
    cases.push({ name: `${name} (unmutated)`, kind: 'notebook', text: json });
    for (let k = 0; k < count; k++) {
      const mut = rng.pick(NOTEBOOK_MUTATORS);
      cases.push({ name: `${name} #${k} (${mut.name})`, kind: 'notebook', text: mut.apply(json, rng) });
    }
  }
  return cases;
}
