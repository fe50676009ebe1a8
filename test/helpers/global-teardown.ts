// Jest globalTeardown: removes the examples app's runs and the run's temporary folder with all that the tests left in it.
import { removeRunsFolder } from './examples-app';
import { removeRunTmpdir } from './run-tmpdir';

export default function globalTeardown(): void {
  removeRunsFolder();
  removeRunTmpdir();
}
