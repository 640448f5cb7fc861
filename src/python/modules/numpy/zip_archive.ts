// The zip container of .npz files: NumPy writes one "<name>.npy" member per array, stored
// (np.savez) or deflated (np.savez_compressed). The zip format itself (headers, zip64 sizes,
// CRCs, deflate) is fflate's; this file only maps its errors to the Python exceptions NumPy's
// zipfile raises and keeps the member order.
import { FlateErrorCode, unzipSync, zipSync, type Zippable } from 'fflate';
import { pyException, E } from '../../exceptions';

export interface ZipMember { name: string; data: Uint8Array }

/** The members of a zip archive, in central-directory order. */
export function readZip(bytes: Uint8Array): ZipMember[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    const err = e as Error & { code?: number };
    if (err.code === FlateErrorCode.UnknownCompressionMethod) {
      throw pyException(E.NotImplementedError, `zip ${err.message} is not supported by Gradbook (only stored and deflated members)`);
    }
    throw pyException(E.ValueError, err.code === FlateErrorCode.InvalidZipData ? 'File is not a zip file' : `Bad zip file: ${err.message}`);
  }
  // fflate fills the record in central-directory order; member names are never integer-like
  // keys (they end in .npy), so the object's key order is that order.
  return Object.entries(files).map(([name, data]) => ({ name, data }));
}

/** A zip archive holding `members`, deflated when `compress` (level 6, zipfile's default). */
export function writeZip(members: readonly ZipMember[], compress: boolean, now = new Date()): Uint8Array {
  const files: Zippable = {};
  // Owner read/write (0o600), as NumPy's zipfile.ZipFile.writestr gives its members.
  for (const m of members) files[m.name] = [m.data, { level: compress ? 6 : 0, mtime: now, attrs: 0o600 << 16 }];
  return zipSync(files);
}
