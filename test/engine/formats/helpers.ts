// Shared bits of the format tests: the fixture folder as a FileSystem, hex helpers.
import * as path from 'path';
import { NodeFileSystem } from '../../../src/node';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const fixtureFs = () => new NodeFileSystem(FIXTURES);
export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
export const fromHex = (h: string) => new Uint8Array(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
export const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
