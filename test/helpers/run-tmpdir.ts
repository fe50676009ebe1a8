// Every Jest run gets a temporary folder of its own, removed when the run ends. cdktf's Testing.app() and
// Testing.synth() make a folder under the system's temporary folder for every app and never remove it: a run of this
// suite makes thousands. Left in /tmp they pile up across runs, and everything that lists /tmp slows down with them
// (esbuild reads the listing of each folder above the files it bundles: 0.45 s per build with 250,000 of them).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Where the run's folder is recorded, for the teardown; the system's folder is kept beside it. */
const RUN_TMPDIR = 'COS_EVENTS_TEST_RUN_TMPDIR';
const SYSTEM_TMPDIR = 'COS_EVENTS_TEST_SYSTEM_TMPDIR';

/**
 * Makes the run's folder and points TMPDIR (read by os.tmpdir() on every call) at it. Called by Jest's globalSetup,
 * before the test processes start: they inherit the variable.
 */
export function useRunTmpdir(): string {
  const system = os.tmpdir();
  const dir = fs.mkdtempSync(path.join(system, 'cos-events-jest-'));
  process.env[SYSTEM_TMPDIR] = process.env.TMPDIR ?? '';
  process.env[RUN_TMPDIR] = dir;
  process.env.TMPDIR = dir;
  return dir;
}

/** Removes the run's folder with everything in it and restores TMPDIR (globalTeardown). */
export function removeRunTmpdir(): void {
  const dir = process.env[RUN_TMPDIR];
  if (!dir) return;
  const system = process.env[SYSTEM_TMPDIR];
  if (system) process.env.TMPDIR = system;
  else delete process.env.TMPDIR;
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_TMPDIR];
  delete process.env[SYSTEM_TMPDIR];
}
