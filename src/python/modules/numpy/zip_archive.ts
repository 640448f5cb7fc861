// The zip container of .npz files: NumPy writes one "<name>.npy" member per array, stored
// (np.savez) or deflated (np.savez_compressed), with zip64 local headers. This reads what
// NumPy's zipfile writes (stored or deflated members, zip64 sizes) and writes plain zips
// NumPy and every unzip tool read. Deflate is Node's zlib, on this side of the engine seam.
import * as zlib from 'zlib';
import { pyException, E } from '../../exceptions';
import { crc32 } from '../gzip';

export interface ZipMember { name: string; data: Uint8Array }

const LOCAL = 0x04034b50, CENTRAL = 0x02014b50, END = 0x06054b50, END64 = 0x06064b50;

const badZip = (why: string) => pyException(E.ValueError, why);

/** The members of a zip archive, in central-directory order. */
export function readZip(bytes: Uint8Array): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === END) { end = i; break; }
  }
  if (end < 0) throw badZip('File is not a zip file');
  let count = view.getUint16(end + 10, true);
  let dirAt = view.getUint32(end + 16, true);
  if ((count === 0xffff || dirAt === 0xffffffff) && end >= 20) {
    const locator = end - 20;
    const end64At = Number(view.getBigUint64(locator + 8, true));
    if (view.getUint32(end64At, true) === END64) {
      count = Number(view.getBigUint64(end64At + 32, true));
      dirAt = Number(view.getBigUint64(end64At + 48, true));
    }
  }
  const members: ZipMember[] = [];
  let at = dirAt;
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== CENTRAL) throw badZip('Bad magic number for central directory');
    const method = view.getUint16(at + 10, true);
    let compressed = view.getUint32(at + 20, true), size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true), extraLen = view.getUint16(at + 30, true), commentLen = view.getUint16(at + 32, true);
    let offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // zip64 extra field: the 64-bit values of whichever fields hold 0xFFFFFFFF, in order.
    for (let e = at + 46 + nameLen; e < at + 46 + nameLen + extraLen;) {
      const id = view.getUint16(e, true), len = view.getUint16(e + 2, true);
      if (id === 1) {
        let p = e + 4;
        if (size === 0xffffffff) { size = Number(view.getBigUint64(p, true)); p += 8; }
        if (compressed === 0xffffffff) { compressed = Number(view.getBigUint64(p, true)); p += 8; }
        if (offset === 0xffffffff) { offset = Number(view.getBigUint64(p, true)); }
      }
      e += 4 + len;
    }
    if (view.getUint32(offset, true) !== LOCAL) throw badZip('Bad magic number for file header');
    const dataAt = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const raw = bytes.subarray(dataAt, dataAt + compressed);
    let data: Uint8Array;
    if (method === 0) data = raw.slice();
    else if (method === 8) data = new Uint8Array(zlib.inflateRawSync(raw));
    else throw pyException(E.NotImplementedError, `zip compression method ${method} is not supported by Gradbook (only stored and deflated)`);
    if (data.length !== size) throw badZip(`Bad size for member '${name}'`);
    members.push({ name, data });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return members;
}

/** A zip archive holding `members`, deflated when `compress` (level 6, zipfile's default). */
export function writeZip(members: readonly ZipMember[], compress: boolean, now = new Date()): Uint8Array {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = new TextEncoder().encode(m.name);
    const body = compress ? new Uint8Array(zlib.deflateRawSync(m.data, { level: 6 })) : m.data;
    const crc = crc32(m.data, 0);
    const method = compress ? 8 : 0;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true); lv.setUint16(4, 20, true); lv.setUint16(6, 0, true); lv.setUint16(8, method, true);
    lv.setUint16(10, time, true); lv.setUint16(12, date, true); lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true); lv.setUint32(22, m.data.length, true); lv.setUint16(26, name.length, true); lv.setUint16(28, 0, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, CENTRAL, true); dv.setUint16(4, 20, true); dv.setUint16(6, 20, true); dv.setUint16(8, 0, true); dv.setUint16(10, method, true);
    dv.setUint16(12, time, true); dv.setUint16(14, date, true); dv.setUint32(16, crc, true);
    dv.setUint32(20, body.length, true); dv.setUint32(24, m.data.length, true); dv.setUint16(28, name.length, true);
    dv.setUint32(38, 0o600 << 16, true); dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, body);
    central.push(dir);
    offset += local.length + body.length;
    if (offset > 0xffffffff) throw pyException(E.NotImplementedError, 'np.savez archives over 4 GB are not supported by Gradbook');
  }
  const dirSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END, true); ev.setUint16(8, members.length, true); ev.setUint16(10, members.length, true);
  ev.setUint32(12, dirSize, true); ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) { out.set(p, at); at += p.length; }
  return out;
}
