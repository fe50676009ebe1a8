// A record of every lifecycle step (outcome, duration, first lines of the failure) for the people reading a run:
// written as JSON lines to the file named by LIFECYCLE_REPORT, when it is set. Never changes an outcome.
import * as fs from 'fs';

/** Runs a step's body, records how it went, and passes its outcome on unchanged. */
export async function recordStep(example: string, step: string, defect: string | undefined, body: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  let failure: Error | undefined;
  try {
    await body();
  } catch (e) {
    failure = e as Error;
    throw e;
  } finally {
    const file = process.env.LIFECYCLE_REPORT;
    if (file) {
      const line = {
        example,
        step,
        markedFailing: defect !== undefined,
        defect,
        failed: failure !== undefined,
        ms: Date.now() - started,
        failure: failure ? String(failure.message).split('\n').slice(0, 60).join('\n') : undefined,
      };
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
  }
}
