// Running the terraform CLI: environment, time limits, and errors that say what to do.
import { spawn } from 'child_process';

/** One finished terraform command. */
export interface TerraformRun {
  /** The arguments, e.g. `['apply', '-auto-approve', ...]`. */
  readonly args: readonly string[];
  /** The exit code (`-1` when the process was killed). */
  readonly exitCode: number;
  /** Everything the command wrote to stdout. */
  readonly stdout: string;
  /** Everything the command wrote to stderr. */
  readonly stderr: string;
  /** Wall-clock time of the command, in milliseconds. */
  readonly durationMs: number;
}

/** How to run one terraform command. */
export interface TerraformRunOptions {
  /** The working directory (the configuration). */
  readonly cwd: string;
  /** The complete environment of the process. */
  readonly env: Record<string, string>;
  /**
   * The terraform executable.
   * @default 'terraform' (looked up on PATH)
   */
  readonly binary?: string;
  /**
   * The longest the command may run before it is killed.
   * @default 600000 (10 minutes)
   */
  readonly timeoutMs?: number;
}

/** `terraform` could not be started. */
export class TerraformNotFoundError extends Error {
  constructor(binary: string, cause: string) {
    super(`terraform could not be started (${JSON.stringify(binary)}: ${cause}). Install Terraform 1.5 or newer ` +
      'and put it on PATH (https://developer.hashicorp.com/terraform/install), or pass the executable as the ' +
      '`terraformBinary` option.');
    this.name = 'TerraformNotFoundError';
  }
}

/** A terraform command failed. `message` holds terraform's error blocks; `run` the whole output. */
export class TerraformCommandError extends Error {
  /** The failed command with its whole output. */
  public readonly run: TerraformRun;
  constructor(message: string, run: TerraformRun) {
    super(message);
    this.name = 'TerraformCommandError';
    this.run = run;
  }
}

/** Runs terraform to completion; never throws for a non-zero exit code (the caller decides). */
export function runTerraform(args: readonly string[], options: TerraformRunOptions): Promise<TerraformRun> {
  const binary = options.binary ?? 'terraform';
  const timeoutMs = options.timeoutMs ?? 600_000;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' || e.code === 'EACCES' ? new TerraformNotFoundError(binary, e.message) : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const run: TerraformRun = {
        args,
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + (timedOut ? `\n(killed after ${timeoutMs} ms)` : ''),
        durationMs: Date.now() - started,
      };
      resolve(run);
    });
  });
}

/**
 * The error blocks of terraform's output (`Error: ...` with their details, up to the end of terraform's box
 * around them), without the box drawing, or the last lines of the output when there are none.
 */
export function terraformErrors(run: TerraformRun): string {
  const blocks: string[] = [];
  const clean = (l: string) => {
    const line = l.replace(/^[│╷╵]\s?/, '').trimEnd();
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
  };
  for (const text of [run.stderr, run.stdout]) {
    let current: string[] | undefined;
    const close = () => {
      if (current) blocks.push(current.join('\n').trim().replace(/\n{3,}/g, '\n\n'));
      current = undefined;
    };
    for (const raw of text.replace(/\r/g, '').split('\n')) {
      const line = clean(raw);
      if (/^Error: /.test(line)) {
        close();
        current = [line];
      } else if (current) {
        if (raw.startsWith('╵') || /^(Warning: |─{5,})/.test(line)) close();
        else current.push(line);
      }
    }
    close();
  }
  if (blocks.length) return blocks.join('\n\n');
  return `${run.stderr}\n${run.stdout}`.replace(/\r/g, '').split('\n').map(clean).filter((l) => l.trim()).slice(-15).join('\n');
}

/** Inherited variables that could send terraform or the provider somewhere else than intended. */
const INHERITED_BLOCKLIST = [/^TENCENTCLOUD_/, /^(HTTPS?|ALL|NO)_PROXY$/i, /^SSL_CERT_(FILE|DIR)$/, /^AWS_CA_BUNDLE$/];

/**
 * The environment of a terraform process: the inherited environment without Tencent Cloud credentials, proxy
 * and CA settings (so that nothing reaches a real account by accident), then `extra` on top.
 */
export function terraformEnvironment(extra: Record<string, string | undefined>,
  inherited: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inherited)) {
    if (v !== undefined && !INHERITED_BLOCKLIST.some((re) => re.test(k))) env[k] = v;
  }
  env.TF_IN_AUTOMATION = '1';
  env.TF_INPUT = '0';
  env.CHECKPOINT_DISABLE = '1';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

const PROVIDER_MISSING = [
  /Failed to query available provider packages/,
  /Failed to install provider/,
  /provider registry\.terraform\.io\/tencentcloudstack\/tencentcloud[^\n]*(was not found|could not be found)/i,
  /could not connect to registry\.terraform\.io/,
  /Failed to resolve provider packages/,
];

/** The error for a failed `terraform init`, with what to do when the provider could not be installed. */
export function initError(run: TerraformRun, providerMirror: string | undefined): TerraformCommandError {
  const details = terraformErrors(run);
  const text = `${run.stdout}\n${run.stderr}`;
  if (!PROVIDER_MISSING.some((re) => re.test(text))) {
    return new TerraformCommandError(`terraform init failed (exit code ${run.exitCode}):\n${details}`, run);
  }
  const where = providerMirror !== undefined
    ? `The filesystem mirror ${JSON.stringify(providerMirror)} does not hold it: it must contain ` +
      'registry.terraform.io/tencentcloudstack/tencentcloud/<version>/<os>_<arch>/terraform-provider-tencentcloud_v<version> ' +
      '(the unpacked layout) or the provider\'s release zip.'
    : process.env.TF_CLI_CONFIG_FILE
      ? `The CLI configuration TF_CLI_CONFIG_FILE=${JSON.stringify(process.env.TF_CLI_CONFIG_FILE)} does not lead to it.`
      : 'With network access, terraform downloads it from registry.terraform.io.';
  return new TerraformCommandError(
    'terraform init could not install the provider tencentcloudstack/tencentcloud. ' + where + ' ' +
    'Offline, pass `providerMirror: <folder>` (a Terraform filesystem mirror holding the provider), or set ' +
    'TF_CLI_CONFIG_FILE to a CLI configuration whose provider_installation block finds it. ' +
    `terraform said:\n${details}`, run);
}

/** A Terraform CLI configuration that installs the Tencent Cloud provider from a filesystem mirror only. */
export function mirrorCliConfig(mirror: string): string {
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    '    include = ["registry.terraform.io/tencentcloudstack/tencentcloud"]',
    '  }',
    '  direct {',
    '    exclude = ["registry.terraform.io/tencentcloudstack/tencentcloud"]',
    '  }',
    '}',
    '',
  ].join('\n');
}
