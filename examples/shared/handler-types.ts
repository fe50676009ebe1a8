// Types of the message the example handlers receive. The handlers are plain JavaScript (SCF runs them as they
// are); their `index.d.ts` files describe them with the testing toolkit's types, so that the tests call them
// type-checked against the full message COS sends.
import type { CosTriggerEvent, CosTriggerRecord } from '../../lib/testing';

/** One record of a COS trigger message. */
export type CosTriggerRecordFields = CosTriggerRecord;

/** The message an SCF function receives from a COS trigger. */
export type CosTriggerMessage = CosTriggerEvent;

/** A log function, `console.log` by default. */
export type Log = (message: string) => void;
