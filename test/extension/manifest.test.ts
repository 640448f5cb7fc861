// The extension manifest's promises: VS Code keeps Gradbook off in Restricted Mode (it runs the
// notebook's code and touches files), and every rich output mime has a notebook renderer whose
// entry point the build writes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Mime } from '../../src/shared/mimes';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const build = fs.readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8');

describe('extension manifest', () => {
  it('does not run in untrusted (Restricted Mode) or virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, false);
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /Restricted Mode/);
    assert.equal(manifest.capabilities.virtualWorkspaces, false);
  });

  it('has a renderer, built by scripts/build.mjs, for every Gradbook output mime that is drawn', () => {
    const renderers = manifest.contributes.notebookRenderer as { entrypoint: string; mimeTypes: string[] }[];
    for (const mime of [Mime.graph, Mime.tensor, Mime.gradients, Mime.training, Mime.summaries]) {
      const r = renderers.find((x) => x.mimeTypes.includes(mime));
      assert.ok(r, `a renderer for ${mime}`);
      const name = path.basename(r.entrypoint, '.js');
      assert.match(build, new RegExp(`\\b${name}: 'src/renderers/${name}/index\\.ts'`), `build.mjs bundles ${name}`);
    }
  });
});
