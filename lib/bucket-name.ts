// Bucket names, APPIDs and COS domains: the rules COS sets on them, and how a full bucket name is built
// from `bucketName` or `name` + `appId`. Not exported from the package root.
import { Fn } from 'cdktf';
import { Problems, describeType, isUnresolved, quote } from './validation';

/** The full bucket name rule: `<name>-<10-digit APPID>`, lowercase letters, digits and '-'. */
export const BUCKET_NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$/;
const APP_ID_PATTERN = /^[0-9]{10}$/;
/** A COS domain `<bucket>.cos.<region>.myqcloud.com` is at most 60 characters. */
const MAX_DOMAIN_LENGTH = 60;

/** The naming props of a new bucket (a subset of BucketProps). */
export interface BucketNameProps {
  readonly bucketName?: string;
  readonly name?: string;
  readonly appId?: string;
}

/** The APPID of a full bucket name: the part after the last '-' (a Terraform expression for tokens). */
export function appIdOf(bucketName: string): string {
  if (typeof bucketName !== 'string') return '';
  if (isUnresolved(bucketName)) return Fn.element(Fn.reverse(Fn.split('-', bucketName)), 0);
  return bucketName.slice(bucketName.lastIndexOf('-') + 1);
}

/** The full name of a new bucket and its APPID, from `bucketName` or from `name` and `appId`; problems go to `problems`. */
export function resolveBucketName(p: BucketNameProps, problems: Problems): { name: string; appId: string } {
  if (p.bucketName !== undefined && (p.name !== undefined || p.appId !== undefined)) {
    problems.add(`give either 'bucketName' (e.g. 'photos-1250000000') or 'name' and 'appId', not both: got bucketName ${quote(p.bucketName)}, name ${quote(p.name)}, appId ${quote(p.appId)}.`);
  }
  if (p.bucketName !== undefined) {
    problems.addAll(checkBucketName('bucketName', p.bucketName));
    return typeof p.bucketName === 'string' ? { name: p.bucketName, appId: appIdOf(p.bucketName) } : { name: '', appId: '' };
  }
  if (p.name === undefined) {
    problems.add('a bucket needs a name: give \'bucketName\' (\'<name>-<APPID>\', e.g. \'photos-1250000000\') or \'name\' and \'appId\'.');
    return { name: '', appId: '' };
  }
  if (p.appId === undefined) {
    problems.add(`'name' ${quote(p.name)} needs 'appId': COS bucket names end with '-<APPID>', the account's 10-digit APPID (data source tencentcloud_user_info gives it). Or give the full 'bucketName'.`);
  }
  // Wrong types are reported below; what is built from them stays a string.
  const appId = typeof p.appId === 'string' ? p.appId : '';
  const nameUnresolved = isUnresolved(p.name);
  const appIdUnresolved = isUnresolved(appId);
  if (!nameUnresolved) {
    if (typeof p.name !== 'string' || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(p.name)) {
      problems.add(`'name' ${quote(p.name)} is not a valid COS bucket name: use lowercase letters, digits and '-', not starting or ending with '-'.`);
    } else if (/-[0-9]{10}$/.test(p.name) && p.appId !== undefined) {
      problems.add(`'name' ${quote(p.name)} already ends with an APPID; with 'appId' the name would be '${p.name}-${p.appId}'. Give 'bucketName' instead.`);
    }
  }
  if (p.appId !== undefined && !appIdUnresolved && (typeof p.appId !== 'string' || !APP_ID_PATTERN.test(appId))) {
    problems.add(`'appId' ${quote(p.appId)} is not an APPID: an APPID is exactly 10 digits, e.g. '1250000000'.`);
  }
  const full = `${typeof p.name === 'string' ? p.name : ''}-${appId}`;
  if (!nameUnresolved && !appIdUnresolved && typeof p.name === 'string' && full.length > 60) {
    problems.add(`bucket name ${quote(full)} is ${full.length} characters; COS allows at most 60 (including '-<APPID>').`);
  }
  return { name: full, appId };
}

/** Every rule a full bucket name breaks. Tokens are not checked. */
export function checkBucketName(prop: string, value: unknown): string[] {
  if (isUnresolved(value)) return [];
  if (typeof value !== 'string') return [`'${prop}' must be a string like 'photos-1250000000', got ${describeType(value)} ${quote(value)}.`];
  const problems: string[] = [];
  if (value.length < 1 || value.length > 60) {
    problems.push(`'${prop}' ${quote(value)} is ${value.length} characters; a COS bucket name has 1 to 60 characters (including '-<APPID>').`);
  }
  if (!BUCKET_NAME_PATTERN.test(value)) {
    // 6 to 13 digits look like a mistyped APPID; fewer are part of the name (e.g. 'logs-2024').
    const digits = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-([0-9]{6,9}|[0-9]{11,13})$/.exec(value)?.[2];
    if (digits) {
      problems.push(`'${prop}' ${quote(value)} ends in '-${digits}', ${digits.length} digits: the APPID suffix of a COS bucket name has exactly 10 digits (e.g. '-1250000000').`);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value) && !/-[0-9]{10}$/.test(value)) {
      problems.push(`'${prop}' ${quote(value)} has no APPID suffix: COS bucket names are '<name>-<APPID>' with the account's 10-digit APPID, e.g. '${value}-1250000000'.`);
    } else {
      problems.push(`'${prop}' ${quote(value)} is not a valid COS bucket name: it must match ${BUCKET_NAME_PATTERN.source} (lowercase letters, digits and '-', not starting or ending with '-', then '-' and the 10-digit APPID).`);
    }
  }
  return problems;
}

/** The problem of a bucket whose COS domain `<bucket>.cos.<region>.myqcloud.com` is too long. */
export function checkDomainLength(bucketName: string, region: string): string[] {
  const domain = `${bucketName}.cos.${region}.myqcloud.com`;
  return domain.length > MAX_DOMAIN_LENGTH
    ? [`the bucket domain ${quote(domain)} is ${domain.length} characters; COS allows at most ${MAX_DOMAIN_LENGTH}. Use a shorter bucket name.`]
    : [];
}
