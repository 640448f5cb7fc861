// Shared by the data tests: a temp directory of gzip'd IDX files the tests write themselves,
// and the real bundled digits.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { encodeIdx, IMAGES_MAGIC, LABELS_MAGIC, MNIST_FILES, MnistEnvironment } from '../../../src/engine/data';
import { nodeMnistEnvironment } from '../../../src/node';

export interface Recorded { env: MnistEnvironment; lines: string[] }

export function recordingEnvironment(): Recorded {
  const lines: string[] = [];
  return { env: nodeMnistEnvironment((l) => lines.push(l)), lines };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-mnist-'));
}

export function writeGz(file: string, bytes: Uint8Array): void {
  fs.writeFileSync(file, zlib.gzipSync(bytes));
}

/** Image i is filled with byte (i * 7 + 1) % 256 so each is recognisable; label i is i % 10. */
export function writeSmallMnist(dir: string, trainCount: number, testCount: number): void {
  const write = (imagesName: string, labelsName: string, n: number, offset: number) => {
    const pixels = new Uint8Array(n * 784);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      pixels.fill(((offset + i) * 7 + 1) % 256, i * 784, (i + 1) * 784);
      labels[i] = (offset + i) % 10;
    }
    writeGz(path.join(dir, imagesName), encodeIdx(IMAGES_MAGIC, [n, 28, 28], pixels));
    writeGz(path.join(dir, labelsName), encodeIdx(LABELS_MAGIC, [n], labels));
  };
  write(MNIST_FILES.trainImages, MNIST_FILES.trainLabels, trainCount, 0);
  write(MNIST_FILES.testImages, MNIST_FILES.testLabels, testCount, 1000);
}
