// A Terraform working directory that a test drives through a deployment's life: init, apply, plan, edits
// applied into the same state, destroy.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { LiveCloud, LiveCloudState, assertLiveCosTriggers, assertLiveState } from './live';
import { PlanReport, planReport } from './plan';
import { SharedProviderProcess, installedProvider } from './provider-process';
import { SynthesizedFolder, synthesizeStack } from './synth';
import {
  TerraformCommandError, TerraformRun, initError, mirrorCliConfig, runTerraform, terraformEnvironment, terraformErrors,
} from './terraform';

/** A stack (synthesized with validations, assets included) or the path of a `cdktf.out/stacks/<name>` folder. */
export type StackSource = TerraformStack | string;

/** Options of `TerraformWorkspace.create`. */
export interface TerraformWorkspaceOptions {
  /**
   * Environment for the commands that reach the cloud (plan, apply, destroy, refresh): the emulator's `env`
   * (proxy, CA bundle, dummy credentials). Inherited Tencent Cloud credentials, proxy and CA variables are
   * always removed first, so that a test never reaches a real account by accident. `terraform init` runs
   * without these variables (it may need the registry, not the cloud).
   * @default - none: commands reach whatever the provider's defaults reach
   */
  readonly env?: Record<string, string>;
  /**
   * A Terraform filesystem mirror holding the Tencent Cloud provider (e.g. the folder `install-provider`
   * unpacked it into). The workspace then installs the provider from there only, offline. In the unpacked
   * layout terraform links the provider instead of copying it, so each `init` takes about a second.
   * @default - terraform's own CLI configuration (`TF_CLI_CONFIG_FILE`, `~/.terraformrc`), else the registry
   */
  readonly providerMirror?: string;
  /**
   * Terraform's plugin cache (`TF_PLUGIN_CACHE_DIR`): with the registry, the provider is downloaded once and
   * linked into every workspace. Leave it unset with an unpacked `providerMirror` (a cache would copy the
   * provider into itself once).
   * @default - `TF_PLUGIN_CACHE_DIR` of the environment, if set
   */
  readonly pluginCacheDir?: string;
  /**
   * The terraform executable.
   * @default 'terraform' on PATH
   */
  readonly terraformBinary?: string;
  /**
   * The working directory; it is created when missing and must otherwise be empty.
   * @default - a new temporary directory
   */
  readonly workDir?: string;
  /**
   * Time limit of each terraform command.
   * @default 600000 (10 minutes)
   */
  readonly timeoutMs?: number;
  /**
   * How terraform runs the provider: `per-command` as terraform does by itself (two or three provider starts per
   * command, each loading the provider's whole schema), or `shared`: one provider process per workspace that
   * every plan, apply and destroy attaches to (TF_REATTACH_PROVIDERS), which saves most of the CPU time of a
   * command. The provider's calls are the same; it keeps no state between commands. Stopped by `dispose()`.
   * @default 'per-command'
   */
  readonly providerProcess?: 'per-command' | 'shared';
  /**
   * `-parallelism` of apply and destroy.
   * @default 10 (terraform's default)
   */
  readonly parallelism?: number;
}

/** The plan was not clean. `report` says which resources and attributes would change. */
export class PlanNotCleanError extends Error {
  /** The plan. */
  public readonly report: PlanReport;
  constructor(report: PlanReport) {
    super(`terraform plan is not clean: ${report.summary}`);
    this.name = 'PlanNotCleanError';
    this.report = report;
  }
}

/** The file that keeps the state in the working directory whatever backend the stack declares. */
const BACKEND_OVERRIDE = 'lifecycle_override.tf.json';
const CLI_CONFIG = 'lifecycle.terraformrc';
const PLAN_FILE = 'lifecycle.tfplan';
/** Zipped assets of earlier syntheses, by path (which holds the content hash). */
const ASSET_CACHE = '.lifecycle-assets';
/** Entries of the working directory that belong to the workspace, not to the loaded configuration. */
const OWN_ENTRIES = new Set(['.terraform', '.terraform.lock.hcl', 'terraform.tfstate', 'terraform.tfstate.backup',
  BACKEND_OVERRIDE, CLI_CONFIG, PLAN_FILE, ASSET_CACHE]);

type Json = { [key: string]: any };

/**
 * A Terraform working directory for one deployment, driven through its life as a user would: `apply`, a
 * `plan` that must be clean, edited configurations applied into the same state (`load`, then `apply`), and
 * `destroy`. The state stays local in the working directory whatever backend the stack declares (an override
 * file), so that tests never write state elsewhere.
 *
 * ```ts
 * const cloud = await startCloudEmulator();
 * const ws = await TerraformWorkspace.create(new MyStack(Testing.app(), 'app'), { env: cloud.env });
 * await ws.apply();
 * await ws.assertCleanPlan();
 * ws.assertLiveCosTriggers(cloud);
 * await ws.destroy();
 * ```
 */
