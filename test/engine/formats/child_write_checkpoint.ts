// Run as a separate Node process by checkpoint_roundtrip.test.ts: writes a checkpoint with the
// values the test expects, so save and restore happen in different processes.
import { NodeFileSystem } from '../../../src/node';
import { NDArray } from '../../../src/engine/ndarray';
import { saveCheckpoint } from '../../../src/engine/formats/checkpoint/save';
import { CheckpointKeeper } from '../../../src/engine/formats/checkpoint/keeper';
import { childTensors } from './child_values';

const dir = process.argv[2];
const fs = new NodeFileSystem(dir);
const keeper = new CheckpointKeeper({ maxToKeep: 5 });
const prefix = saveCheckpoint({ fs, savePath: 'model/dnn.ckpt', tensors: childTensors(NDArray), keeper, globalStep: 100 });
process.stdout.write(prefix);
