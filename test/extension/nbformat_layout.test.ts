// Open and save change only what was edited: a notebook nbformat wrote (fixtures/
// make_nbformat_fixture.py), and files other tools write (two-space indent, unsorted keys, one
// line, CRLF, single-string sources), come back byte for byte in everything we do not edit; a
// value nested 200,000 levels deep opens and is saved back as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { LayoutKey, parseNotebook, serializeNotebook, type NotebookModel } from '../../src/shared/nbformat';

const nbformatWritten = fs.readFileSync(path.join(__dirname, 'fixtures/nbformat_written.ipynb'), 'utf8');
const roundTrip = (text: string) => serializeNotebook(parseNotebook(text, 'python'));
/** What VS Code does to notebook data between open and save: a JSON copy. */
const throughVsCode = (m: NotebookModel): NotebookModel => ({
  metadata: JSON.parse(JSON.stringify(m.metadata)),
  cells: m.cells.map((c) => ({ ...c, metadata: JSON.parse(JSON.stringify(c.metadata)), outputs: c.outputs.map((o) => ({ items: o.items, metadata: JSON.parse(JSON.stringify(o.metadata)) })) })),
});

describe('nbformat: files come back as they were written', () => {
  it('round-trips what nbformat writes byte for byte: 1.0, 1e-05, -0.0, an integer beyond 2^53, unicode, a base64 image with its newline', () => {
    assert.equal(serializeNotebook(throughVsCode(parseNotebook(nbformatWritten, 'python'))), nbformatWritten);
  });

  it('changes only the edited line when a cell is edited, floats elsewhere keep their spelling', () => {
    const model = throughVsCode(parseNotebook(nbformatWritten, 'python'));
    model.cells[1].source = 'x = 2.0\nprint(x)';
    const expected = nbformatWritten.replace('"x = 1.0\\n",', '"x = 2.0\\n",');
    assert.notEqual(expected, nbformatWritten);
    assert.equal(serializeNotebook(model), expected);
  });

  it('a changed value is written as its new value, not the old spelling', () => {
    const model = throughVsCode(parseNotebook(nbformatWritten, 'python'));
    const widgets = (model.metadata.metadata as any).widgets['application/vnd.jupyter.widget-state+json'].state.m1;
    widgets.value = 2.5;
    widgets.step = 0.00001; // the same number: still spelled 1e-05
    const text = serializeNotebook(model);
    assert.match(text, /"value": 2\.5\n/);
    assert.match(text, /"step": 1e-05,\n/);
  });

  it('keeps a two-space indent, unsorted keys (top level, metadata, cells, outputs) and no final newline', () => {
    const text = JSON.stringify({
      nbformat_minor: 4, nbformat: 4,
      metadata: { zeta: 1, alpha: { y: [1, 2], x: 'é' } },
      cells: [
        { source: ['print(1)'], outputs: [{ text: ['1\n'], output_type: 'stream', name: 'stdout' }], metadata: { b: 1, a: 2 }, execution_count: 1, cell_type: 'code' },
        { metadata: {}, cell_type: 'markdown', source: ['# hi'] },
      ],
      x_tool: { '10': 'ten', '9': 'nine', b: true, a: false },
    }, null, 2);
    const swapped = text.replace(/"9": "nine",\n(\s+)"10": "ten"/, '"10": "ten",\n$1"9": "nine"');
    assert.notEqual(swapped, text);
    assert.equal(roundTrip(text), text);
    assert.equal(roundTrip(swapped), swapped);
  });

  it('keeps integer-like keys in the order the file had them (JSON.parse would move them first)', () => {
    const text = '{\n "cells": [],\n "metadata": {\n  "b": 1,\n  "2": 2,\n  "1": 1\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n';
    assert.equal(roundTrip(text), text);
  });

  it('keeps a file written on one line, and CRLF line ends', () => {
    const oneLine = '{"cells":[{"cell_type":"code","execution_count":null,"id":"one","metadata":{"k":1.50},"outputs":[],"source":"a = 1\\nb = 2"}],"metadata":{},"nbformat":4,"nbformat_minor":5}';
    assert.equal(roundTrip(oneLine), oneLine);
    const crlf = nbformatWritten.replace(/\n/g, '\r\n');
    assert.equal(roundTrip(crlf), crlf);
  });

  it('keeps sources, stream texts and mime values the file wrote as one string', () => {
    const text = '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "id": "strings",\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": "a\\nb\\n"\n    },\n    {\n     "data": {\n      "text/plain": "2\\n3"\n     },\n     "metadata": {},\n     "output_type": "display_data"\n    }\n   ],\n   "source": "print(1)\\nprint(2)"\n  }\n ],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n';
    assert.equal(roundTrip(text), text);
  });

  it('writes a new notebook as nbformat does: sorted keys, one-space indent, final newline', () => {
    const model = parseNotebook('', 'tf1-python');
    model.cells[0].source = 'x = 1';
    const text = serializeNotebook(model);
    assert.match(text, /^\{\n "cells": \[\n {2}\{\n {3}"cell_type": "code",\n {3}"execution_count": null,\n {3}"id": "[0-9a-f]{8}",\n {3}"metadata": \{\},\n {3}"outputs": \[\],\n {3}"source": \[\n {4}"x = 1"\n {3}\]\n {2}\}\n \],\n "metadata": \{/);
    assert.ok(text.endsWith('\n "nbformat": 4,\n "nbformat_minor": 5\n}\n'));
  });

  it('never writes its layout notes into the file', () => {
    const model = throughVsCode(parseNotebook(nbformatWritten, 'python'));
    assert.ok(LayoutKey in model.metadata && LayoutKey in model.cells[1].metadata);
    assert.ok(!serializeNotebook(model).includes(LayoutKey));
  });
});

describe('nbformat: values nested deeper than VS Code can copy', function () {
  this.timeout(60_000);
  const depth = 200_000;
  const deepValue = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const file = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": null,\n   "id": "deep-1",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "x = 1"\n   ]\n  }\n ],\n "metadata": {\n  "deep": ${deepValue},\n  "kept": true\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;

  it('opens a notebook whose metadata nests 200,000 levels, and its data survives a JSON copy', () => {
    const model = parseNotebook(file, 'python');
    assert.equal(model.cells[0].source, 'x = 1');
    assert.match((model.metadata.metadata as any).deep, /^⟪gradbook: a value nested over 100 levels deep, kept as written \(\d+ bytes, [0-9a-f]{16}\)⟫$/);
    assert.doesNotThrow(() => throughVsCode(model));
  });

  it('saves it back byte for byte, also after a cell was edited', () => {
    const model = throughVsCode(parseNotebook(file, 'python'));
    assert.equal(serializeNotebook(model), file);
    model.cells[0].source = 'x = 2';
    assert.equal(serializeNotebook(model), file.replace('"x = 1"', '"x = 2"'));
  });

  it('keeps a deep value inside a cell\'s metadata too', () => {
    const inCell = file.replace('"metadata": {},\n   "outputs"', `"metadata": {\n    "deep": ${deepValue}\n   },\n   "outputs"`);
    assert.equal(serializeNotebook(throughVsCode(parseNotebook(inCell, 'python'))), inCell);
  });
});
