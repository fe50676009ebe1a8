// Jest globalSetup: the folder where the test files share the examples app's runs (see examples-app.ts).
import { createRunsFolder } from './examples-app';

export default function globalSetup(): void {
  createRunsFolder();
}
