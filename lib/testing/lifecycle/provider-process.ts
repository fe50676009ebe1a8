// One provider process that several terraform commands attach to (terraform's TF_REATTACH_PROVIDERS), instead
// of terraform starting the provider two or three times per command. Same binary, same protocol, same calls:
// only the process is shared. The provider keeps no state between commands (each one configures it anew).
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const SOURCE = path.join('registry.terraform.io', 'tencentcloudstack', 'tencentcloud');

/** The provider binary `terraform init` installed into a working directory. */
export function installedProvider(workDir: string): string {
  const root = path.join(workDir, '.terraform', 'providers', SOURCE);
  const versions = fs.existsSync(root) ? fs.readdirSync(root) : [];
  for (const version of versions) {
    for (const platform of fs.readdirSync(path.join(root, version))) {
      const dir = path.join(root, version, platform);
      const binary = fs.readdirSync(dir).find((f) => f.startsWith('terraform-provider-tencentcloud'));
      if (binary) return path.join(dir, binary);
    }
  }
  throw new Error(`no tencentcloud provider under ${root}: run terraform init first`);
}

/** A running provider that terraform attaches to. Stop it with `stop()`. */
export class SharedProviderProcess {
  /**
   * Starts the provider binary with `-debuggable` in the working directory (relative paths such as `zip_file`
   * are read from there, as when terraform starts it) with the given environment (the one its API calls
   * need), and waits until it prints its address.
   */
  public static async start(binary: string, cwd: string, env: Record<string, string>, timeoutMs = 60_000): Promise<SharedProviderProcess> {
    // A shell in between stops the provider when this process goes away (its stdin closes), even on a crash.
    const child = spawn('/bin/sh', ['-c', '"$0" -debuggable & pid=$!; read _ignored; kill $pid 2>/dev/null; wait $pid', binary],
      { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const reattach = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`the provider did not start within ${timeoutMs} ms:\n${out.slice(-2000)}`)), timeoutMs);
      const fail = (e: Error) => {
        clearTimeout(timer);
        child.stdin?.end();
        reject(e);
      };
      const onData = (b: Buffer) => {
        out += b.toString('utf8');
        const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('error', fail);
      child.on('exit', (code) => fail(new Error(`the provider exited (code ${code}) before it started:\n${out.slice(-2000)}`)));
    });
    // Keep draining its output (it logs), so that it never blocks on a full pipe.
    child.stdout!.removeAllListeners('data').on('data', () => undefined);
    child.stderr!.removeAllListeners('data').on('data', () => undefined);
    child.removeAllListeners('exit');
    return new SharedProviderProcess(child, reattach);
  }

  private exited = false;

  private constructor(private readonly child: ChildProcess, private readonly reattachConfig: string) {
    child.on('exit', () => {
      this.exited = true;
    });
  }

  /** The value of TF_REATTACH_PROVIDERS for terraform commands. */
  public get reattach(): string {
    return this.reattachConfig;
  }

  /** False once the provider has exited. */
  public get running(): boolean {
    return !this.exited;
  }

  /** Stops the provider and waits until it has exited. */
  public async stop(): Promise<void> {
    if (this.exited) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin!.end();
    });
  }
}
