// The bundle cache: a package built by an earlier synth is reused when the build settings are the same and every
// file it was built from is unchanged. Not exported from the package root.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** What a cache entry records about the files a package was built from. */
interface Manifest {
  /** Files read by the build, relative to the project folder, with their SHA-256. */
  readonly files: Array<[string, string]>;
  /** Folders of those files, with a digest of their listings: a new file there may change what an import resolves to. */
  readonly folders: Array<[string, string]>;
}

const MANIFEST = 'manifest.json';
const PACKAGE = 'package.zip';

/**
 * The cache folder of a project: `node_modules/.cache/cdktf-tencentcloud-cos-events` in the project, or a folder
 * of the system's temp directory for a project without `node_modules`.
 */
export function projectCacheRoot(root: string): string {
  if (fs.existsSync(path.join(root, 'node_modules'))) return path.join(root, 'node_modules', '.cache', 'cdktf-tencentcloud-cos-events');
  return path.join(os.tmpdir(), 'cdktf-tencentcloud-cos-events', sha256(root).slice(0, 16));
}

/** One cache entry, addressed by the digest of the build settings. */
export class BundleCache {
  private readonly dir: string;

  /**
   * @param cacheRoot the project's cache folder
   * @param root the project folder that file paths are relative to
   * @param settings everything besides the files that decides the package (versions, options, lock file)
   */
  constructor(cacheRoot: string, private readonly root: string, settings: unknown) {
    this.dir = path.join(cacheRoot, sha256(JSON.stringify(settings)).slice(0, 32));
  }

  /** The package of an earlier build with these settings, when none of its files changed since. */
  public lookup(): string | undefined {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(this.dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return undefined;
    }
    const zip = path.join(this.dir, PACKAGE);
    if (!fs.existsSync(zip)) return undefined;
    const same = manifest.files.every(([file, digest]) => this.fileDigest(file) === digest)
      && manifest.folders.every(([folder, digest]) => this.folderDigest(folder) === digest);
    return same ? zip : undefined;
  }

  /** A scratch folder of this entry, emptied first. */
  public workDir(name: string): string {
    const dir = path.join(this.dir, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  /**
   * Stores a package and the files it was built from (paths relative to the project folder); returns its path.
   * The build's own inputs are recorded with the `package.json` and `tsconfig.json` files that decided how their
   * imports resolved (those in their folders and the folders above, up to the project folder).
   */
  public store(zip: Uint8Array, inputs: string[]): string {
    const files = new Set(inputs);
    const folders = new Set<string>();
    for (const input of inputs) {
      for (let dir = path.posix.dirname(input); ; dir = path.posix.dirname(dir)) {
        folders.add(dir);
        for (const config of ['package.json', 'tsconfig.json']) {
          const candidate = dir === '.' ? config : `${dir}/${config}`;
          if (fs.existsSync(path.join(this.root, candidate))) files.add(candidate);
        }
        if (dir === '.' || dir.startsWith('..') || dir === '/') break;
      }
    }
    const manifest: Manifest = {
      files: [...files].sort().map((f) => [f, this.fileDigest(f)!]),
      folders: [...folders].sort().map((f) => [f, this.folderDigest(f)!]),
    };
    fs.mkdirSync(this.dir, { recursive: true });
    // Written under temporary names, then renamed: a concurrent synth never reads half a file.
    const zipPath = path.join(this.dir, PACKAGE);
    writeAtomically(zipPath, zip);
    writeAtomically(path.join(this.dir, MANIFEST), Buffer.from(JSON.stringify(manifest)));
    return zipPath;
  }

  private fileDigest(file: string): string | undefined {
    try {
      return sha256(fs.readFileSync(path.resolve(this.root, file)));
    } catch {
      return undefined;
    }
  }

  private folderDigest(folder: string): string | undefined {
    try {
      // Hidden entries are left out: module resolution never picks them, and the cache itself is one.
      return sha256(fs.readdirSync(path.resolve(this.root, folder)).filter((f) => !f.startsWith('.')).sort().join('\n'));
    } catch {
      return undefined;
    }
  }
}

function writeAtomically(file: string, data: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/** Hex SHA-256 of a text or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
