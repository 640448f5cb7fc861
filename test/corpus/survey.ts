// SURVEY.md: one row per corpus program, written from the program headers (`# Models:` and the
// `# Checks:` paragraph) and the data files the program opens, so the survey never drifts from the
// programs. `npm run corpus` rewrites it with RESULTS.md.
import * as fs from 'fs';
import * as path from 'path';
import { listPrograms } from './runner';

const surveyFile = path.join(__dirname, 'SURVEY.md');

/** The `# Checks:` paragraph: its first line and the comment lines that continue it. */
function checksParagraph(lines: string[]): string {
  const start = lines.findIndex(l => l.startsWith('# Checks:'));
  if (start < 0) return '';
  const parts = [lines[start].slice('# Checks:'.length).trim()];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('# ') || /^# [\w-]+:/.test(line)) break;
    parts.push(line.slice(2).trim());
  }
  return parts.join(' ');
}

/** What the program reads: the bundled MNIST digits, data files next to the corpus, or nothing. */
function inputsOf(source: string): string {
  const files = new Set<string>();
  for (const m of source.matchAll(/['"]([^'"\n]*data\/[^'"\n]+\.\w+)['"]/g)) files.add(path.basename(m[1]));
  const inputs = [...files].sort();
  if (/read_data_sets|load_dataset\(\s*['"]mnist|input_data/.test(source)) inputs.unshift('MNIST (bundled)');
  return inputs.length ? inputs.join(', ') : 'synthetic / in-program';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function writeSurvey(): void {
  const rows = listPrograms().map(p => {
    const source = fs.readFileSync(p.file, 'utf8');
    const [repo, ...rest] = p.models.split(' ');
    return `| ${p.id} | ${cell(repo)} | ${cell(rest.join(' '))} | ${cell(checksParagraph(source.split('\n')))} | ${cell(inputsOf(source))} |`;
  });
  fs.writeFileSync(surveyFile, [
    '# Corpus survey', '',
    'One row per corpus program: the real third-party program it models (repository and path),',
    'what it exercises and prints (the `Checks:` paragraph of its header), and the inputs it reads. Written',
    'from the program headers by `npm run corpus` (test/corpus/survey.ts); the kind is the folder name.', '',
    '| program | repository | path | APIs used and what it prints / checks | inputs |',
    '|---|---|---|---|---|',
    ...rows, '',
  ].join('\n'));
}
