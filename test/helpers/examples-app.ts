// The examples app (examples/main.ts, run as `npm run synth` runs it: compiled JavaScript, built first when out of
// date) is run at most once per Jest run for each environment, and its output is shared by the test files that
// read it. The folder of the run is made by global-setup.ts and removed by global-teardown.ts.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The variable through which global-setup.ts passes the run's folder to the test files. */
export const EXAMPLES_RUNS_VARIABLE = 'COS_EVENTS_TEST_EXAMPLES_RUNS';

const ROOT = path.join(__dirname, '..', '..');
const SYNTH = path.join(ROOT, 'scripts', 'synth.js');
const WAIT_MS = 240_000;

/** One run of the examples app. */
export interface ExamplesAppRun {
  /** Exit status of the process. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Where the app wrote its output (CDKTF_OUTDIR). */
  readonly outdir: string;
}

interface StoredRun extends ExamplesAppRun {
  readonly environment: { [name: string]: string | null };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes a lock folder, waiting while another test process holds it. */
function withLock<T>(lock: string, body: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() > deadline) throw new Error(`examples app: ${lock} still locked after ${WAIT_MS / 1000} s`);
      sleep(100);
    }
  }
  try {
    return body();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The run of the examples app named `name`, with the test process's environment changed by `environment`
 * (a null value removes the variable; CDKTF_OUTDIR is set to a fresh folder). The first call of a Jest run runs the
 * app; later calls, from any test file, get the same run. Asking for a name with another environment is an error.
 */
export function examplesAppRun(name: string, environment: { [name: string]: string | null }): ExamplesAppRun {
  const base = process.env[EXAMPLES_RUNS_VARIABLE];
  if (!base || !fs.existsSync(base)) throw new Error(`examples app: ${EXAMPLES_RUNS_VARIABLE} is not set; Jest's globalSetup (test/helpers/global-setup.ts) sets it`);
  const dir = path.join(base, name);
  const resultFile = path.join(dir, 'result.json');
  // One run at a time, so that two processes never compile the sources at once.
  const stored = withLock(path.join(base, 'lock'), (): StoredRun => {
    if (fs.existsSync(resultFile)) return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as StoredRun;
    const outdir = path.join(dir, 'out');
    fs.mkdirSync(outdir, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
    for (const [variable, value] of Object.entries(environment)) {
      if (value === null) delete env[variable];
      else env[variable] = value;
    }
    const run = spawnSync(process.execPath, [SYNTH], { cwd: ROOT, env, encoding: 'utf8' });
    const result: StoredRun = { status: run.status, stdout: run.stdout, stderr: run.stderr, outdir, environment };
    fs.writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
    fs.renameSync(`${resultFile}.tmp`, resultFile);
    return result;
  });
  if (JSON.stringify(stored.environment) !== JSON.stringify(environment)) {
    throw new Error(`examples app: the run '${name}' was made with another environment: ${JSON.stringify(stored.environment)}`);
  }
  return { status: stored.status, stdout: stored.stdout, stderr: stored.stderr, outdir: stored.outdir };
}

/** Makes the folder of this Jest run's examples app runs (global-setup.ts). */
export function createRunsFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-app-runs-'));
  process.env[EXAMPLES_RUNS_VARIABLE] = dir;
  return dir;
}

/** Removes it (global-teardown.ts). */
export function removeRunsFolder(): void {
  const dir = process.env[EXAMPLES_RUNS_VARIABLE];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