export class TerraformWorkspace {
  /**
   * Prepares a working directory with the stack's configuration and runs `terraform init`.
   * @throws TerraformNotFoundError when terraform cannot be started; a TerraformCommandError saying how to get
   * the provider when `init` cannot install it
   */
  public static async create(source: StackSource, options: TerraformWorkspaceOptions = {}): Promise<TerraformWorkspace> {
    const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-lifecycle-'));
    fs.mkdirSync(workDir, { recursive: true });
    if (fs.readdirSync(workDir).length) throw new Error(`TerraformWorkspace: the working directory ${workDir} is not empty`);
    const ws = new TerraformWorkspace(path.resolve(workDir), options);
    ws.load(source);
    await ws.init();
    return ws;
  }

  /** The working directory. */
  public readonly workDir: string;
  /** Every terraform command run so far, with its output and duration. */
  public readonly runs: TerraformRun[] = [];
  private readonly options: TerraformWorkspaceOptions;
  private config: Json = {};
  private initializedWith?: string;
  private provider?: SharedProviderProcess;

  private constructor(workDir: string, options: TerraformWorkspaceOptions) {
    this.workDir = workDir;
    this.options = options;
    fs.writeFileSync(path.join(workDir, BACKEND_OVERRIDE),
      `${JSON.stringify({ terraform: { backend: { local: { path: 'terraform.tfstate' } } } }, null, 2)}\n`);
    if (options.providerMirror !== undefined) {
      const mirror = path.resolve(options.providerMirror);
      if (!fs.existsSync(mirror)) {
        throw new Error(`TerraformWorkspace: providerMirror ${JSON.stringify(mirror)} does not exist. It must be a Terraform ` +
          'filesystem mirror holding registry.terraform.io/tencentcloudstack/tencentcloud; without it, terraform ' +
          'downloads the provider from the registry (network needed).');
      }
      fs.writeFileSync(path.join(workDir, CLI_CONFIG), mirrorCliConfig(mirror));
    }
  }

  /** The Terraform JSON currently loaded (`cdk.tf.json`, with construct paths in its metadata). */
  public get synthesized(): Json {
    return this.config;
  }

  /**
   * Replaces the configuration with another version of the stack (an edit), keeping the state, the provider
   * and the lock file: the next `apply` applies the edit into the same deployment. `init` runs again before
   * the next command when the providers or the backend changed.
   */
  public load(source: StackSource): void {
    const { dir, cleanup } = stackFolder(source, path.join(this.workDir, ASSET_CACHE));
    try {
      const file = path.join(dir, 'cdk.tf.json');
      if (!fs.existsSync(file)) throw new Error(`TerraformWorkspace: ${dir} holds no cdk.tf.json (expected a cdktf.out/stacks/<name> folder)`);
      for (const entry of fs.readdirSync(this.workDir)) {
        if (!OWN_ENTRIES.has(entry)) fs.rmSync(path.join(this.workDir, entry), { recursive: true, force: true });
      }
      for (const entry of fs.readdirSync(dir)) {
        if (OWN_ENTRIES.has(entry) || entry.startsWith('terraform.') && entry.includes('tfstate')) continue;
        fs.cpSync(path.join(dir, entry), path.join(this.workDir, entry), { recursive: true });
      }
      this.config = JSON.parse(fs.readFileSync(file, 'utf8'));
    } finally {
      cleanup();
    }
  }

  /** Runs `terraform init` (offline with `providerMirror`). Called by `create`, and again when needed. */
  public async init(): Promise<TerraformRun> {
    const run = await this.terraform(['init', '-input=false', '-no-color'], false);
    if (run.exitCode !== 0) throw initError(run, this.options.providerMirror);
    this.initializedWith = this.initKey();
    return run;
  }

  /** `terraform validate`. @throws TerraformCommandError with terraform's diagnostics */
  public async validate(): Promise<TerraformRun> {
    return this.checked('validate', await this.command(['validate', '-no-color']));
  }

  /** `terraform apply -auto-approve`. @throws TerraformCommandError with terraform's errors when it fails */
  public async apply(): Promise<TerraformRun> {
    return this.checked('apply', await this.command(['apply', '-input=false', '-no-color', '-auto-approve', ...this.parallelism()]));
  }

