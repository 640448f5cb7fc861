// `npm run docs:api`: writes docs/API.md from the signature tables (src/python/bind/api_doc.ts).
// `--check` only compares, and exits 1 when the committed file is stale.
import * as fs from 'fs';
import * as path from 'path';
import { renderApiDoc } from '../src/python/bind/api_doc';

const file = path.join(__dirname, '..', 'docs', 'API.md');
const text = renderApiDoc();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) { console.error('docs/API.md is stale: run npm run docs:api'); process.exit(1); }
  console.log('docs/API.md is current');
} else {
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
