// Jest globalSetup: the run's own temporary folder (run-tmpdir.ts), and in it the folder where the test files share
// the examples app's runs (examples-app.ts).
import { createRunsFolder } from './examples-app';
import { useRunTmpdir } from './run-tmpdir';

export default function globalSetup(): void {
  useRunTmpdir();
  createRunsFolder();
}