  /**
   * `terraform plan -detailed-exitcode`, then `terraform show -json` of the plan: which resources and which of
   * their attributes would change.
   * @throws TerraformCommandError when the plan itself fails
   */
  public async plan(): Promise<PlanReport> {
    const planFile = path.join(this.workDir, PLAN_FILE);
    try {
      const run = await this.command(['plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${PLAN_FILE}`]);
      if (run.exitCode !== 0 && run.exitCode !== 2) this.checked('plan', run);
      // A clean plan has nothing to show (and `show` loads every provider schema: about a second).
      if (run.exitCode === 0) return planReport({}, true);
      const shown = this.checked('show', await this.command(['show', '-json', '-no-color', PLAN_FILE]));
      return planReport(JSON.parse(shown.stdout), run.exitCode === 0);
    } finally {
      fs.rmSync(planFile, { force: true });
    }
  }

  /** A plan that must change nothing. @throws PlanNotCleanError naming every resource and attribute that changes */
  public async assertCleanPlan(): Promise<PlanReport> {
    const report = await this.plan();
    if (!report.clean) throw new PlanNotCleanError(report);
    return report;
  }

  /** `terraform destroy -auto-approve`. @throws TerraformCommandError when it fails */
  public async destroy(): Promise<TerraformRun> {
    return this.checked('destroy', await this.command(['destroy', '-input=false', '-no-color', '-auto-approve', ...this.parallelism()]));
  }

  /** The addresses of the resources and data sources in the state, sorted. */
  public async stateAddresses(): Promise<string[]> {
    const run = this.checked('state list', await this.command(['state', 'list']));
    return run.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
  }

  /**
   * Throws unless the cloud's live COS triggers are exactly those the loaded configuration declares (see
   * `assertLiveCosTriggers`).
   */
  public assertLiveCosTriggers(cloud: LiveCloudState): void {
    assertLiveCosTriggers(cloud, this.config);
  }

  /**
   * Throws unless the cloud holds exactly the buckets (seeded ones aside), functions and COS triggers that the
   * loaded configuration declares (see `assertLiveState`).
   */
  public assertLiveState(cloud: LiveCloud): void {
    assertLiveState(cloud, this.config);
  }

  /** Stops the shared provider process, if any, and removes the working directory (state included). */
  public async dispose(): Promise<void> {
    await this.provider?.stop();
    this.provider = undefined;
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }

  private parallelism(): string[] {
    return this.options.parallelism === undefined ? [] : [`-parallelism=${this.options.parallelism}`];
  }

  private initKey(): string {
    const tf = this.config.terraform ?? {};
    return JSON.stringify([tf.required_providers, this.config.module]);
  }

  /** A command that may reach the cloud; runs `init` first when the providers changed since the last one. */
  private async command(args: string[]): Promise<TerraformRun> {
    if (this.initializedWith !== this.initKey()) await this.init();
    return this.terraform(args, true);
  }

  private async terraform(args: string[], cloud: boolean): Promise<TerraformRun> {
    const extra: Record<string, string | undefined> = {};
    if (this.options.providerMirror !== undefined) extra.TF_CLI_CONFIG_FILE = path.join(this.workDir, CLI_CONFIG);
    const cache = this.options.pluginCacheDir ?? process.env.TF_PLUGIN_CACHE_DIR;
    if (cache) {
      fs.mkdirSync(cache, { recursive: true });
      extra.TF_PLUGIN_CACHE_DIR = path.resolve(cache);
    }
    const env = terraformEnvironment(cloud ? { ...extra, ...this.options.env } : extra);
    if (cloud && this.options.providerProcess === 'shared') {
      if (!this.provider?.running) this.provider = await SharedProviderProcess.start(installedProvider(this.workDir), this.workDir, env);
      env.TF_REATTACH_PROVIDERS = this.provider.reattach;
    }
    const run = await runTerraform(args, { cwd: this.workDir, env, binary: this.options.terraformBinary, timeoutMs: this.options.timeoutMs });
    this.runs.push(run);
    return run;
  }

  private checked(what: string, run: TerraformRun): TerraformRun {
    if (run.exitCode !== 0) {
      throw new TerraformCommandError(`terraform ${what} failed (exit code ${run.exitCode}):\n${terraformErrors(run)}`, run);
    }
    return run;
  }
}

/** The folder of a synthesized stack: the given folder, or a temporary synthesis (validations on, assets written). */
function stackFolder(source: StackSource, assetCache: string): SynthesizedFolder {
  if (typeof source === 'string') return { dir: path.resolve(source), cleanup: () => undefined };
  if (!TerraformStack.isStack(source)) {
    throw new TypeError(`TerraformWorkspace: expected a TerraformStack or the path of a cdktf.out/stacks/<name> folder, got ${source === null ? 'null' : typeof source}`);
  }
  return synthesizeStack(source, assetCache);
}
