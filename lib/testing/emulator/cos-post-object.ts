// POST Object (COS document 436/14690): a browser form upload, `multipart/form-data` sent to the bucket root,
// with the key, the signature and object headers as form fields and the file last. Event: cos:ObjectCreated:Post.
import type { CosOperationResult, CosRequestContext } from './cos-context';
import { objectFields, versionHeaders } from './cos-object-api';
import { encodeKey } from './cos-request';
import { BucketRecord, CosError, etagOf } from './cos-state';
import { buildXml, xmlResponse } from './cos-xml';

interface FormPart {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly data: Buffer;
}

/** Splits a `multipart/form-data` body into its parts. @throws MalformedPOSTRequest */
function parseForm(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) {
    throw new CosError(400, 'MalformedPOSTRequest', `POST Object needs a multipart/form-data body with a boundary, got Content-Type ${JSON.stringify(contentType)}`);
  }
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw new CosError(400, 'MalformedPOSTRequest', 'The form body does not end with its closing boundary');
    const raw = body.subarray(start + 2, next - 2); // without the CRLF after the boundary and before the next one
    const split = raw.indexOf('\r\n\r\n');
    if (split < 0) throw new CosError(400, 'MalformedPOSTRequest', 'A form part has no header block');
    const head = raw.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
    if (name === undefined) throw new CosError(400, 'MalformedPOSTRequest', 'A form part has no name');
    const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim();
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), ...(type ? { contentType: type } : {}), data: raw.subarray(split + 4) });
    at = next;
  }
  return parts;
}

/** Serves POST Object on a bucket. */
export function handlePostObject(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const parts = parseForm(context.request.body, String(context.request.headers['content-type'] ?? ''));
  const fields = new Map<string, string>();
  for (const p of parts) if (p.name !== 'file') fields.set(p.name.toLowerCase(), p.data.toString('utf8'));
  const file = parts.find((p) => p.name === 'file');
  if (!file) throw new CosError(400, 'MalformedPOSTRequest', 'The form has no file field');
  if (!context.request.headers.authorization && !fields.has('q-signature') && !fields.has('signature')) {
    throw new CosError(403, 'AccessDenied', 'Access Denied: the form carries no signature (q-signature field)');
  }
  const template = fields.get('key');
  if (!template) throw new CosError(400, 'MalformedPOSTRequest', 'The form has no key field');
  const key = template.replace(/\$\{filename\}/g, file.filename ?? '');
  if (fields.has('success_action_redirect')) {
    throw new CosError(501, 'NotImplemented', 'The emulator does not implement success_action_redirect in POST Object');
  }
  const headers: { [name: string]: string } = {};
  for (const [name, value] of fields) {
    if (name === 'content-type' || name.startsWith('x-cos-meta-') || name === 'x-cos-storage-class' || name === 'cache-control'
      || name === 'content-disposition' || name === 'content-encoding' || name === 'expires') headers[name] = value;
  }
  if (!headers['content-type'] && file.contentType) headers['content-type'] = file.contentType;
  const formContext: CosRequestContext = { ...context, key, request: { ...context.request, headers } };
  const version = context.state.write(bucket, { key, body: file.data, etag: etagOf(file.data), ...objectFields(formContext) }, 'cos:ObjectCreated:Post');
  const location = `https://${bucket.name}.cos.${bucket.region}.myqcloud.com/${encodeKey(key)}`;
  const answer = { etag: version.etag, location, ...versionHeaders(bucket, version) };
  const status = fields.get('success_action_status') ?? '204';
  if (status === '201') {
    return {
      operation: 'PostObject',
      response: xmlResponse(201, buildXml('PostResponse', { Location: location, Bucket: bucket.name, Key: key, ETag: version.etag }), answer),
    };
  }
  return { operation: 'PostObject', response: { status: status === '200' ? 200 : 204, headers: answer } };
}
