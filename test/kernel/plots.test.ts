// Figures and IPython.display through a real kernel process: what a cell sends is what the
// notebook shows (image/png outputs, clear_output, display ids), as the extension and the CLI get it.
import assert from 'node:assert/strict';
import type { KernelClient, CellSink } from '../../src/kernel/kernelClient';
import type { MimeBundle } from '../../src/shared/mimes';
import { pythonKernel } from './helpers';

type Sent =
  | { kind: 'display'; data: MimeBundle; displayId?: string; update?: boolean }
  | { kind: 'clear'; wait: boolean }
  | { kind: 'stdout' | 'stderr'; text: string };

class Recorder implements CellSink {
  sent: Sent[] = [];
  stdout(text: string) { this.sent.push({ kind: 'stdout', text }); }
  stderr(text: string) { this.sent.push({ kind: 'stderr', text }); }
  display(data: MimeBundle, options?: { displayId?: string; update?: boolean }) { this.sent.push({ kind: 'display', data, ...options }); }
  clear(wait: boolean) { this.sent.push({ kind: 'clear', wait }); }
  progress() {}
  get displays() { return this.sent.filter((s): s is Extract<Sent, { kind: 'display' }> => s.kind === 'display'); }

  /**
   * The outputs a notebook ends with, by Jupyter's rules (which src/extension/cellOutputs.ts
   * follows): clear(wait) empties them before the next output; an update replaces by display id.
   */
  finalOutputs(): MimeBundle[] {
    let outputs: { data: MimeBundle; id?: string }[] = [];
    let pending = false;
    for (const s of this.sent) {
      if (s.kind === 'clear') { if (s.wait) pending = true; else outputs = []; continue; }
      if (s.kind === 'display' && s.update) { outputs = outputs.map((o) => (o.id === s.displayId ? { ...o, data: s.data } : o)); continue; }
      if (pending) { outputs = []; pending = false; }
      outputs.push({ data: s.kind === 'display' ? s.data : { 'text/plain': s.text }, id: s.kind === 'display' ? s.displayId : undefined });
    }
    return outputs.map((o) => o.data);
  }
}

const isPng = (b64: unknown) => typeof b64 === 'string' && Buffer.from(b64, 'base64').subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('figures and IPython.display in a kernel process', function () {
  this.timeout(90_000);
  let kernel: KernelClient;
  before(() => { kernel = pythonKernel(); });
  after(async () => { await kernel?.dispose(); });

  it('plt.plot(...); plt.show() sends an image/png display with the figure text, as Jupyter shows it', async () => {
    const rec = new Recorder();
    const r = await kernel.run('import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()', undefined, rec);
    assert.deepEqual(r, { status: 'ok' });
    assert.equal(rec.displays.length, 1);
    const { data } = rec.displays[0];
    assert.ok(isPng(data['image/png']), 'a PNG, base64');
    assert.equal(data['text/plain'], '<Figure size 640x480 with 1 Axes>');
    if ('image/svg+xml' in data) assert.ok((data['image/svg+xml'] as string).length < Buffer.from(data['image/png'] as string, 'base64').length);
  });

  it('a figure still open at the end of a cell is shown without plt.show() (the inline backend)', async () => {
    const rec = new Recorder();
    await kernel.run("fig, axes = plt.subplots(2, 5)\nfor i, ax in enumerate(axes.flat):\n    ax.imshow([[i, 0], [0, i]], cmap='seismic')\n    ax.axis('off')", undefined, rec);
    assert.equal(rec.displays.length, 1);
    assert.equal(rec.displays[0].data['text/plain'], '<Figure size 640x480 with 10 Axes>');
    assert.ok(isPng(rec.displays[0].data['image/png']));
  });

  it('a loop of clear_output(wait=True) and plt.show() leaves one output: the last figure', async () => {
    const rec = new Recorder();
    await kernel.run(`from IPython.display import clear_output
losses = []
for step in range(4):
    losses.append(1.0 / (step + 1))
    clear_output(wait=True)
    plt.plot(losses)
    plt.title(f'step {step}')
    plt.show()
    print('step', step)`, undefined, rec);
    assert.deepEqual(rec.sent.filter((s) => s.kind === 'clear').map((s) => (s as { wait: boolean }).wait), [true, true, true, true]);
    assert.equal(rec.displays.length, 4);
    const final = rec.finalOutputs();
    assert.equal(final.length, 2, 'the last figure and the text printed after it');
    assert.ok(isPng(final[0]['image/png']));
    assert.equal(final[1]['text/plain'], 'step 3\n');
  });

  it('display ids reach the host: update_display replaces what was shown under the id', async () => {
    const rec = new Recorder();
    await kernel.run("from IPython.display import display, update_display, HTML\ndisplay(HTML('<b>0</b>'), display_id='progress')\nupdate_display(HTML('<b>1</b>'), display_id='progress')", undefined, rec);
    assert.deepEqual(rec.displays.map((d) => [d.data['text/html'], d.displayId, d.update]), [['<b>0</b>', 'progress', false], ['<b>1</b>', 'progress', true]]);
    assert.deepEqual(rec.finalOutputs().map((o) => o['text/html']), ['<b>1</b>']);
  });

  it("a cell's last value with _repr_html_ becomes a text/html result; savefig writes a PNG file", async () => {
    const os = await import('node:os');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-kernel-savefig-')), 'loss.png');
    const rec = new Recorder();
    const r = await kernel.run(`plt.plot([3, 2, 1])\nplt.savefig(${JSON.stringify(file)})\nplt.close()\nclass T:\n    def _repr_html_(self):\n        return '<table></table>'\nT()`, undefined, rec);
    assert.equal(r.status, 'ok');
    assert.equal((r as { value?: MimeBundle }).value?.['text/html'], '<table></table>');
    assert.ok(isPng(fs.readFileSync(file).toString('base64')));
    assert.equal(rec.displays.length, 0, 'a closed figure is not shown');
  });
});
