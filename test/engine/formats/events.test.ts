import { strict as assert } from 'assert';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';
import { EventFileWriter } from '../../../src/engine/formats/events/event_file_writer';
import { listEventFiles, readEventFile } from '../../../src/engine/formats/events/event_file_reader';
import { graphEvent, sessionLogEvent, summaryEvent, SessionStatus } from '../../../src/engine/formats/events/event_proto';
import { encodeRecord, readRecords } from '../../../src/engine/formats/tfrecord';
import { decodeProto, int64ToNumber } from '../../../src/engine/formats/proto/root';
import { scalarSummary, textSummary } from '../../../src/engine/formats/summary/summaries';
import { ascii, fixtureFs, fromHex, hex } from './helpers';

describe('formats: TFRecord framing and event files', () => {
  it('frames a record as TF does: the first record of a real TF 1.0 event file', () => {
    const payload = fromHex('090000c012733ad6411a0d627261696e2e4576656e743a32');
    assert.equal(hex(encodeRecord(payload)), '1800000000000000' + 'a37f4b22' + hex(payload) + '5d9b5295');
  });

  it('verifies both CRCs; a truncated tail is an error or, for TensorBoard-style reading, the end', () => {
    const two = new Uint8Array([...encodeRecord(ascii('one')), ...encodeRecord(ascii('two'))]);
    assert.deepEqual(readRecords(two).map(r => Buffer.from(r).toString()), ['one', 'two']);
    const cut = two.subarray(0, two.length - 2);
    assert.throws(() => readRecords(cut), (e: Error) => e.name === 'DataLossError' && /truncated record at 19/.test(e.message));
    assert.equal(readRecords(cut, { truncatedTail: 'stop' }).length, 1);
    const bad = two.slice();
    bad[14] ^= 1;
    assert.throws(() => readRecords(bad), /corrupted record at 0/);
  });

  it('reads event files TF wrote: version, graph_def, meta_graph_def', () => {
    const fs = fixtureFs();
    const [file] = listEventFiles(fs, 'events');
    assert.equal(file, 'events/events.out.tfevents.1499786503.MacBook-Pro');
    const events = readEventFile(fs, file);
    assert.equal(events.length, 3);
    assert.equal(events[0].file_version, 'brain.Event:2');
    assert.equal(events[0].wall_time, 1499786503);
    const graph = decodeProto<{ node: Array<{ name: string; op: string }>; versions: { producer: number } }>('GraphDef', events[1].graph_def!);
    assert.equal(graph.versions.producer, 22);
    assert.deepEqual(graph.node.slice(0, 4).map(n => `${n.name}:${n.op}`), ['x/initial_value:Const', 'x:VariableV2', 'x/Assign:Assign', 'x/read:Identity']);
    const meta = decodeProto<{ collection_def: Record<string, unknown>; meta_info_def: { tensorflow_version: string } }>('MetaGraphDef', events[2].meta_graph_def!);
    assert.equal(meta.meta_info_def.tensorflow_version, '1.2.1');
    assert.deepEqual(Object.keys(meta.collection_def).sort(), ['trainable_variables', 'variables']);
  });

  it('EventFileWriter: named events.out.tfevents.<10 digits>.<host>, version record first, flushed on demand', () => {
    const fs = new MemoryFileSystem();
    let now = 1491717195123;
    const w = new EventFileWriter(fs, 'logs/run1', { clock: () => now, hostname: 'mpr' });
    assert.equal(w.path, null); // no suffix: created with the first event
    w.addEvent(summaryEvent(scalarSummary('loss', 0.5), 1491717196.5, 1));
    assert.equal(w.path, 'logs/run1/events.out.tfevents.1491717195.mpr');
    assert.equal(readEventFile(fs, w.path!).length, 1); // only the version record so far
    w.addEvent(sessionLogEvent({ status: SessionStatus.START }, 1491717197, 2));
    w.flush();
    const events = readEventFile(fs, w.path!);
    assert.deepEqual(events.map(e => Object.keys(e).filter(k => k !== 'what').sort()), [['file_version', 'wall_time'], ['step', 'summary', 'wall_time'], ['session_log', 'step', 'wall_time']]);
    assert.equal(hex(fs.readFile(w.path!).subarray(0, 12 + 24)), '1800000000000000a37f4b22090000c012733ad6411a0d627261696e2e4576656e743a32');
    assert.equal(events[1].summary!.value![0].simple_value, 0.5);
    assert.equal(int64ToNumber(events[2].step as number), 2);
    w.close();
    w.addEvent(summaryEvent(scalarSummary('loss', 1), 0, 3)); // ignored after close, as in TF
    assert.equal(readEventFile(fs, w.path!).length, 3);
    now += 5000;
    w.reopen();
    w.addEvent(graphEvent(new Uint8Array([0x22, 0x03, 0x08, 0x86, 0x01]), 1491717200));
    w.close();
    assert.deepEqual(listEventFiles(fs, 'logs/run1'), ['logs/run1/events.out.tfevents.1491717195.mpr', 'logs/run1/events.out.tfevents.1491717200.mpr']);
  });

  it('a filename suffix creates the file at once; max_queue forces a flush', () => {
    const fs = new MemoryFileSystem();
    const w = new EventFileWriter(fs, 'l', { clock: () => 0, hostname: 'h', filenameSuffix: '.v2', maxQueue: 2 });
    assert.equal(w.path, 'l/events.out.tfevents.0000000000.h.v2');
    for (let i = 0; i < 3; i++) w.addEvent(summaryEvent(scalarSummary('a', i), 0, i));
    assert.equal(readEventFile(fs, w.path!).length, 4);
  });

  it('strips summary metadata from values whose tag this writer has seen', () => {
    const seen = new Set<string>();
    const first = summaryEvent(textSummary('note', 'hi'), 1, 1, seen);
    const second = summaryEvent(textSummary('note', 'again'), 2, 2, seen);
    assert.ok(first.summary!.value![0].metadata);
    assert.equal(second.summary!.value![0].metadata, undefined);
  });
});
