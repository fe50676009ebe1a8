// Runs before every test file (jest.setupFilesAfterEnv).
import { setupJest } from '../../lib/testing/jest';

// The library's Jest matchers.
setupJest();

// cdktf and constructs record a creation stack for every token and every piece of construct metadata: they capture
// an unlimited stack trace into a plain object (not an Error) and keep its text. Under Jest, each capture was
// formatted by Jest's source-map support, frame by frame through the source maps of the transformed files; in the
// fuzz tests that alone took most of the run. No test reads those recorded stacks, so here they keep only their
// first frames, unmapped (enough to find where a token was made). Stacks of real errors (any Error) are unchanged.
const RECORDED_FRAMES = 8;
const formatWithSourceMaps = Error.prepareStackTrace;
if (formatWithSourceMaps) {
  Error.prepareStackTrace = (target: unknown, frames: NodeJS.CallSite[]): unknown =>
    target instanceof Error
      ? formatWithSourceMaps(target as Error, frames)
      : frames.slice(0, RECORDED_FRAMES).map((frame) => `    at ${frame}`).join('\n');
}
