// The positional forms of add_subplot/subplot: (), (nrows, ncols, index), (NRC) three digits,
// and an index tuple (first, last) spanning cells. Indices count from 1, row by row.
import { valueError } from '../errors';
import type { SubplotSpec } from './axes-base';

export function parseSubplotArgs(args: readonly unknown[], fn: string): SubplotSpec {
  let nums = args;
  if (args.length === 0) nums = [1, 1, 1];
  if (args.length === 1) {
    const n = Number(args[0]);
    if (!Number.isInteger(n) || n < 111 || n > 999) throw valueError(`Single argument to ${fn} must be a three-digit integer, not ${args[0]}`);
    nums = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  }
  if (nums.length !== 3) throw valueError(`${fn}() takes 1 or 3 positional arguments but ${args.length} were given`);
  const [rows, cols] = [Number(nums[0]), Number(nums[1])];
  if (!Number.isInteger(rows) || rows < 1) throw valueError(`Number of rows must be a positive integer, not ${nums[0]}`);
  if (!Number.isInteger(cols) || cols < 1) throw valueError(`Number of columns must be a positive integer, not ${nums[1]}`);
  const index = nums[2];
  const [first, last] = Array.isArray(index) ? [Number(index[0]), Number(index[1])] : [Number(index), Number(index)];
  if (!Number.isInteger(first) || first < 1 || last > rows * cols || last < first) {
    throw valueError(`num must be an integer with 1 <= num <= ${rows * cols}, not ${JSON.stringify(index)}`);
  }
  const r0 = Math.floor((first - 1) / cols), c0 = (first - 1) % cols;
  const r1 = Math.floor((last - 1) / cols), c1 = (last - 1) % cols;
  return { nrows: rows, ncols: cols, row0: Math.min(r0, r1), row1: Math.max(r0, r1) + 1, col0: Math.min(c0, c1), col1: Math.max(c0, c1) + 1 };
}
