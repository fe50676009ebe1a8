// The message an SCF function receives from a COS trigger (SCF document 583/9707, "COS Trigger Description"),
// with the helpers a handler needs to read it. Field names are exactly those COS sends. Deployed with the
// function: no imports.

/** The message an SCF function receives from a COS trigger: one or more records, merged in one invocation. */
export interface CosTriggerEvent {
  readonly Records: CosTriggerRecord[];
}

/** One notification in a COS trigger message. */
export interface CosTriggerRecord {
  readonly cos: CosRecordCos;
  readonly event: CosRecordEvent;
}

/** The `cos` part of a record: the bucket and the object. */
export interface CosRecordCos {
  /** Always `"1.0"`. */
  readonly cosSchemaVersion: string;
  readonly cosObject: CosRecordObject;
  readonly cosBucket: CosRecordBucket;
  /** The notification rule's id, e.g. `"unknown"`. */
  readonly cosNotificationId: string;
}

/** The object an event is about. */
export interface CosRecordObject {
  /** The object's URL, e.g. `http://photos-1250000000.cos.ap-guangzhou.myqcloud.com/uploads/cat.jpg`. */
  readonly url: string;
  /** Headers of the object, e.g. `x-cos-request-id`, `Content-Type` and `x-cos-meta-*` user metadata. */
  readonly meta: { readonly [header: string]: string };
  /** The version id; empty when the bucket has no versioning. */
  readonly vid: string;
  /**
   * `/<appid>/<bucket name without the appid>/<key>`, URL-encoded: not the bare object key. Use `objectKeyOf`.
   */
  readonly key: string;
  /** Size in bytes. */
  readonly size: number;
}

/** The bucket an event happened in. */
export interface CosRecordBucket {
  /** The region's short code, e.g. `gz` for ap-guangzhou: see `regionOfCode`. */
  readonly region: string;
  /** The bucket name without the `-<appid>` suffix. */
  readonly name: string;
  /** The account's APPID. */
  readonly appid: string;
}

/** What happened. */
export interface CosRecordEvent {
  /** The event type, e.g. `cos:ObjectCreated:Put` (documentation samples show the family wildcard). */
  readonly eventName: string;
  /** Always `"1.0"`. */
  readonly eventVersion: string;
  /** Always `"qcs::cos"`. */
  readonly eventSource: string;
  /** Unix time in seconds. */
  readonly eventTime: number;
  /** The function queue the message went through, e.g. `qcs:0:scf:gz:appid/1250000000:default.fn.$DEFAULT`. */
  readonly eventQueue: string;
  readonly requestParameters: CosRequestParameters;
  /** Empty. */
  readonly reservedInfo: string;
  /** The request id, a number. */
  readonly reqid: number;
}

/** The request that caused the event. */
export interface CosRequestParameters {
  /** The client's IP address. */
  readonly requestSourceIP: string;
  /** Request headers, e.g. `Authorization`. */
  readonly requestHeaders: { readonly [header: string]: string };
}

/**
 * The short region codes COS uses in `cosBucket.region` and SCF in `eventQueue`, by region name. These are the
 * codes of COS's region list for its older JSON API; regions outside it have no documented code.
 */
export const COS_REGION_CODES: { readonly [region: string]: string } = Object.freeze({
  'ap-beijing-1': 'tj',
  'ap-beijing': 'bj',
  'ap-shanghai': 'sh',
  'ap-guangzhou': 'gz',
  'ap-chengdu': 'cd',
  'ap-chongqing': 'cq',
  'ap-singapore': 'sgp',
  'ap-hongkong': 'hk',
  'na-toronto': 'ca',
  'eu-frankfurt': 'ger',
});

/**
 * The short code of a region (`ap-guangzhou` → `gz`). A short code given is returned as it is.
 * @throws when the region has no known short code
 */
