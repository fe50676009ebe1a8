// Archive restore: every completed restore COS reports is logged and, when NOTIFY_URL is set, posted there as JSON.
// Uses only Node.js itself (global fetch, Node 18+) and the handler entry point. Bundled with FunctionCode.fromEntry.
import { CosTriggerEvent, CosTriggerRecord, changeOf, recordsOf } from '../../lib/handler';
import { Log } from '../shared/handler-utils';

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

/** Delivers one message (or does nothing). */
export type Notify = (message: RestoreMessage) => Promise<void>;

/** What one invocation did. */
export interface RestoreSummary {
  readonly notified: number;
  readonly messages: RestoreMessage[];
}

/** The part of `fetch` the notifier uses. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string })
=> Promise<{ ok: boolean; status: number }>;

/** The message posted for one restored object. */
export function messageOf(record: CosTriggerRecord): RestoreMessage {
  const change = changeOf(record);
  return {
    event: change.event,
    bucket: change.bucket,
    key: change.key,
    size: change.size,
    versionId: change.versionId || undefined,
    completedAt: change.eventTime > 0 ? new Date(change.eventTime * 1000).toISOString() : undefined,
    text: `Restore of ${change.bucket}/${change.key} is complete: the object can be downloaded until its restored copy expires.`,
  };
}

/** Builds the handler around `notify(message)`. */
export function createHandler(deps: { notify: Notify; log?: Log }): (event: CosTriggerEvent) => Promise<RestoreSummary> {
  const { notify, log = console.log } = deps;
  return async (event) => {
    const messages: RestoreMessage[] = [];
    for (const record of recordsOf(event)) {
      const message = messageOf(record);
      log(message.text);
      await notify(message);
      messages.push(message);
    }
    return { notified: messages.length, messages };
  };
}

/** `notify` posting JSON to `url`, or doing nothing when no URL is configured. */
export function httpNotify(url: string | undefined, fetchImpl: FetchLike = globalThis.fetch): Notify {
  if (!url) return async () => undefined;
  if (!/^https:\/\//.test(url)) throw new Error(`NOTIFY_URL must be an https:// URL, got '${url}'`);
  return async (message) => {
    const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}`);
  };
}

/** The SCF entry point (`index.main_handler`). */
export async function main_handler(event: CosTriggerEvent): Promise<RestoreSummary> {
  return createHandler({ notify: httpNotify(process.env.NOTIFY_URL) })(event);
}
