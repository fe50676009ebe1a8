// What a COS operation of the emulator is given and what it answers: shared by cos.ts, which routes requests,
// and the files that implement the operations.
import type { CosRestores } from './cos-restore';
import type { CosState } from './cos-state';
import type { EmulatorRequest, EmulatorResponse } from './http';

/** Everything an operation needs about its request. */
export interface CosRequestContext {
  readonly state: CosState;
  readonly restores: CosRestores;
  readonly request: EmulatorRequest;
  /** `<name>-<appid>`; empty for service-level requests. */
  readonly bucketName: string;
  readonly region: string;
  /** The decoded object key; empty for bucket requests. */
  readonly key: string;
  readonly requestId: string;
}

/** An operation's answer and the name it is recorded under (e.g. `PutBucketCors`). */
export interface CosOperationResult {
  readonly operation: string;
  readonly response: EmulatorResponse;
}
