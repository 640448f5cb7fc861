// nbformat 4 reading and writing: byte-exact round trip of a Jupyter-written file with unknown
// metadata, every output kind, and clear errors for files that are not notebooks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ErrorMime, NotebookFormatError, StreamMime, emptyNotebook, notebookToPython, parseNotebook, serializeNotebook } from '../../src/shared/nbformat';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures/roundtrip.ipynb'), 'utf8');
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('nbformat', () => {
  it('round-trips a Jupyter-written notebook byte for byte, unknown metadata included', () => {
    assert.equal(serializeNotebook(parseNotebook(fixture, 'python')), fixture);
  });

  it('reads cells and outputs into the shape VS Code uses', () => {
    const nb = parseNotebook(fixture, 'tf1-python');
    assert.deepEqual(nb.cells.map((c) => [c.kind, c.languageId]), [['markdown', 'markdown'], ['code', 'tf1-python'], ['code', 'tf1-python'], ['code', 'raw'], ['code', 'tf1-python']]);
    const code = nb.cells[1];
    assert.equal(code.source, 'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 784])\nx');
    assert.equal(code.executionOrder, 3);
    assert.deepEqual(code.outputs.map((o) => o.items.map((i) => i.mime)), [
      [StreamMime.stdout], [StreamMime.stderr], ['application/vnd.gradbook.tensor+json', 'text/plain'], ['image/png', 'text/plain'],
    ]);
    assert.equal(text(code.outputs[0].items[0].data), 'start\nstep 1\n');
    assert.deepEqual(JSON.parse(text(code.outputs[2].items[0].data)), { shape: [null, 784], dtype: 'float32' });
    assert.deepEqual([...code.outputs[3].items[0].data.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
    const err = JSON.parse(text(nb.cells[2].outputs[0].items[0].data));
    assert.deepEqual([nb.cells[2].outputs[0].items[0].mime, err.name, err.message], [ErrorMime, 'ZeroDivisionError', 'division by zero']);
  });

  it('writes outputs made by the kernel (no nbformat metadata) as Jupyter outputs, merging stream pieces', () => {
    const nb = emptyNotebook('tf1-python');
    const enc = new TextEncoder();
    nb.cells[0] = {
      kind: 'code', languageId: 'tf1-python', source: 'print(1)\nprint(2)\n1/0', metadata: {}, executionOrder: 7,
      outputs: [
        { items: [{ mime: StreamMime.stdout, data: enc.encode('1\n') }, { mime: StreamMime.stdout, data: enc.encode('2\n') }], metadata: {} },
        { items: [{ mime: ErrorMime, data: enc.encode(JSON.stringify({ name: 'ZeroDivisionError', message: 'division by zero', stack: 'Traceback:\nZeroDivisionError: division by zero' })) }], metadata: {} },
      ],
    };
    const json = JSON.parse(serializeNotebook(nb));
    const cell = json.cells[0];
    assert.equal(cell.execution_count, 7);
    assert.match(cell.id, /^[0-9a-f]{8}$/);
    assert.deepEqual(cell.outputs, [
      { name: 'stdout', output_type: 'stream', text: ['1\n', '2\n'] },
      { ename: 'ZeroDivisionError', evalue: 'division by zero', output_type: 'error', traceback: ['Traceback:', 'ZeroDivisionError: division by zero'] },
    ]);
    assert.equal(json.metadata.kernelspec.language, 'python');
  });

  it('opens an empty file as a new notebook with one code cell', () => {
    const nb = parseNotebook('', 'tf1-python');
    assert.deepEqual(nb.cells.map((c) => [c.kind, c.languageId, c.source]), [['code', 'tf1-python', '']]);
  });

  it('refuses invalid JSON, JSON that is not a notebook, and other nbformat versions, with a clear message', () => {
    assert.throws(() => parseNotebook('{"cells": [', 'python'), (e: Error) => e instanceof NotebookFormatError && /not valid notebook JSON .*will not be changed/.test(e.message));
    assert.throws(() => parseNotebook('{"hello": 1}', 'python'), /not an nbformat notebook/);
    assert.throws(() => parseNotebook('{"nbformat": 3, "cells": []}', 'python'), /nbformat 3; Gradbook reads nbformat 4/);
  });

  it('exports code cells as a percent-format Python script with markdown as comments', () => {
    const script = notebookToPython(parseNotebook(fixture, 'python'));
    assert.equal(script.split('\n').slice(0, 8).join('\n'), '# %% [markdown]\n# # Title\n#\n# Some *text*.\n\n# %%\nimport tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 784])');
  });
});
