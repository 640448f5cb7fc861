// Starting the plot renderer must not load Node's fetch implementation (undici): resvg's loader
// looks at `typeof Request`/`typeof Response`, and that first look used to cost every kernel
// start ~100 ms of CPU. Checked in a fresh process, where nothing else has touched fetch yet;
// afterwards the globals are Node's again.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

describe('plots: renderer start without fetch', function () {
  this.timeout(60000);

  it('renders a PNG without loading undici, and leaves Request/Response as Node defines them', () => {
    const root = path.join(__dirname, '../..');
    const script = `
      const { preparePlotRendering, svgToPng } = require('./src/plots/render/png');
      preparePlotRendering().then(() => {
        const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="red"/></svg>');
        const loaded = process.moduleLoadList.some((m) => m.includes('undici'));
        const before = typeof Request + ' ' + typeof Response;
        const after = process.moduleLoadList.some((m) => m.includes('undici'));
        console.log(JSON.stringify({ png: png.length > 0, loaded, before, after }));
      });`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { png: true, loaded: false, before: 'function function', after: true });
  });
});
