// The file access the engine and the Python front end share: synchronous (cells run synchronously),
// paths as the program wrote them. Who may touch which folder is the implementation's business:
// the kernel's implementation allows the notebook's folder, the workspace folders and the system
// temp folder and raises PermissionError elsewhere; tests may use an in-memory one.
export interface FileStat {
  isDirectory: boolean;
  size: number;
  /** Milliseconds since the epoch. */
  mtimeMs: number;
}

export interface FileSystem {
  readFile(path: string): Uint8Array;
  /** Creates or truncates. */
  writeFile(path: string, data: Uint8Array): void;
  appendFile(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
  /** Throws FileNotFoundError-style errors (see engine/errors) when missing. */
  stat(path: string): FileStat;
  listDir(path: string): string[];
  /** Like `os.makedirs(path, exist_ok=True)`. */
  makeDirs(path: string): void;
  /** Removes a file (not a folder). */
  remove(path: string): void;
  /** Removes a folder and everything in it. */
  removeTree(path: string): void;
  /** Replaces `to` if it exists (TF writes checkpoints to a temp name, then renames). */
  rename(from: string, to: string): void;
  /** The absolute form of `path`, resolved against the program's working folder. */
  resolve(path: string): string;
  /**
   * False when the host's policy forbids `path` (exists() is then false too): readers check it
   * first so a forbidden file is a permission error, not a misleading "not found".
   */
  allowed?(path: string): boolean;
}

/** Whether `fs` lets the program use `path` (file systems without a policy allow everything). */
export function isAllowed(fs: FileSystem, path: string): boolean {
  return fs.allowed ? fs.allowed(path) : true;
}
