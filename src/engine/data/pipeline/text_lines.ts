// TextLineDataset: the lines of each file in turn, without their line endings ("\n" or "\r\n").
// Files are read through the file system the host registered for kernels (io/kernel_files.ts).
import { NDArray } from '../../ndarray';
import { DatasetSource, iteratorOf } from './element';
import { readKernelFile } from '../../io/kernel_files';

export function splitLines(bytes: string): string[] {
  const lines = bytes.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

export function textLineSource(filenames: string[]): DatasetSource {
  return {
    iterate: () => iteratorOf(function* () {
      for (const f of filenames) for (const line of splitLines(readKernelFile(f))) yield [new NDArray('string', [], [line])];
    }),
  };
}
