// What the library's own buckets and functions keep for their collaborators (rules and trigger rendering), out of
// their public interfaces: `IBucket` and `ICloudFunction` stay contracts any construct can implement. A bucket or
// function that is not registered here is treated as an imported one, from what its interface says.
import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../validation';

/** A bucket as rules and trigger rendering see it (what `IBucket` has). */
export interface RuleBucket extends IConstruct {
  readonly bucketName: string;
  readonly region?: string;
  readonly domain: string;
}

/** The parts of a bucket's identity that rules compare and render. */
export interface BucketIdentity {
  /** Identifies the real bucket: its literal name, or the construct path when the name is a token. */
  readonly key: string;
  /** How messages name the bucket. */
  readonly description: string;
  /** The bucket id `<name>-<APPID>` for a function's triggers block: a reference for buckets of the stack. */
  readonly bucketId: string;
}

const bucketIdentities = new WeakMap<IConstruct, BucketIdentity>();

/** Records the identity of a bucket the stack creates (its id is then a reference to its resource). */
export function registerBucketIdentity(bucket: IConstruct, identity: BucketIdentity): void {
  bucketIdentities.set(bucket, identity);
}

/** The identity of a bucket: as registered, or else built from its name like that of an imported bucket. */
export function bucketIdentity(bucket: RuleBucket): BucketIdentity {
  const registered = bucketIdentities.get(bucket);
  if (registered) return registered;
  const name = bucket.bucketName;
  const literal = typeof name === 'string' && !isUnresolved(name);
  return {
    key: literal ? name : `path:${bucket.node.path}`,
    description: literal ? `'${name}'` : `[${bucket.node.path}]`,
    bucketId: name,
  };
}

const ownedFunctions = new WeakMap<IConstruct, scfFunction.ScfFunction>();

/** Records the resource of a function the stack creates: its triggers block can hold the function's triggers. */
export function registerOwnedFunction(fn: IConstruct, resource: scfFunction.ScfFunction): void {
  ownedFunctions.set(fn, resource);
}

/** The resource of a function the stack creates; undefined for any other function. */
export function ownedFunctionResource(fn: IConstruct): scfFunction.ScfFunction | undefined {
  return ownedFunctions.get(fn);
}
