// pyplot's state machine and the figure outputs the kernel will display: figure numbers, current
// figure/axes, show/close/ion/ioff as Jupyter's inline backend behaves, subplots' return shapes,
// savefig through the FileSystem contract, and loud failures for what is not implemented.
import * as assert from 'assert';
import { decode } from 'fast-png';
import { Axes, figureOutput, preparePlotRendering, PyPlot } from '../../src/plots';
import type { FileSystem } from '../../src/engine/io/file_system';

const pyError = (type: string, pattern: RegExp) => (e: Error & { pyType?: string }) => e.pyType === type && pattern.test(e.message);

function memoryFs(): FileSystem & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const no = () => { throw new Error('not used'); };
  return { files, writeFile: (p: string, d: Uint8Array) => { files.set(p, d); }, readFile: (p: string) => files.get(p)!, appendFile: no, exists: (p: string) => files.has(p), stat: no, listDir: no, makeDirs: no, remove: no, removeTree: no, rename: no, resolve: (p: string) => p };
}

describe('plots: pyplot state', () => {
  before(async () => { await preparePlotRendering(); });

  it('numbers figures like matplotlib and returns to an existing number', () => {
    const plt = new PyPlot();
    const a = plt.figure();
    const b = plt.figure(5);
    const c = plt.figure();
    assert.deepStrictEqual([a.number, b.number, c.number], [1, 5, 6]);
    assert.strictEqual(plt.figure(5), b);
    assert.strictEqual(plt.gcf(), b);
    assert.deepStrictEqual(plt.get_fignums(), [1, 5, 6]);
  });

  it('show() hands back the open figures in order and closes them', () => {
    const plt = new PyPlot();
    const f1 = plt.figure(); plt.plot([[1, 2]]);
    const f2 = plt.figure(); plt.plot([[2, 1]]);
    assert.deepStrictEqual(plt.show(), [f1, f2]);
    assert.deepStrictEqual(plt.get_fignums(), []);
    assert.deepStrictEqual(plt.endOfCell(), []);
    assert.strictEqual(plt.gcf().number, 1);
  });

  it('endOfCell() shows figures drawn in interactive mode; with ioff() only show() does', () => {
    const plt = new PyPlot();
    plt.plot([[1, 2, 3]]);
    assert.strictEqual(plt.endOfCell().length, 1);
    plt.ioff();
    assert.strictEqual(plt.isinteractive(), false);
    plt.plot([[1, 2, 3]]);
    assert.deepStrictEqual(plt.endOfCell(), []);
    assert.strictEqual(plt.show().length, 1);
  });

  it('close(), close(num), close(fig) and close("all")', () => {
    const plt = new PyPlot();
    const [f1, f2, f3] = [plt.figure(), plt.figure(), plt.figure()];
    plt.close();
    assert.deepStrictEqual(plt.get_fignums(), [1, 2]);
    assert.strictEqual(plt.gcf(), f2);
    plt.close(1);
    plt.close(f2);
    assert.deepStrictEqual(plt.get_fignums(), []);
    void f1; void f3;
    plt.figure(); plt.figure();
    plt.close('all');
    assert.deepStrictEqual(plt.get_fignums(), []);
  });

  it('subplots returns an Axes, a list or a grid as squeeze says', () => {
    const plt = new PyPlot();
    assert.ok(plt.subplots()[1] instanceof Axes);
    const row = plt.subplots(1, 3)[1] as Axes[];
    assert.strictEqual(row.length, 3);
    const grid = plt.subplots(3, 3)[1] as Axes[][];
    assert.deepStrictEqual([grid.length, grid[0].length], [3, 3]);
    const unsqueezed = plt.subplots(1, 1, { squeeze: false })[1] as Axes[][];
    assert.ok(unsqueezed[0][0] instanceof Axes);
    assert.strictEqual(plt.gcf().axes.length, 1);
  });

  it('subplot(2, 2, 1) and subplot(221) reach the same Axes; gca follows', () => {
    const plt = new PyPlot();
    const a = plt.subplot([2, 2, 1]);
    const b = plt.subplot([2, 2, 2]);
    assert.strictEqual(plt.subplot([221]), a);
    assert.strictEqual(plt.gca(), a);
    assert.notStrictEqual(a, b);
    assert.strictEqual(plt.gcf().axes.length, 2);
  });

  it('plot returns its lines; ticks, limits and labels read back', () => {
    const plt = new PyPlot();
    const lines = plt.plot([[0, 1, 2], [[0, 1], [1, 2], [4, 3]]]);
    assert.strictEqual(lines.length, 2);
    assert.deepStrictEqual([...lines[1].get_ydata()], [1, 2, 3]);
    plt.xlim([0, 2]);
    assert.deepStrictEqual(plt.xlim(), [0, 2]);
    plt.xticks([]);
    assert.deepStrictEqual(plt.xticks()[0], []);
    plt.xlabel('epoch');
    assert.strictEqual(plt.gca().get_xlabel(), 'epoch');
    assert.deepStrictEqual(plt.yticks()[0], [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
  });

  it('an unsupported keyword raises NotImplementedError naming the function and the argument', () => {
    const plt = new PyPlot();
    assert.throws(() => plt.plot([[1, 2]], { antialiased: false }), pyError('NotImplementedError', /plot\(\) argument 'antialiased' is not supported by Gradbook/));
    assert.throws(() => plt.imshow([[1]], { filternorm: false }), pyError('NotImplementedError', /imshow\(\) argument 'filternorm'/));
    assert.throws(() => plt.yscale('log'), pyError('NotImplementedError', /set_yscale\(\) argument 'value='log''/));
  });

  it('bad input raises matplotlib\'s errors', () => {
    const plt = new PyPlot();
    assert.throws(() => plt.plot([[1, 2, 3], [1, 2]]), pyError('ValueError', /x and y must have same first dimension/));
    assert.throws(() => plt.plot([[1, 2], 'q']), pyError('ValueError', /'q' is not a valid format string/));
    assert.throws(() => plt.imshow([1, 2, 3]), pyError('TypeError', /Invalid shape \(3,\) for image data/));
    assert.throws(() => plt.subplot([2, 2, 5]), pyError('ValueError', /num must be an integer with 1 <= num <= 4/));
  });
});

describe('plots: figure outputs and savefig', () => {
  before(async () => { await preparePlotRendering(); });

  it('a figure becomes image/png (640x480 by default) with its repr as text/plain', () => {
    const plt = new PyPlot();
    plt.plot([[1, 3, 2]]);
    const out = figureOutput(plt.gcf());
    const png = decode(Buffer.from(out['image/png'], 'base64'));
    assert.deepStrictEqual([png.width, png.height], [640, 480]);
    assert.strictEqual(out['text/plain'], '<Figure size 640x480 with 1 Axes>');
  });

  it('adds image/svg+xml only when it is smaller than the PNG', () => {
    const plt = new PyPlot();
    plt.plot([[1, 3, 2]]);
    const small = figureOutput(plt.gcf());
    assert.ok(small['image/svg+xml'] && small['image/svg+xml'].length < Buffer.from(small['image/png'], 'base64').length);
    const big = new PyPlot();
    big.plot([Array.from({ length: 20000 }, (_, i) => Math.sin(i * 1.7) * i)]);
    assert.strictEqual(figureOutput(big.gcf())['image/svg+xml'], undefined);
  });

  it('savefig writes PNG or SVG by extension, honours dpi and bbox_inches="tight"', () => {
    const fs = memoryFs();
    const plt = new PyPlot({ fileSystem: fs });
    plt.plot([[1, 2]]); plt.title('saved');
    plt.savefig('out/a.png');
    plt.savefig('out/a.svg');
    plt.savefig('out/small.png', { dpi: 50 });
    plt.savefig('out/tight.png', { bbox_inches: 'tight' });
    const size = (p: string) => { const d = decode(fs.files.get(p)!); return [d.width, d.height]; };
    assert.deepStrictEqual(size('out/a.png'), [640, 480]);
    assert.ok(new TextDecoder().decode(fs.files.get('out/a.svg')).startsWith('<svg'));
    assert.deepStrictEqual(size('out/small.png'), [320, 240]);
    const [w, h] = size('out/tight.png');
    assert.ok(w < 640 && h < 480 && w > 450 && h > 350, `tight size ${w}x${h}`);
    assert.throws(() => plt.savefig('out/a.pdf'), pyError('NotImplementedError', /savefig\(\) argument 'format='pdf''/));
  });

  it('figure(figsize, dpi) sets the pixel size', () => {
    const plt = new PyPlot();
    const fig = plt.figure(null, { figsize: [3, 2], dpi: 120 });
    plt.plot([[1, 2]]);
    const png = decode(Buffer.from(figureOutput(fig)['image/png'], 'base64'));
    assert.deepStrictEqual([png.width, png.height], [360, 240]);
  });
});
