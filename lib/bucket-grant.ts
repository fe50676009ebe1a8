// Bucket grants: the CAM actions of read and write access, the object key patterns CAM can express, and the
// statements a grant adds to the policy of a function's role.
import { Lazy } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { CamPolicyStatement, ICloudFunction } from './function-ref';
import { escapeTemplate } from './private/template-escape';
import { CosEventsError, describeType, describeValue, isUnresolved, quote } from './validation';

/**
 * What a bucket grant gave a function: returned by `grantRead`, `grantWrite` and `grantReadWrite`.
 */
export interface BucketGrant {
  /** The function that was given access. */
  readonly grantee: ICloudFunction;
  /**
   * The object key pattern, as given: `*` for every object, `<prefix>*` (e.g. `uploads/*`) for the objects whose
   * key starts with the prefix, or one object key.
   */
  readonly objectsKeyPattern: string;
  /** Every CAM action granted, e.g. `name/cos:GetObject`, in the order of the policy. */
  readonly actions: string[];
  /**
   * Every six-segment CAM resource an action is granted on, e.g.
   * `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/*`: the objects the pattern matches and,
   * with a narrower pattern, the whole bucket for the bucket-level actions. Tokens until synthesis, when the
   * bucket's region is known; synthesized, they are the resources of the role's policy document.
   */
  readonly resources: string[];
  /** The statements added to the policy of the function's role, in order: each action with its resources. */
  readonly statements: CamPolicyStatement[];
}

/** What a grant needs to know of a bucket (the members of IBucket it reads). */
export interface GrantedBucket extends IConstruct {
  readonly bucketName: string;
  readonly appId: string;
  readonly region?: string;
}

/** What a bucket grant allows. Not exported from the package root. */
export enum Access {
  READ = 'read',
  WRITE = 'write',
}

/** One action and whether CAM authorizes it on the bucket (`<bucket>/*`) rather than on the object. */
interface ActionScope {
  readonly action: string;
  readonly bucketLevel: boolean;
}

// Listing objects (GET Bucket) and in-progress multipart uploads (GET Bucket?uploads) are requests on the bucket,
// not on an object: CAM authorizes them on the bucket's resource, whatever key prefix they ask for.
const READ_ACTIONS: ActionScope[] = [
  { action: 'name/cos:GetObject', bucketLevel: false },
  { action: 'name/cos:HeadObject', bucketLevel: false },
  { action: 'name/cos:GetBucket', bucketLevel: true },
  { action: 'name/cos:OptionsObject', bucketLevel: false },
];
const WRITE_ACTIONS: ActionScope[] = [
  { action: 'name/cos:PutObject', bucketLevel: false },
  { action: 'name/cos:PostObject', bucketLevel: false },
  { action: 'name/cos:DeleteObject', bucketLevel: false },
  { action: 'name/cos:InitiateMultipartUpload', bucketLevel: false },
  { action: 'name/cos:UploadPart', bucketLevel: false },
  { action: 'name/cos:CompleteMultipartUpload', bucketLevel: false },
  { action: 'name/cos:AbortMultipartUpload', bucketLevel: false },
  { action: 'name/cos:ListMultipartUploads', bucketLevel: true },
  { action: 'name/cos:ListParts', bucketLevel: false },
];

/** The method a grant was made with, for messages. */
function methodOf(access: Access[]): string {
  return access.length === 2 ? 'grantReadWrite' : access[0] === Access.READ ? 'grantRead' : 'grantWrite';
}

/**
 * Every rule an object key pattern breaks. A pattern is what CAM matches object keys with: a key prefix followed
 * by `*`, one full key, or `*`. Tokens are not checked.
 */
export function checkKeyPattern(pattern: unknown): string[] {
  if (isUnresolved(pattern)) return [];
  if (typeof pattern !== 'string') {
    return [`'objectsKeyPattern' must be a string such as 'uploads/*', got ${describeType(pattern)} ${quote(pattern)}.`];
  }
  const allowed = "Allowed: '*' for every object, a key prefix followed by '*' (e.g. 'uploads/*'), or one object key (e.g. 'config/settings.json').";
  if (pattern === '') return [`'objectsKeyPattern' is empty. ${allowed}`];
  const problems: string[] = [];
  if (pattern.startsWith('/')) {
    problems.push(`'objectsKeyPattern' ${quote(pattern)} starts with '/': COS object keys do not, so it would match nothing. Write ${quote(pattern.replace(/^\/+/, '') || '*')}.`);
  }
  const star = pattern.indexOf('*');
  if (star !== -1 && star !== pattern.length - 1) {
    problems.push(`'objectsKeyPattern' ${quote(pattern)} has a '*' before its end: CAM matches COS object keys by prefix, with '*' only as the last character. ${allowed}`);
  }
  return problems;
}

/**
 * Checks the arguments of a grant and adds its statements to the function's role: object actions on the objects
 * the pattern matches, bucket-level actions on the bucket (one statement when the pattern is `*`).
 * Throws a CosEventsError naming the bucket for a bad function or pattern.
 */
export function grantAccess(bucket: GrantedBucket, fn: ICloudFunction, access: Access[], objectsKeyPattern: string | undefined): BucketGrant {
  const method = methodOf(access);
  const messages: string[] = [];
  if (typeof fn !== 'object' || fn === null || typeof (fn as Partial<ICloudFunction>).addToRolePolicy !== 'function') {
    messages.push(`${method}(fn): 'fn' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got ${describeValue(fn)}.`);
  }
  const pattern = objectsKeyPattern ?? '*';
  messages.push(...checkKeyPattern(pattern).map((m) => `${method}(fn, objectsKeyPattern): ${m}`));
  if (messages.length > 0) throw new CosEventsError(messages.map((message) => ({ path: bucket.node.path, message })));

  const scopes = access.flatMap((a) => (a === Access.READ ? READ_ACTIONS : WRITE_ACTIONS));
  const objects = camResource(bucket, pattern);
  let statements: CamPolicyStatement[];
  if (pattern === '*') {
    statements = [{ actions: scopes.map((s) => s.action), resources: [objects] }];
  } else {
    const bucketActions = scopes.filter((s) => s.bucketLevel).map((s) => s.action);
    statements = [{ actions: scopes.filter((s) => !s.bucketLevel).map((s) => s.action), resources: [objects] }];
    if (bucketActions.length > 0) statements.push({ actions: bucketActions, resources: [camResource(bucket, '*')] });
  }
  for (const statement of statements) fn.addToRolePolicy(statement);
  return {
    grantee: fn,
    objectsKeyPattern: pattern,
    actions: statements.flatMap((s) => s.actions),
    resources: statements.flatMap((s) => s.resources),
    statements,
  };
}

/**
 * The six-segment CAM resource of the objects of `bucket` matching `pattern`. The region segment is left empty
 * (any region) only when the region is not known at synth time; bucket names are unique within an account anyway.
 */
function camResource(bucket: GrantedBucket, pattern: string): string {
  return Lazy.stringValue({
    produce: () => escapeTemplate(`qcs::cos:${bucket.region ?? ''}:uid/${bucket.appId}:${bucket.bucketName}/${pattern}`),
  });
}
