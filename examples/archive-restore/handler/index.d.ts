import type { CosTriggerMessage, CosTriggerRecordFields, Log } from '../../shared/handler-types';

/** The message posted for one restored object. */
export interface RestoreMessage {
  readonly event: string;
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly versionId?: string;
  readonly completedAt?: string;
  readonly text: string;
}

export type Notify = (message: RestoreMessage) => Promise<void>;

export interface RestoreSummary {
  readonly notified: number;
  readonly messages: RestoreMessage[];
}

/** The part of `fetch` the notifier uses. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number }>;

export function createHandler(deps: { notify: Notify; log?: Log }): (event: CosTriggerMessage) => Promise<RestoreSummary>;
export function httpNotify(url: string | undefined, fetchImpl?: FetchLike): Notify;
export function messageOf(record: CosTriggerRecordFields): RestoreMessage;
export function objectKeyOf(record: CosTriggerRecordFields): string;
export function main_handler(event: CosTriggerMessage): Promise<RestoreSummary>;