export function regionCodeOf(region: string): string {
  if (typeof region !== 'string') throw new Error(`regionCodeOf: region must be a string like 'ap-guangzhou', got ${jsonText(region)}`);
  const code = Object.prototype.hasOwnProperty.call(COS_REGION_CODES, region) ? COS_REGION_CODES[region] : undefined;
  if (code) return code;
  if (Object.values(COS_REGION_CODES).includes(region)) return region;
  throw new Error(`no known COS short code for region '${region}'; known: ${describeCodes()}`);
}

/**
 * The region name of a short code as found in `cosBucket.region` (`gz` → `ap-guangzhou`). A region name given
 * is returned as it is.
 * @throws when the code is unknown
 */
export function regionOfCode(code: string): string {
  if (typeof code !== 'string') throw new Error(`regionOfCode: code must be a string like 'gz', got ${jsonText(code)}`);
  if (Object.prototype.hasOwnProperty.call(COS_REGION_CODES, code)) return code;
  const found = Object.entries(COS_REGION_CODES).find(([, c]) => c === code);
  if (found) return found[0];
  throw new Error(`unknown COS region code '${code}'; known: ${describeCodes()}`);
}

function describeCodes(): string {
  return Object.entries(COS_REGION_CODES).map(([r, c]) => `${c} (${r})`).join(', ');
}

/** The parts of `cosObject.key`. */
export interface CosObjectKeyParts {
  readonly appid: string;
  /** The bucket name without the appid. */
  readonly bucketName: string;
  /** The bucket name with the appid, as Terraform and the SDKs name it. */
  readonly bucket: string;
  /** The bare object key, URL-decoded. */
  readonly key: string;
}

/**
 * Splits `cosObject.key` (`/<appid>/<bucket>/<url-encoded key>`) into its parts.
 * @throws when the value does not have that form
 */
export function parseCosObjectKey(cosObjectKey: string): CosObjectKeyParts {
  if (typeof cosObjectKey !== 'string') throw new Error(`cosObject.key must be a string, got ${jsonText(cosObjectKey)}`);
  const match = /^\/(\d+)\/([^/]+)\/(.*)$/s.exec(cosObjectKey);
  if (!match) {
    throw new Error(`cosObject.key must look like '/<appid>/<bucket>/<key>', got ${jsonText(cosObjectKey)}`);
  }
  const [, appid, bucketName, encoded] = match;
  let key: string;
  try {
    key = decodeURIComponent(encoded);
  } catch {
    throw new Error(`cosObject.key holds a malformed URL encoding: ${jsonText(cosObjectKey)}`);
  }
  return { appid, bucketName, bucket: `${bucketName}-${appid}`, key };
}

/** The bare, URL-decoded object key of a record (`uploads/cat 1.jpg`, not `/1250000000/photos/uploads/cat%201.jpg`). */
export function objectKeyOf(record: Pick<CosTriggerRecord, 'cos'> | { readonly cos: { readonly cosObject: { readonly key: string } } }): string {
  const key = (record as { cos?: { cosObject?: { key?: unknown } } } | null | undefined)?.cos?.cosObject?.key;
  if (key === undefined) throw new Error(`objectKeyOf: expected a record of a COS message ({ cos: { cosObject: { key } } }), got ${jsonText(record)}`);
  return parseCosObjectKey(key as string).key;
}

/** A value as JSON text for messages (this module has no dependencies, so it does not use the library's quote()). */
function jsonText(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text;
  } catch {
    // BigInt or a cycle: the type instead.
  }
  return typeof value === 'symbol' ? value.toString() : Object.prototype.toString.call(value);
}

/** URL-encodes an object key the way COS writes it into `cosObject.key` and `url`: each path segment on its own. */
export function encodeObjectKey(key: string): string {
  if (typeof key !== 'string') throw new Error(`encodeObjectKey: key must be a string, got ${jsonText(key)}`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(key)) {
    throw new Error(`encodeObjectKey: key ${jsonText(key)} holds a lone UTF-16 surrogate, which is not a character: object keys are UTF-8`);
  }
  return key.split('/').map(encodeURIComponent).join('/');
}
