// IPython.display from Python: the mime bundles the kernel sends for display(), the rich objects,
// the _repr_*_ protocol of user classes, display ids and clear_output.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { encode } from 'fast-png';
import { NotebookSession, plotsReady } from './helpers';

describe('IPython.display from Python', function () {
  this.timeout(30_000);
  before(plotsReady);
  let nb: NotebookSession;
  beforeEach(() => { nb = new NotebookSession(); });
  const lastBundle = () => nb.bundle(nb.shown[nb.shown.length - 1].value);

  it('display() is a builtin in a notebook and sends each object as its richest bundle with text/plain', () => {
    nb.run("display('text', 42)");
    assert.deepEqual(nb.shown.map((s) => nb.bundle(s.value)), [{ 'text/plain': "'text'" }, { 'text/plain': '42' }]);
    nb.run("from IPython.display import display, HTML, Markdown, SVG, Latex, Math, JSON\ndisplay(HTML('<b>bold</b>'))");
    assert.deepEqual(lastBundle(), { 'text/html': '<b>bold</b>', 'text/plain': '<IPython.core.display.HTML object>' });
    nb.run("display(Markdown('# Title'), Latex(r'$x^2$'), Math('x^2'), JSON({'a': [1, 2.5, None]}))");
    const [md, latex, math, json] = nb.shown.slice(-4).map((s) => nb.bundle(s.value));
    assert.equal(md['text/markdown'], '# Title');
    assert.equal(latex['text/latex'], '$x^2$');
    assert.equal(math['text/latex'], '$\\displaystyle x^2$');
    assert.deepEqual(json['application/json'], { a: [1, 2.5, null] });
    nb.run(`display(SVG('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>'))`);
    assert.equal(lastBundle()['image/svg+xml'], '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>');
  });

  it("an HTML object's content reaches the notebook unchanged (VS Code isolates and gates it itself)", () => {
    const html = '<div onclick="x()"><script>var a = 1;</script><b>kept</b></div>';
    nb.run(`from IPython.display import HTML\nh = HTML(${JSON.stringify(html)})`);
    assert.equal(nb.bundle(nb.run('h')!)['text/html'], html);
    assert.equal(nb.run('h.data'), html);
  });

  it('Image embeds PNG bytes from data= or filename=, sizes with width/height, and never downloads a url', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-image-'));
    const png = encode({ width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]), channels: 4, depth: 8 });
    fs.writeFileSync(path.join(dir, 'dot.png'), png);
    const file = JSON.stringify(path.join(dir, 'dot.png'));
    nb.run(`from IPython.display import Image, HTML\nimg = Image(filename=${file})\nsized = Image(filename=${file}, width=100)\nraw = Image(data=open(${file}, 'rb').read())`);
    const b64 = Buffer.from(png).toString('base64');
    assert.deepEqual(nb.bundle(nb.run('img')!), { 'image/png': b64, 'text/plain': '<IPython.core.display.Image object>' });
    assert.equal(nb.bundle(nb.run('raw')!)['image/png'], b64);
    assert.equal(nb.bundle(nb.run('sized')!)['text/html'], `<img src="data:image/png;base64,${b64}" width="100"/>`);
    assert.equal(nb.bundle(nb.run("Image(url='https://example.com/a.png')")!)['text/html'], '<img src="https://example.com/a.png"/>');
    for (const call of ["Image(url='https://example.com/a.png', embed=True)", "HTML(url='https://example.com/')"]) {
      const e = nb.fail(call);
      assert.equal(e.ename, 'NotImplementedError');
      assert.match(e.evalue, /no network access/);
    }
  });

  it('user classes: _repr_html_, _repr_png_, _repr_markdown_ and _repr_mimebundle_ become mimes; a failing one prints its traceback', () => {
    nb.run(`class Table:
    def _repr_html_(self):
        return '<table><tr><td>1</td></tr></table>'
    def __repr__(self):
        return 'Table()'
class Pic:
    def _repr_png_(self):
        return b'\\x89PNG fake'
class Both:
    def _repr_mimebundle_(self, include=None, exclude=None):
        return {'text/markdown': '**b**', 'application/json': {'k': 1}}
class Broken:
    def _repr_html_(self):
        raise ValueError('no html')
    def _repr_markdown_(self):
        return None`);
    assert.deepEqual(nb.bundle(nb.run('Table()')!), { 'text/html': '<table><tr><td>1</td></tr></table>', 'text/plain': 'Table()' });
    assert.equal(nb.bundle(nb.run('Pic()')!)['image/png'], Buffer.from('\x89PNG fake', 'latin1').toString('base64'));
    const both = nb.run('b = Both()\nb')!;
    assert.deepEqual(nb.bundle(both), { 'text/markdown': '**b**', 'application/json': { k: 1 }, 'text/plain': nb.run('repr(b)') });
    const broken = nb.bundle(nb.run('Broken()')!);
    assert.deepEqual(Object.keys(broken), ['text/plain']);
    assert.match(nb.err, /ValueError: no html/);
    assert.deepEqual(Object.keys(nb.bundle(nb.run('Table')!)), ['text/plain'], 'a class is not formatted by its methods');
  });


  it("a class whose __getattr__ raises AttributeError (a pandas DataFrame's column lookup) offers no rich mimes and prints nothing", () => {
    nb.run(`class Columns:
    def __getattr__(self, name):
        raise AttributeError("'Columns' object has no attribute '%s'" % name)
    def __repr__(self):
        return 'Columns()'`);
    assert.deepEqual(nb.bundle(nb.run('Columns()')!), { 'text/plain': 'Columns()' });
    assert.equal(nb.err, '');
  });
  it('display ids: display(..., display_id=True) returns a handle; update() and update_display replace that output', () => {
    nb.run(`from IPython.display import display, update_display, Markdown, DisplayHandle
h = display(Markdown('step 0'), display_id=True)
h.update(Markdown('step 1'))
display('x', display_id='fixed')
update_display('y', display_id='fixed')
nothing = display('plain')
h2 = DisplayHandle()
h2.display('first')`);
    const opts = nb.shown.map((s) => s.options);
    const id = opts[0]!.displayId!;
    assert.ok(id);
    assert.deepEqual(opts.slice(0, 4), [{ displayId: id, update: false }, { displayId: id, update: true }, { displayId: 'fixed', update: false }, { displayId: 'fixed', update: true }]);
    assert.equal(opts[4], undefined);
    assert.equal(nb.run('nothing'), undefined);
    assert.equal(nb.run('h.display_id == h2.display_id'), false);
    assert.equal(nb.run("repr(h)"), `<DisplayHandle display_id=${id}>`);
  });

  it("DisplayHandle.display/update bind IPython's (obj, **kwargs), refusing keywords; unsupported classes raise NotImplementedError", () => {
    nb.run("from IPython.display import DisplayHandle, HTML\nh3 = DisplayHandle()\nh3.update(obj='x')");
    assert.deepEqual(nb.shown[nb.shown.length - 1].options, { displayId: nb.run('h3.display_id') as string, update: true });
    const e = nb.fail("h3.display('x', metadata={})");
    assert.equal(`${e.ename}: ${e.evalue}`, "NotImplementedError: display() argument 'metadata' is not supported by Gradbook");
    const missing = nb.fail('h3.update()');
    assert.equal(`${missing.ename}: ${missing.evalue}`, "TypeError: DisplayHandle.update() missing 1 required positional argument: 'obj'");
    const iframe = nb.fail("from IPython.display import IFrame\nIFrame('https://example.com', 400, 300)");
    assert.equal(`${iframe.ename}: ${iframe.evalue}`, 'NotImplementedError: IPython.display.IFrame is not supported by Gradbook');
    assert.equal(nb.run("HTML('<b>x</b>')._repr_html_()"), '<b>x</b>');
  });

  it('clear_output(wait) reaches the host; display(clear=True) clears first; raw=True displays a mime dict', () => {
    nb.run("from IPython.display import clear_output, display\nclear_output()\nclear_output(wait=True)\ndisplay('a', clear=True)");
    assert.deepEqual(nb.clears, [false, true, true]);
    nb.run("display({'text/plain': 'raw text', 'text/html': '<i>r</i>'}, raw=True)");
    assert.deepEqual(lastBundle(), { 'text/plain': 'raw text', 'text/html': '<i>r</i>' });
  });

  it('a training loop of clear_output(wait=True) and plt.show() sends one clear before each figure', () => {
    nb.run(`import matplotlib.pyplot as plt
from IPython.display import clear_output
losses = []
for step in range(3):
    losses.append(1.0 / (step + 1))
    clear_output(wait=True)
    plt.plot(losses)
    plt.show()`);
    assert.deepEqual(nb.clears, [true, true, true]);
    assert.equal(nb.shownFigures.length, 3);
    assert.deepEqual(nb.shownFigures.map((f) => f.axes[0].get_lines()[0].y.length), [1, 2, 3]);
  });

  it('IPython.get_ipython() is the shell in a notebook and None in a script; IPython.core.display is IPython.display', () => {
    assert.equal(nb.run('import IPython\ntype(IPython.get_ipython()).__name__'), 'ZMQInteractiveShell');
    assert.equal(nb.run('from IPython.core.display import HTML as H2\nfrom IPython.display import HTML\nH2 is HTML'), true);
    const script = new NotebookSession({ scriptPath: path.join(os.tmpdir(), 's.py') });
    assert.equal(script.run('import IPython\nIPython.get_ipython() is None'), true);
  });
});
