// Object operations through the emulator's COS API, and what they must run: the invocations each one causes
// (handlers' own writes included) compared with the routing simulation of the deployed configuration and with
// the functions the test names.
import { CosEvent } from '../../../lib';
import { objectKeyOf, simulate } from '../../../lib/testing';
import { CloudEmulator, Invocation } from '../../../lib/testing/emulator';
import { ComparableRoute, liveRoute, simulatedRoute } from '../../../lib/testing/lifecycle';

/** An operation on an object, as a user or a program performs it. */
export type ObjectOperation =
  | { readonly op: 'put'; readonly bucket: string; readonly key: string; readonly body: string | Buffer; readonly storageClass?: string }
  | { readonly op: 'post'; readonly bucket: string; readonly key: string; readonly body: string | Buffer }
  | { readonly op: 'copy'; readonly bucket: string; readonly key: string; readonly from: { readonly bucket: string; readonly key: string } }
  | { readonly op: 'multipart'; readonly bucket: string; readonly key: string; readonly parts: ReadonlyArray<string | Buffer> }
  | { readonly op: 'delete'; readonly bucket: string; readonly key: string }
  | { readonly op: 'restore'; readonly bucket: string; readonly key: string };

/** The COS events an operation produces, in order (an unversioned bucket). */
export const EVENTS_OF: Record<ObjectOperation['op'], CosEvent[]> = {
  put: [CosEvent.OBJECT_CREATED_PUT],
  post: [CosEvent.OBJECT_CREATED_POST],
  copy: [CosEvent.OBJECT_CREATED_COPY],
  multipart: [CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
  delete: [CosEvent.OBJECT_REMOVE_DELETE],
  restore: [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED],
};

/** Performs the operation and waits until every delivery it caused (handlers' writes included) has finished. */
export async function perform(cloud: CloudEmulator, o: ObjectOperation): Promise<Invocation[]> {
  const before = cloud.invocations.length;
  switch (o.op) {
    case 'put': await cloud.putObject(o.bucket, o.key, o.body, o.storageClass ? { storageClass: o.storageClass } : {}); break;
    case 'post': await cloud.postObject(o.bucket, o.key, o.body); break;
    case 'copy': await cloud.copyObject(o.from, { bucket: o.bucket, key: o.key }); break;
    case 'multipart': await cloud.multipartUpload(o.bucket, o.key, o.parts); break;
    case 'delete': await cloud.deleteObject(o.bucket, o.key); break;
    case 'restore': await cloud.restoreObject(o.bucket, o.key); break;
  }
  await cloud.settle();
  return cloud.invocations.slice(before);
}

/** A route with the event and key that took it. */
export interface ObservedRoute extends ComparableRoute {
  readonly event: string;
  readonly key: string;
}

/** The routes of real invocations: function, matching live trigger, event and key of the message. */
export function observedRoutes(invocations: readonly Invocation[]): ObservedRoute[] {
  return invocations.map((i) => {
    const record = i.event.Records[0];
    return { ...liveRoute(i), event: record.event.eventName, key: objectKeyOf(record) };
  });
}

/** What the routing simulation predicts for an operation on the deployed configuration. */
export function predictedRoutes(synthesized: { [key: string]: unknown }, o: ObjectOperation): ObservedRoute[] {
  return EVENTS_OF[o.op].flatMap((event) => simulate(synthesized, { bucket: o.bucket, key: o.key, event })
    .map((s) => ({ ...simulatedRoute(s), event, key: o.key })));
}

/**
 * Performs the operation and checks that the functions that ran are exactly `functions` (in event order),
 * that each ran through the live trigger the simulation of the deployed JSON predicts, and that nothing else
 * ran (also not because of a handler's own writes). Returns the invocations for checks of their results.
 */
export async function expectRun(cloud: CloudEmulator, synthesized: { [key: string]: unknown }, o: ObjectOperation,
  functions: readonly string[]): Promise<Invocation[]> {
  const invocations = await perform(cloud, o);
  const observed = observedRoutes(invocations);
  expect({ operation: `${o.op} ${o.bucket}/${o.key}`, ran: observed.map((r) => r.functionName) })
    .toEqual({ operation: `${o.op} ${o.bucket}/${o.key}`, ran: functions });
  expect(observed).toEqual(predictedRoutes(synthesized, o));
  return invocations;
}

/**
 * Deletes every object of the stack's own buckets (so that they can be destroyed), waiting for deliveries.
 * @returns the invocations the deletions caused
 */
export async function emptyBuckets(cloud: CloudEmulator): Promise<Invocation[]> {
  const before = cloud.invocations.length;
  for (const b of cloud.buckets().filter((x) => !x.seeded)) {
    for (const o of cloud.objects(b.name)) await cloud.deleteObject(b.name, o.key);
  }
  await cloud.settle();
  return cloud.invocations.slice(before);
}
