// Jest globalTeardown: removes the examples app's runs of this Jest run.
import { removeRunsFolder } from './examples-app';

export default function globalTeardown(): void {
  removeRunsFolder();
}
