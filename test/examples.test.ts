// The example stacks of examples/: each one synthesized with validations on, its key resources checked with exact
// values, its JSON checked against the provider schema, sample events routed through its rules, and its real
// handler code run on a simulated COS message.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { examplesAppRun } from './helpers/examples-app';
import * as archiveHandler from '../examples/archive-restore/handler';
import { ArchiveRestoreStack } from '../examples/archive-restore/stack';
import * as unzipHandler from '../examples/auto-unzip/handler';
import { AutoUnzipStack, EXTRACTED_PREFIX } from '../examples/auto-unzip/stack';
import * as cdnHandler from '../examples/cdn-refresh/handler';
import { CdnRefreshStack } from '../examples/cdn-refresh/stack';
import * as dbHandler from '../examples/db-sync/handler';
import { DbSyncStack, DbSyncStackProps } from '../examples/db-sync/stack';
import { COS_BACKEND_ENV, cosBackendFromEnv } from '../examples/shared/backend';
import * as thumbnailHandler from '../examples/thumbnails/handler';
import { LOGGING_ENV, ThumbnailsStack, loggingFromEnv } from '../examples/thumbnails/stack';
import { CloudFunction, CosEvent, EventRule } from '../lib';
import { cosEvent } from '../lib/testing/event-payload';
import { invokeHandler } from '../lib/testing/invoke';
import { simulate } from '../lib/testing/simulate';

const APP_ID = '1250000000';
const REGION = 'ap-guangzhou';

/** The parts of a synthesized stack these tests read. */
interface SynthJson {
  readonly resource: { [type: string]: { [logicalId: string]: { [attribute: string]: unknown } } };
  readonly data?: { [type: string]: { [logicalId: string]: { [attribute: string]: unknown } } };
  readonly provider: { [name: string]: Array<{ [attribute: string]: unknown }> };
  readonly terraform: { readonly backend?: { [type: string]: { [attribute: string]: unknown } } };
}

interface Synthesized<S extends TerraformStack> {
  readonly stack: S;
  /** The JSON text, as `Testing.synth(stack, true)` returns it (validations run). */
  readonly synth: string;
  readonly json: SynthJson;
}

function synthesize<S extends TerraformStack>(create: (app: App) => S): Synthesized<S> {
  const stack = create(Testing.app());
  const synth = Testing.synth(stack, true);
  return { stack, synth, json: JSON.parse(synth) as SynthJson };
}

/**
 * A factory that synthesizes on its first call and returns the same result afterwards: the tests of an example read
 * its stack and JSON without changing them, so one synthesis serves them all.
 */
function once<T>(create: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: create() }).value;
}

/** The rendered JSON of one resource of the stack. */
function renderedOf(s: Synthesized<TerraformStack>, resource: TerraformResource): { [attribute: string]: unknown } {
  const rendered = s.json.resource[resource.terraformResourceType]?.[s.stack.getLogicalId(resource)];
  if (!rendered) throw new Error(`${resource.node.path} is not in the synthesized stack`);
  return rendered;
}

/** A Terraform reference to an attribute of a resource of the stack, e.g. `${tencentcloud_scf_function.X.name}`. */
function ref(s: Synthesized<TerraformStack>, resource: TerraformResource, attribute: string): string {
  return `\${${resource.terraformResourceType}.${s.stack.getLogicalId(resource)}.${attribute}}`;
}

/** Every resource of one type, rendered. */
function resourcesOfType(s: Synthesized<TerraformStack>, type: string): Array<{ [attribute: string]: unknown }> {
  return Object.values(s.json.resource[type] ?? {});
}

/** The one resource of a type in the stack (e.g. the role the library creates for a function). */
function onlyResource(s: Synthesized<TerraformStack>, type: string): TerraformResource {
  const found = s.stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource && c.terraformResourceType === type);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The statements of the one CAM policy of the stack. */
function policyStatements(s: Synthesized<TerraformStack>): unknown[] {
  const policies = resourcesOfType(s, 'tencentcloud_cam_policy');
  expect(policies).toHaveLength(1);
  return (JSON.parse(policies[0].document as string) as { statement: unknown[] }).statement;
}

/** The environment of a function, as rendered. */
function environmentOf(s: Synthesized<TerraformStack>, fn: CloudFunction): { [name: string]: string } {
  return renderedOf(s, fn.resource).environment as { [name: string]: string };
}

/** The name a function is deployed with: what the routing simulation reports. */
function deployedName(s: Synthesized<TerraformStack>, fn: CloudFunction): string {
  return renderedOf(s, fn.resource).name as string;
}

/** The standalone trigger of a rule, rendered (none when the rule's triggers are entries of its function's block). */
function triggersOf(s: Synthesized<TerraformStack>, rule: EventRule): Array<{ [attribute: string]: unknown }> {
  return rule.triggers.map((t) => renderedOf(s, t));
}

/** The entries of a function's triggers block, rendered. */
function entriesOf(s: Synthesized<TerraformStack>, fn: CloudFunction): Array<{ [attribute: string]: unknown }> {
  return (renderedOf(s, fn.resource).triggers ?? []) as Array<{ [attribute: string]: unknown }>;
}

/** One entry of a function's triggers block for a bucket of the stack. */
function entry(s: Synthesized<TerraformStack>, bucket: TerraformResource, desc: string): { [attribute: string]: unknown } {
  return { type: 'cos', name: ref(s, bucket, 'bucket'), cos_region: REGION, trigger_desc: desc };
}

/** The function names the routing simulation reaches for one event. */
function routedTo(stack: TerraformStack, bucket: string, key: string, event: CosEvent): string[] {
  return simulate(stack, { bucket, key, event }).map((m) => m.functionName);
}

/** A COS message with several records. */
function message(...events: Array<{ bucket: string; key: string; event: CosEvent }>): { Records: any[] } {
  return { Records: events.flatMap((e) => cosEvent({ ...e, region: REGION }).Records) };
}

/** Collects log lines instead of printing them. */
function logSink(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
}

/**
 * The function's deployed package, as `cdktf synth` writes it (the bundle of its TypeScript handler), unpacked the
 * way SCF unpacks it: the path of the handler file, for `invokeHandler`.
 */
function deployedHandler(s: Synthesized<TerraformStack>, fn: CloudFunction): string {
  const outdir = Testing.fullSynth(s.stack);
  const zip = path.join(outdir, 'stacks', s.stack.node.id, renderedOf(s, fn.resource).zip_file as string);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deployed-'));
  for (const [file, data] of Object.entries(unzipSync(fs.readFileSync(zip)))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), data);
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  expect(fs.readdirSync(dir)).toEqual(['index.js']);
  return path.join(dir, 'index.js');
}

const READ_OBJECT_ACTIONS = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:OptionsObject'];
const WRITE_OBJECT_ACTIONS = ['name/cos:PutObject', 'name/cos:PostObject', 'name/cos:DeleteObject', 'name/cos:InitiateMultipartUpload',
  'name/cos:UploadPart', 'name/cos:CompleteMultipartUpload', 'name/cos:AbortMultipartUpload', 'name/cos:ListParts'];

/**
 * The COS calls a handler made that the stack's role policy does not allow, as CAM matches them: the action, and
 * the object's six-segment resource against each resource of the statement (a trailing '*' matches any rest).
 */
function callsOutsideGrants(s: Synthesized<TerraformStack>, cos: MemoryCos): string[] {
  const statements = policyStatements(s) as Array<{ action: string[]; resource: string[] }>;
  const allowed = (action: string, resource: string) => statements.some((st) => st.action.includes(action)
    && st.resource.some((r) => (r.endsWith('*') ? resource.startsWith(r.slice(0, -1)) : resource === r)));
  const calls = [...cos.gets.map((g) => ['name/cos:GetObject', g] as const), ...cos.puts.map((p) => ['name/cos:PutObject', p] as const)];
  return calls.map(([action, c]) => [action, `qcs::cos:${c.Region}:uid/${APP_ID}:${c.Bucket}/${c.Key}`])
    .filter(([action, resource]) => !allowed(action, resource))
    .map(([action, resource]) => `${action} ${resource}`);
}

/** A COS client in memory, with the SDK's parameter names. */
class MemoryCos implements thumbnailHandler.ThumbnailStorage, unzipHandler.ArchiveStorage {
  public readonly objects = new Map<string, Buffer>();
  public readonly gets: Array<{ Bucket: string; Region: string; Key: string; QueryString?: string }> = [];
  public readonly puts: Array<{ Bucket: string; Region: string; Key: string; Body: Buffer; ContentType?: string }> = [];

  public async getObject(params: { Bucket: string; Region: string; Key: string; QueryString?: string }): Promise<{ Body: Buffer }> {
    this.gets.push(params);
    const body = this.objects.get(`${params.Bucket}/${params.Key}`);
    if (!body) throw new Error(`NoSuchKey: ${params.Bucket}/${params.Key}`);
    // Image processing answers with a (pretend) smaller image.
    return { Body: params.QueryString ? Buffer.from(`${params.QueryString} of ${params.Key}`) : body };
  }

  public async putObject(params: { Bucket: string; Region: string; Key: string; Body: Buffer; ContentType?: string }): Promise<unknown> {
    this.puts.push(params);
    this.objects.set(`${params.Bucket}/${params.Key}`, params.Body);
    return { statusCode: 200 };
  }
}

/** The header of a PNG image: signature and IHDR chunk (all the handler reads). */
function pngHeader(width: number, height: number): Buffer {
  const chunk = Buffer.alloc(25);
  chunk.writeUInt32BE(13, 0);
  chunk.write('IHDR', 4, 'latin1');
  chunk.writeUInt32BE(width, 8);
  chunk.writeUInt32BE(height, 12);
  chunk[16] = 8; // bit depth
  chunk[17] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk]);
}

/** A JPEG skeleton: SOI, a JFIF APP0 segment, a baseline SOF0 frame header, EOI. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.alloc(19);
  sof0.writeUInt16BE(0xffc0, 0);
  sof0.writeUInt16BE(17, 2);
  sof0[4] = 8;
  sof0.writeUInt16BE(height, 5);
  sof0.writeUInt16BE(width, 7);
  sof0[9] = 3;
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.from([0xff, 0xd9])]);
}

describe('thumbnails', () => {
  const INPUT = `photos-${APP_ID}`;
  const OUTPUT = `photos-thumbnails-${APP_ID}`;
  // Synthesized anew where the environment (the TF_COS_BACKEND_* variables) decides the result.
  const synthesizeThumbnails = () => synthesize((app) => new ThumbnailsStack(app, 'thumbnails', { region: REGION, appId: APP_ID }));
  const thumbnails = once(synthesizeThumbnails);

  test('two private buckets, originals archived after 30 days, one function, one rule on its alias', () => {
    // WHEN
    const s = thumbnails();
    // THEN
    expect(renderedOf(s, s.stack.input.resource)).toEqual({
      bucket: INPUT,
      acl: 'private',
      encryption_algorithm: 'AES256',
      lifecycle_rules: [{
        id: 'archive-originals',
        filter_prefix: 'uploads/',
        transition: [{ days: 30, storage_class: 'ARCHIVE' }],
        abort_incomplete_multipart_upload: { days_after_initiation: 7 },
      }],
    });
    expect(renderedOf(s, s.stack.output.resource)).toEqual({ bucket: OUTPUT, acl: 'private', encryption_algorithm: 'AES256' });
    expect(s.json.provider.tencentcloud).toEqual([{ region: REGION }]);
    expect(renderedOf(s, s.stack.thumbnailer.resource)).toMatchObject({
      runtime: 'Nodejs18.15',
      handler: 'index.main_handler',
      mem_size: 512,
      timeout: 60,
      enable_public_net: true,
      environment: { COS_REGION: REGION, OUTPUT_BUCKET: OUTPUT, OUTPUT_PREFIX: 'thumbnails/', THUMBNAIL_SIZE: '256' },
      role: ref(s, onlyResource(s, 'tencentcloud_cam_role'), 'name'),
    });
    // No CLS ids unless they are configured: SCF's default log destination.
    expect(renderedOf(s, s.stack.thumbnailer.resource)).not.toHaveProperty('cls_logset_id');
    expect(renderedOf(s, s.stack.thumbnailer.resource)).not.toHaveProperty('cls_topic_id');
    // One trigger of the function on the bucket: a standalone trigger, no triggers block.
    expect(entriesOf(s, s.stack.thumbnailer)).toEqual([]);
    expect(resourcesOfType(s, 'tencentcloud_scf_trigger')).toEqual(triggersOf(s, s.stack.rule));
  });

  test('the rule invokes the alias live, which routes to the current version', () => {
    const s = thumbnails();
    const fn = s.stack.thumbnailer;
    const version = fn.currentVersion;
    const alias = s.stack.live;
    expect(renderedOf(s, version.resource)).toEqual({
      function_name: ref(s, fn.resource, 'name'),
      namespace: 'default',
      description: 'Current version, published again when the function changes',
      lifecycle: { create_before_destroy: true, replace_triggered_by: ['terraform_data.Thumbnailer_CurrentVersion_Configuration_136837BC'] },
    });
    expect(s.json.resource.terraform_data.Thumbnailer_CurrentVersion_Configuration_136837BC).toEqual({
      input: { function_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(renderedOf(s, alias.resource)).toEqual({
      name: 'live',
      function_name: ref(s, fn.resource, 'name'),
      namespace: 'default',
      function_version: ref(s, version.resource, 'function_version'),
      description: `What uploads invoke (routes to version ${ref(s, version.resource, 'function_version')})`,
      lifecycle: { replace_triggered_by: ['terraform_data.Thumbnailer_Alias-live_Identity_20B209E1'] },
    });
    expect(s.stack.rule.node.id).toBe('OnUpload');
    expect(triggersOf(s, s.stack.rule)).toEqual([{
      type: 'cos',
      function_name: ref(s, fn.resource, 'name'),
      namespace: 'default',
      trigger_name: ref(s, s.stack.input.resource, 'cos_bucket_url'),
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":""}}',
      enable: 'OPEN',
      qualifier: ref(s, alias.resource, 'name'),
      description: 'Thumbnail images uploaded under uploads/',
      depends_on: ['terraform_data.CosTriggerOrder-photos-1250000000'],
      lifecycle: { replace_triggered_by: ['terraform_data.OnUpload_TriggerConfig_D46556EC'] },
    }]);
  });

  test('failed invocations are retried three times, events older than three hours dropped', () => {
    const s = thumbnails();
    expect(resourcesOfType(s, 'tencentcloud_scf_function_event_invoke_config')).toEqual([renderedOf(s, s.stack.retries.resource)]);
    expect(renderedOf(s, s.stack.retries.resource)).toEqual({
      function_name: ref(s, s.stack.thumbnailer.resource, 'name'),
      namespace: 'default',
      async_trigger_config: { retry_config: [{ retry_num: 3 }], msg_ttl: 10800 },
      lifecycle: { replace_triggered_by: ['terraform_data.Thumbnailer_AsyncInvokeConfig_Identity_8B08B8A2'] },
    });
  });

  test('logging: the CLS ids come from THUMBNAILS_CLS_LOGSET_ID and THUMBNAILS_CLS_TOPIC_ID, both or neither', () => {
    const logsetId = '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f';
    const topicId = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    expect(loggingFromEnv({})).toBeUndefined();
    expect(loggingFromEnv({ THUMBNAILS_CLS_LOGSET_ID: ' ', THUMBNAILS_CLS_TOPIC_ID: '' })).toBeUndefined();
    expect(loggingFromEnv({ THUMBNAILS_CLS_LOGSET_ID: logsetId, THUMBNAILS_CLS_TOPIC_ID: ` ${topicId}` })).toEqual({ logsetId, topicId });
    expect(() => loggingFromEnv({ THUMBNAILS_CLS_LOGSET_ID: logsetId })).toThrow(
      "THUMBNAILS_CLS_LOGSET_ID is set but THUMBNAILS_CLS_TOPIC_ID is not: set both (a CLS logset and a topic in it) or neither (SCF's default log destination).");
    expect(() => loggingFromEnv({ THUMBNAILS_CLS_TOPIC_ID: topicId })).toThrow(
      "THUMBNAILS_CLS_TOPIC_ID is set but THUMBNAILS_CLS_LOGSET_ID is not: set both (a CLS logset and a topic in it) or neither (SCF's default log destination).");
    // WHEN the ids are given
    const s = synthesize((app) => new ThumbnailsStack(app, 'thumbnails', {
      region: REGION, appId: APP_ID, logging: loggingFromEnv({ THUMBNAILS_CLS_LOGSET_ID: logsetId, THUMBNAILS_CLS_TOPIC_ID: topicId }),
    }));
    // THEN the function logs there, and a new logging destination publishes a new current version
    expect(renderedOf(s, s.stack.thumbnailer.resource)).toMatchObject({ cls_logset_id: logsetId, cls_topic_id: topicId });
    expect(s.synth).toConformToProviderSchema();
    expect(s.json.resource.terraform_data.Thumbnailer_CurrentVersion_Configuration_136837BC)
      .not.toEqual(thumbnails().json.resource.terraform_data.Thumbnailer_CurrentVersion_Configuration_136837BC);
    // AND an id that is not a CLS id is refused at synth time
    expect(() => synthesize((app) => new ThumbnailsStack(app, 'thumbnails', {
      region: REGION, appId: APP_ID, logging: { logsetId: 'my-logset', topicId },
    }))).toThrow("'logging.logsetId' 'my-logset' is not a CLS id: CLS ids are UUIDs like '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f'.");
  });

  test('the role reads the uploads of the input bucket and writes the thumbnails of the output bucket, nothing else', () => {
    const s = thumbnails();
    expect(policyStatements(s)).toEqual([
      { action: READ_OBJECT_ACTIONS, effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${INPUT}/uploads/*`] },
      { action: ['name/cos:GetBucket'], effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${INPUT}/*`] },
      { action: WRITE_OBJECT_ACTIONS, effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${OUTPUT}/thumbnails/*`] },
      { action: ['name/cos:ListMultipartUploads'], effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${OUTPUT}/*`] },
    ]);
  });

  test('conforms to the provider schema', () => {
    expect(thumbnails().synth).toConformToProviderSchema();
  });

  test('routes every object created under uploads/ to the function, and nothing else', () => {
    const s = thumbnails();
    const fn = deployedName(s, s.stack.thumbnailer);
    expect(routedTo(s.stack, INPUT, 'uploads/cat.jpg', CosEvent.OBJECT_CREATED_PUT)).toEqual([fn]);
    expect(routedTo(s.stack, INPUT, 'uploads/2024/dog.png', CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD)).toEqual([fn]);
    expect(routedTo(s.stack, INPUT, 'uploads/cat.png', CosEvent.OBJECT_CREATED_POST)).toEqual([fn]);
    expect(routedTo(s.stack, INPUT, 'uploads/cat.JPG', CosEvent.OBJECT_CREATED_PUT)).toEqual([fn]);
    // The handler skips what is not an image (see below).
    expect(routedTo(s.stack, INPUT, 'uploads/notes.txt', CosEvent.OBJECT_CREATED_PUT)).toEqual([fn]);
    expect(routedTo(s.stack, INPUT, 'other/cat.jpg', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(routedTo(s.stack, INPUT, 'uploads/cat.jpg', CosEvent.OBJECT_REMOVE_DELETE)).toEqual([]);
    // Restoring an archived original is not an upload: it invokes nothing.
    expect(routedTo(s.stack, INPUT, 'uploads/cat.jpg', CosEvent.OBJECT_RESTORE_POST)).toEqual([]);
    expect(routedTo(s.stack, INPUT, 'uploads/cat.jpg', CosEvent.OBJECT_RESTORE_COMPLETED)).toEqual([]);
  });

  test('the full route: the match names the rule, its event, its filter and the alias', () => {
    const s = thumbnails();
    const [match, ...more] = simulate(s.stack, { bucket: INPUT, key: 'uploads/cat.png', event: CosEvent.OBJECT_CREATED_PUT });
    expect(more).toEqual([]);
    expect(match).toMatchObject({
      functionName: deployedName(s, s.stack.thumbnailer),
      namespace: 'default',
      qualifier: 'live',
      triggerPath: 'thumbnails/OnUpload/Trigger',
      ruleEvent: CosEvent.OBJECT_CREATED,
      filter: { prefix: 'uploads/', suffix: '' },
      enabled: true,
    });
  });

  test('handler: recognises the image, writes the thumbnail and its description to the output bucket', async () => {
    // GIVEN the storage holds a 1024 x 512 PNG and a small JPEG with a key that needs URL-decoding
    const s = thumbnails();
    const cos = new MemoryCos();
    cos.objects.set(`${INPUT}/uploads/cat.png`, pngHeader(1024, 512));
    cos.objects.set(`${INPUT}/uploads/小猫 2.jpg`, jpegHeader(200, 100));
    const { lines, log } = logSink();
    const config = thumbnailHandler.configFromEnv(environmentOf(s, s.stack.thumbnailer));
    const handle = thumbnailHandler.createHandler({ storage: cos, config, log });
    // WHEN
    const summary = await handle(message(
      { bucket: INPUT, key: 'uploads/cat.png', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: INPUT, key: 'uploads/小猫 2.jpg', event: CosEvent.OBJECT_CREATED_POST },
    ));
    // THEN the large image is scaled by COS image processing, the small one copied as it is
    expect(cos.gets).toEqual([
      { Bucket: INPUT, Region: REGION, Key: 'uploads/cat.png' },
      { Bucket: INPUT, Region: REGION, Key: 'uploads/cat.png', QueryString: 'imageMogr2/thumbnail/256x128' },
      { Bucket: INPUT, Region: REGION, Key: 'uploads/小猫 2.jpg' },
    ]);
    expect(cos.puts.map((p) => [p.Bucket, p.Key, p.ContentType])).toEqual([
      [OUTPUT, 'thumbnails/uploads/cat.png', 'image/png'],
      [OUTPUT, 'thumbnails/uploads/cat.png.json', 'application/json'],
      [OUTPUT, 'thumbnails/uploads/小猫 2.jpg', 'image/jpeg'],
      [OUTPUT, 'thumbnails/uploads/小猫 2.jpg.json', 'application/json'],
    ]);
    expect(cos.puts[0].Body.toString()).toBe('imageMogr2/thumbnail/256x128 of uploads/cat.png');
    expect(cos.puts[2].Body).toEqual(jpegHeader(200, 100));
    // Every read and write is one the narrowed grants allow.
    expect(cos.gets.length + cos.puts.length).toBe(7);
    expect(callsOutsideGrants(s, cos)).toEqual([]);
    expect(JSON.parse(cos.puts[1].Body.toString())).toEqual({
      source: { bucket: INPUT, key: 'uploads/cat.png', bytes: 33 },
      format: 'png',
      width: 1024,
      height: 512,
      thumbnail: { bucket: OUTPUT, key: 'thumbnails/uploads/cat.png', width: 256, height: 128 },
      event: expect.stringMatching(/^cos:ObjectCreated:/),
    });
    expect(summary).toEqual({
      processed: 2,
      skipped: 0,
      results: [
        { key: 'uploads/cat.png', status: 'done', thumbnailKey: 'thumbnails/uploads/cat.png', format: 'png', width: 256, height: 128 },
        { key: 'uploads/小猫 2.jpg', status: 'done', thumbnailKey: 'thumbnails/uploads/小猫 2.jpg', format: 'jpeg', width: 200, height: 100 },
      ],
    });
    expect(lines).toEqual([
      `${INPUT}/uploads/cat.png: png 1024x512 -> ${OUTPUT}/thumbnails/uploads/cat.png 256x128`,
      `${INPUT}/uploads/小猫 2.jpg: jpeg 200x100 -> ${OUTPUT}/thumbnails/uploads/小猫 2.jpg 200x100`,
    ]);
  });

  test('no loop: nothing the handler writes reaches a function', async () => {
    const s = thumbnails();
    const cos = new MemoryCos();
    cos.objects.set(`${INPUT}/uploads/cat.png`, pngHeader(640, 480));
    const config = thumbnailHandler.configFromEnv(environmentOf(s, s.stack.thumbnailer));
    const handle = thumbnailHandler.createHandler({ storage: cos, config, log: () => undefined });
    await handle(message({ bucket: INPUT, key: 'uploads/cat.png', event: CosEvent.OBJECT_CREATED_PUT }));
    expect(cos.puts).toHaveLength(2);
    for (const put of cos.puts) {
      for (const event of [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD]) {
        expect(routedTo(s.stack, put.Bucket, put.Key, event)).toEqual([]);
      }
    }
    // Even the input key, written to the output bucket, reaches nothing: the output bucket has no rule.
    expect(routedTo(s.stack, OUTPUT, 'uploads/cat.png', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
  });

  test('handler: skips what is not a PNG or JPEG, and records of the output bucket', async () => {
    const cos = new MemoryCos();
    cos.objects.set(`${INPUT}/uploads/fake.png`, Buffer.from('GIF89a, not a png'));
    cos.objects.set(`${INPUT}/uploads/notes.txt`, Buffer.from('not an image'));
    const { lines, log } = logSink();
    const handle = thumbnailHandler.createHandler({
      storage: cos, config: { region: REGION, outputBucket: OUTPUT, outputPrefix: 'thumbnails/', size: 256 }, log,
    });
    const summary = await handle(message(
      { bucket: INPUT, key: 'uploads/fake.png', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: INPUT, key: 'uploads/notes.txt', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: OUTPUT, key: 'thumbnails/uploads/cat.png', event: CosEvent.OBJECT_CREATED_PUT },
    ));
    expect(summary).toEqual({
      processed: 0,
      skipped: 3,
      results: [
        { key: 'uploads/fake.png', status: 'skipped', reason: 'not a PNG or JPEG image' },
        { key: 'uploads/notes.txt', status: 'skipped', reason: 'not a .jpg, .jpeg or .png key' },
        { key: 'thumbnails/uploads/cat.png', status: 'skipped', reason: 'output bucket' },
      ],
    });
    // A key without an image ending is skipped before anything is downloaded.
    expect(cos.gets.map((g) => g.Key)).toEqual(['uploads/fake.png']);
    expect(cos.puts).toEqual([]);
    expect(lines).toEqual([
      `skip ${INPUT}/uploads/fake.png: not a PNG or JPEG image`,
      `skip ${INPUT}/uploads/notes.txt: not a .jpg, .jpeg or .png key`,
      `skip ${OUTPUT}/thumbnails/uploads/cat.png: it is in the output bucket`,
    ]);
  });

  test('handler: image keys end in .jpg, .jpeg or .png, in any case', () => {
    expect(thumbnailHandler.IMAGE_EXTENSIONS).toEqual(['.jpg', '.jpeg', '.png']);
    expect(['uploads/a.jpg', 'uploads/b.JPEG', 'uploads/c.Png', 'uploads/小猫 2.jpg'].map(thumbnailHandler.hasImageExtension)).toEqual([true, true, true, true]);
    expect(['uploads/a.gif', 'uploads/jpg', 'uploads/a.png.txt', 'uploads/'].map(thumbnailHandler.hasImageExtension)).toEqual([false, false, false, false]);
  });

  test('handler: inspectImage and fitWithin', () => {
    expect(thumbnailHandler.inspectImage(pngHeader(3000, 2000))).toEqual({ format: 'png', width: 3000, height: 2000 });
    expect(thumbnailHandler.inspectImage(jpegHeader(640, 480))).toEqual({ format: 'jpeg', width: 640, height: 480 });
    expect(thumbnailHandler.inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
    expect(thumbnailHandler.inspectImage(Buffer.alloc(0))).toBeUndefined();
    expect(thumbnailHandler.fitWithin(3000, 2000, 256)).toEqual({ width: 256, height: 171 });
    expect(thumbnailHandler.fitWithin(100, 4000, 256)).toEqual({ width: 6, height: 256 });
    expect(thumbnailHandler.fitWithin(120, 80, 256)).toEqual({ width: 120, height: 80 });
  });

  test('the deployed package takes credentials only from the environment SCF provides', async () => {
    const s = thumbnails();
    const event = cosEvent({ bucket: INPUT, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT, region: REGION });
    await expect(invokeHandler(deployedHandler(s, s.stack.thumbnailer), event, { environment: environmentOf(s, s.stack.thumbnailer) }))
      .rejects.toThrow('no role credentials in the environment: the function needs a role (the stack grants bucket access to it)');
  });

  describe('Terraform state in COS (examples/shared/backend.ts)', () => {
    const names = Object.values(COS_BACKEND_ENV);
    const original = Object.fromEntries(names.map((n) => [n, process.env[n]]));
    beforeEach(() => names.forEach((n) => delete process.env[n]));
    afterEach(() => names.forEach((n) => (original[n] === undefined ? delete process.env[n] : (process.env[n] = original[n]))));

    test('off by default: no backend block, so synth needs no network', () => {
      expect(synthesizeThumbnails().json.terraform.backend).toBeUndefined();
    });

    test('on when TF_COS_BACKEND_BUCKET is set, from the TF_COS_BACKEND_* variables', () => {
      process.env.TF_COS_BACKEND_BUCKET = 'tfstate-1250000000';
      process.env.TF_COS_BACKEND_REGION = 'ap-shanghai';
      process.env.TF_COS_BACKEND_PREFIX = 'state/examples';
      const s = synthesizeThumbnails();
      expect(s.json.terraform.backend).toEqual({
        cos: { bucket: 'tfstate-1250000000', region: 'ap-shanghai', prefix: 'state/examples', key: 'thumbnails.tfstate', encrypt: true },
      });
      expect(s.synth).toConformToProviderSchema();
    });

    test('defaults: prefix terraform/state, key <stack>.tfstate, encrypted; region left to the environment', () => {
      const stack = new TerraformStack(Testing.app(), 'my-stack');
      cosBackendFromEnv(stack, { TF_COS_BACKEND_BUCKET: 'tfstate-1250000000', TF_COS_BACKEND_ENCRYPT: 'false', TF_COS_BACKEND_KEY: '' });
      expect(JSON.parse(Testing.synth(stack)).terraform.backend).toEqual({
        cos: { bucket: 'tfstate-1250000000', prefix: 'terraform/state', key: 'my-stack.tfstate', encrypt: false },
      });
    });

    test('rejects a bucket name without APPID and an encrypt value that is not a boolean', () => {
      const app = Testing.app();
      expect(() => cosBackendFromEnv(new TerraformStack(app, 'a'), { TF_COS_BACKEND_BUCKET: 'tfstate' }))
        .toThrow("TF_COS_BACKEND_BUCKET='tfstate' is not a full COS bucket name: use '<name>-<APPID>', e.g. 'tfstate-1250000000'.");
      expect(() => cosBackendFromEnv(new TerraformStack(app, 'b'), { TF_COS_BACKEND_BUCKET: 'tfstate-1250000000', TF_COS_BACKEND_ENCRYPT: 'yes' }))
        .toThrow("TF_COS_BACKEND_ENCRYPT='yes' must be 'true' or 'false'.");
    });

    test('an empty bucket variable leaves the backend off', () => {
      const stack = new TerraformStack(Testing.app(), 'c');
      expect(cosBackendFromEnv(stack, { TF_COS_BACKEND_BUCKET: '  ' })).toBeUndefined();
    });

    afterAll(() => {
      // The environment is as it was before this block.
      expect(Object.fromEntries(names.map((n) => [n, process.env[n]]))).toEqual(original);
    });
  });
});

describe('auto-unzip', () => {
  const BUCKET = `uploads-${APP_ID}`;
  const autoUnzip = once(() => synthesize((app) => new AutoUnzipStack(app, 'auto-unzip', { region: REGION, appId: APP_ID })));

  test('one rule, two triggers: Put and CompleteMultipartUpload of archives/*.zip', () => {
    const s = autoUnzip();
    expect(renderedOf(s, s.stack.bucket.resource)).toMatchObject({ bucket: BUCKET, acl: 'private' });
    expect(renderedOf(s, s.stack.extractor.resource)).toMatchObject({
      mem_size: 1024,
      timeout: 600,
      environment: { COS_REGION: REGION, ARCHIVE_PREFIX: 'archives/', EXTRACTED_PREFIX: 'extracted/', MAX_EXTRACTED_BYTES: '1073741824' },
    });
    expect(s.stack.rule.triggers).toEqual([]);
    expect(entriesOf(s, s.stack.extractor)).toEqual([
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectCreated:CompleteMultipartUpload","filter":{"Prefix":"archives/","Suffix":".zip"}}'),
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"archives/","Suffix":".zip"}}'),
    ]);
    expect(resourcesOfType(s, 'tencentcloud_scf_trigger')).toEqual([]);
    // Read the archives, write the extracted files; listing on the bucket.
    expect(policyStatements(s)).toEqual([
      { action: READ_OBJECT_ACTIONS, effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${BUCKET}/archives/*`] },
      { action: ['name/cos:GetBucket'], effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${BUCKET}/*`] },
      { action: WRITE_OBJECT_ACTIONS, effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${BUCKET}/extracted/*`] },
      { action: ['name/cos:ListMultipartUploads'], effect: 'allow', resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${BUCKET}/*`] },
    ]);
  });

  test('conforms to the provider schema', () => {
    expect(autoUnzip().synth).toConformToProviderSchema();
  });

  test('routes uploaded archives to the extractor, and never extracted files', () => {
    const s = autoUnzip();
    const fn = deployedName(s, s.stack.extractor);
    expect(routedTo(s.stack, BUCKET, 'archives/2024/batch.zip', CosEvent.OBJECT_CREATED_PUT)).toEqual([fn]);
    expect(routedTo(s.stack, BUCKET, 'archives/2024/batch.zip', CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD)).toEqual([fn]);
    expect(routedTo(s.stack, BUCKET, 'archives/2024/batch.zip', CosEvent.OBJECT_CREATED_POST)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'archives/2024/batch.zip', CosEvent.OBJECT_CREATED_COPY)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'archives/2024/batch.tar.gz', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'extracted/a.zip', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'extracted/2024/batch/inner.zip', CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD)).toEqual([]);
  });

  test('handler: extracts stored and deflated entries, refuses unsafe names, and its output triggers nothing', async () => {
    // GIVEN an archive with a stored file, a deflated file with a UTF-8 name, a nested .zip and a zip-slip entry
    const s = autoUnzip();
    const inner = zipSync({ 'x.txt': strToU8('inner') });
    const archive = Buffer.from(zipSync({
      'readme.txt': [strToU8('hello'), { level: 0 }],
      'docs/报告.txt': strToU8('line\n'.repeat(200)),
      'nested/inner.zip': inner,
      '../evil.sh': strToU8('rm -rf /'),
    }));
    const cos = new MemoryCos();
    cos.objects.set(`${BUCKET}/archives/2024/batch.zip`, archive);
    const { lines, log } = logSink();
    const handle = unzipHandler.createHandler({ storage: cos, config: unzipHandler.configFromEnv(environmentOf(s, s.stack.extractor)), log });
    const event = message({ bucket: BUCKET, key: 'archives/2024/batch.zip', event: CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD });
    // WHEN
    const summary = await handle(event);
    // THEN
    expect(cos.puts.map((p) => [p.Bucket, p.Key, p.Body.length])).toEqual([
      [BUCKET, 'extracted/2024/batch/readme.txt', 5],
      [BUCKET, 'extracted/2024/batch/docs/报告.txt', 1000],
      [BUCKET, 'extracted/2024/batch/nested/inner.zip', inner.length],
    ]);
    expect(cos.puts[0].Body.toString()).toBe('hello');
    // Every read and write is one the narrowed grants allow.
    expect(cos.gets).toHaveLength(1);
    expect(callsOutsideGrants(s, cos)).toEqual([]);
    expect(summary).toEqual({
      archives: 1,
      files: 3,
      details: [{
        key: 'archives/2024/batch.zip',
        status: 'extracted',
        folder: 'extracted/2024/batch/',
        files: cos.puts.map((p) => p.Key),
        rejected: ['../evil.sh'],
      }],
    });
    expect(lines).toEqual([
      `${BUCKET}/archives/2024/batch.zip (${event.Records[0].event.eventName}): 3 files extracted to extracted/2024/batch/; refused unsafe names: ../evil.sh`,
    ]);
    // No loop: not even the nested archive reaches the extractor.
    for (const put of cos.puts) {
      for (const created of [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD]) {
        expect(routedTo(s.stack, put.Bucket, put.Key, created)).toEqual([]);
      }
      expect(put.Key.startsWith(EXTRACTED_PREFIX)).toBe(true);
    }
  });

  test('handler: stops at MAX_EXTRACTED_BYTES, refuses what is not a zip, skips keys outside the archive folder', async () => {
    const cos = new MemoryCos();
    cos.objects.set(`${BUCKET}/archives/big.zip`, Buffer.from(zipSync({ 'a.bin': new Uint8Array(600), 'b.bin': new Uint8Array(600) })));
    cos.objects.set(`${BUCKET}/archives/broken.zip`, Buffer.from('PK, but not really'));
    const config = { region: REGION, archivePrefix: 'archives/', extractedPrefix: 'extracted/', maxBytes: 1000 };
    const handle = unzipHandler.createHandler({ storage: cos, config, log: () => undefined });
    await expect(handle(message({ bucket: BUCKET, key: 'archives/big.zip', event: CosEvent.OBJECT_CREATED_PUT })))
      .rejects.toThrow('the extracted files would exceed 1000 bytes');
    await expect(handle(message({ bucket: BUCKET, key: 'archives/broken.zip', event: CosEvent.OBJECT_CREATED_PUT })))
      .rejects.toThrow('not a zip archive: no end-of-central-directory record');
    expect(await handle(message({ bucket: BUCKET, key: 'extracted/x.zip', event: CosEvent.OBJECT_CREATED_PUT })))
      .toEqual({ archives: 0, files: 0, details: [{ key: 'extracted/x.zip', status: 'skipped', files: [] }] });
    expect(cos.gets.map((g) => g.Key)).toEqual(['archives/big.zip', 'archives/broken.zip']);
  });

  test('handler: safe entry paths and destination folders', () => {
    expect(['a.txt', 'dir/../b.txt', 'c\\d.txt', '../x', '/etc/passwd', 'C:/x', './', 'a/../../x'].map(unzipHandler.safeEntryPath))
      .toEqual(['a.txt', 'b.txt', 'c/d.txt', undefined, undefined, undefined, undefined, undefined]);
    const config = { region: REGION, archivePrefix: 'archives/', extractedPrefix: 'extracted/', maxBytes: 1 };
    expect(unzipHandler.destinationFolder('archives/2024/Photos.ZIP', config)).toBe('extracted/2024/Photos/');
    expect(unzipHandler.destinationFolder('elsewhere/a.zip', config)).toBe('extracted/elsewhere/a/');
  });

  test('the deployed package takes credentials only from the environment SCF provides', async () => {
    const s = autoUnzip();
    const event = cosEvent({ bucket: BUCKET, key: 'archives/a.zip', event: CosEvent.OBJECT_CREATED_PUT, region: REGION });
    await expect(invokeHandler(deployedHandler(s, s.stack.extractor), event, { environment: environmentOf(s, s.stack.extractor) }))
      .rejects.toThrow('no role credentials in the environment: the function needs a role (the stack grants bucket access to it)');
  });
});

describe('cdn-refresh', () => {
  const BUCKET = `website-${APP_ID}`;
  const cdnRefresh = once(() => synthesize((app) => new CdnRefreshStack(app, 'cdn-refresh', { region: REGION, appId: APP_ID, cdnDomain: 'static.example.com' })));

  test('one rule on static/ for every create and remove; the role may only purge', () => {
    const s = cdnRefresh();
    expect(environmentOf(s, s.stack.purger)).toEqual({ CDN_DOMAIN: 'static.example.com', CDN_PROTOCOL: 'https' });
    expect(entriesOf(s, s.stack.purger)).toEqual([
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"static/","Suffix":""}}'),
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"static/","Suffix":""}}'),
    ]);
    expect(resourcesOfType(s, 'tencentcloud_scf_trigger')).toEqual([]);
    expect(policyStatements(s)).toEqual([{ action: ['name/cdn:PurgeUrlsCache'], effect: 'allow', resource: ['*'] }]);
    // No key of any kind in the function configuration.
    expect(Object.keys(environmentOf(s, s.stack.purger)).filter((k) => /SECRET|TOKEN|KEY/.test(k))).toEqual([]);
  });

  test('conforms to the provider schema', () => {
    expect(cdnRefresh().synth).toConformToProviderSchema();
  });

  test('routes creates and removes under static/ to the purger', () => {
    const s = cdnRefresh();
    const fn = deployedName(s, s.stack.purger);
    for (const event of [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COPY,
      CosEvent.OBJECT_REMOVE_DELETE, CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED]) {
      expect(routedTo(s.stack, BUCKET, 'static/css/app.css', event)).toEqual([fn]);
    }
    expect(routedTo(s.stack, BUCKET, 'index.html', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'Static/app.css', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'static/app.css', CosEvent.OBJECT_RESTORE_COMPLETED)).toEqual([]);
  });

  test('handler: purges the URL of every changed object once, percent-encoded', async () => {
    const s = cdnRefresh();
    const batches: string[][] = [];
    const purge: cdnHandler.Purge = async (urls) => {
      batches.push(urls);
      return { TaskId: `task-${batches.length}`, RequestId: 'r' };
    };
    const { lines, log } = logSink();
    const handle = cdnHandler.createHandler({ purge, config: cdnHandler.configFromEnv(environmentOf(s, s.stack.purger)), log });
    const summary = await handle(message(
      { bucket: BUCKET, key: 'static/css/app v2.css', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: BUCKET, key: 'static/图片/logo.png', event: CosEvent.OBJECT_REMOVE_DELETE },
      { bucket: BUCKET, key: 'static/css/app v2.css', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: BUCKET, key: 'static/empty-folder/', event: CosEvent.OBJECT_CREATED_PUT },
    ));
    const urls = [
      'https://static.example.com/static/css/app%20v2.css',
      'https://static.example.com/static/%E5%9B%BE%E7%89%87/logo.png',
    ];
    expect(batches).toEqual([urls]);
    expect(summary).toEqual({ purged: 2, urls, tasks: ['task-1'] });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('purge task task-1 for 2 URL(s)');
  });

  test('handler: large messages are purged in batches', async () => {
    const batches: number[] = [];
    const handle = cdnHandler.createHandler({
      purge: async (urls) => {
        batches.push(urls.length);
        return { TaskId: String(batches.length) };
      },
      config: { domain: 'cdn.example.com', protocol: 'http' },
      log: () => undefined,
    });
    const events = Array.from({ length: 250 }, (_, i) => ({ bucket: BUCKET, key: `static/f${i}.js`, event: CosEvent.OBJECT_CREATED_PUT }));
    const summary = await handle(message(...events));
    expect(batches).toEqual([cdnHandler.BATCH_SIZE, cdnHandler.BATCH_SIZE, 250 - 2 * cdnHandler.BATCH_SIZE]);
    expect(summary.urls[0]).toBe('http://cdn.example.com/static/f0.js');
    expect(summary.tasks).toEqual(['1', '2', '3']);
  });

  test('handler: configuration errors name the variable', () => {
    expect(() => cdnHandler.configFromEnv({})).toThrow('missing environment variable: CDN_DOMAIN');
    expect(() => cdnHandler.configFromEnv({ CDN_DOMAIN: 'https://static.example.com' }))
      .toThrow("CDN_DOMAIN must be a bare domain such as static.example.com, got 'https://static.example.com'");
    expect(() => cdnHandler.configFromEnv({ CDN_DOMAIN: 'a.example.com', CDN_PROTOCOL: 'ftp' })).toThrow("CDN_PROTOCOL must be http or https, got 'ftp'");
  });

  test('the deployed package takes credentials only from the environment SCF provides', async () => {
    const s = cdnRefresh();
    const event = cosEvent({ bucket: BUCKET, key: 'static/app.js', event: CosEvent.OBJECT_CREATED_PUT, region: REGION });
    await expect(invokeHandler(deployedHandler(s, s.stack.purger), event, { environment: environmentOf(s, s.stack.purger) }))
      .rejects.toThrow('no role credentials in the environment: the function needs a role allowed to call cdn:PurgeUrlsCache');
  });
});

describe('db-sync', () => {
  const BUCKET = `documents-${APP_ID}`;
  const props: DbSyncStackProps = {
    region: REGION,
    appId: APP_ID,
    vpcId: 'vpc-1a2b3c4d',
    subnetId: 'subnet-1a2b3c4d',
    database: { host: '10.0.1.10', name: 'catalog', table: 'cos_objects', user: 'indexer', credentialsSecretName: 'catalog-indexer-db' },
  };
  const dbSyncWith = (p: DbSyncStackProps) => synthesize((app) => new DbSyncStack(app, 'db-sync', p));
  const dbSync = once(() => dbSyncWith(props));

  test('the function runs in the VPC and finds the database through environment variables, without a password', () => {
    const s = dbSync();
    expect(renderedOf(s, s.stack.indexer.resource)).toMatchObject({ vpc_id: 'vpc-1a2b3c4d', subnet_id: 'subnet-1a2b3c4d', enable_public_net: true });
    expect(environmentOf(s, s.stack.indexer)).toEqual({
      DB_HOST: '10.0.1.10',
      DB_PORT: '3306',
      DB_NAME: 'catalog',
      DB_TABLE: 'cos_objects',
      DB_USER: 'indexer',
      DB_CREDENTIALS_SSM_NAME: 'catalog-indexer-db',
      DB_CREDENTIALS_SSM_VERSION: 'v1',
      SSM_REGION: REGION,
    });
    expect(s.synth).not.toMatch(/password/i);
  });

  test('created and removed objects under documents/ have one rule each; the role may read the one secret', () => {
    const s = dbSync();
    expect([s.stack.onCreated, s.stack.onRemoved].map((r) => r.node.path)).toEqual(['db-sync/Documents/OnCreated', 'db-sync/Documents/OnRemoved']);
    expect(entriesOf(s, s.stack.indexer)).toEqual([
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"documents/","Suffix":""}}'),
      entry(s, s.stack.bucket.resource, '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"documents/","Suffix":""}}'),
    ]);
    expect(resourcesOfType(s, 'tencentcloud_scf_trigger')).toEqual([]);
    const deployer = Object.keys(s.json.data?.tencentcloud_user_info ?? {});
    expect(deployer).toHaveLength(1);
    const info = `data.tencentcloud_user_info.${deployer[0]}`;
    expect(policyStatements(s)).toEqual([{
      action: ['name/ssm:GetSecretValue'],
      effect: 'allow',
      resource: [`qcs::ssm:${REGION}:uin/\${${info}.owner_uin}:secret/creatorUin/\${${info}.uin}/catalog-indexer-db`],
    }]);
  });

  test('the secret creator can be given explicitly', () => {
    const s = dbSyncWith({ ...props, secretCreatorUin: '100000000011' });
    expect((policyStatements(s)[0] as { resource: string[] }).resource[0]).toMatch(/:secret\/creatorUin\/100000000011\/catalog-indexer-db$/);
  });

  test('conforms to the provider schema', () => {
    expect(dbSync().synth).toConformToProviderSchema();
  });

  test('routes creates and removes under documents/ to the indexer, with the rule event that fired', () => {
    const s = dbSync();
    const fn = deployedName(s, s.stack.indexer);
    const created = simulate(s.stack, { bucket: BUCKET, key: 'documents/2024/report.pdf', event: CosEvent.OBJECT_CREATED_PUT });
    expect(created.map((m) => [m.functionName, m.ruleEvent])).toEqual([[fn, CosEvent.OBJECT_CREATED]]);
    const removed = simulate(s.stack, { bucket: BUCKET, key: 'documents/2024/report.pdf', event: CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED });
    expect(removed.map((m) => [m.functionName, m.ruleEvent])).toEqual([[fn, CosEvent.OBJECT_REMOVE]]);
    expect(routedTo(s.stack, BUCKET, 'tmp/report.pdf', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
  });

  test('handler: upserts on create and deletes on remove, with bound parameters and an ordering guard', async () => {
    // GIVEN a connection that records what it is asked to run
    const s = dbSync();
    const statements: Array<[string, unknown[]]> = [];
    const connection: dbHandler.SqlConnection = {
      execute: async (sql, params) => {
        statements.push([sql, params]);
        return [{ affectedRows: 1 }];
      },
    };
    const config = dbHandler.configFromEnv(environmentOf(s, s.stack.indexer));
    const { lines, log } = logSink();
    const handle = dbHandler.createHandler({ index: dbHandler.mysqlIndex(connection, config.table), log });
    const created = cosEvent({ bucket: BUCKET, key: 'documents/年报 2024.pdf', event: CosEvent.OBJECT_CREATED_PUT, region: REGION });
    const removed = cosEvent({ bucket: BUCKET, key: 'documents/old.pdf', event: CosEvent.OBJECT_REMOVE_DELETE, region: REGION });
    // WHEN
    const summary = await handle({ Records: [...created.Records, ...removed.Records] });
    // THEN
    const c = created.Records[0];
    const r = removed.Records[0];
    expect(statements).toEqual([
      [
        'INSERT INTO `cos_objects` (bucket, key_sha256, object_key, size_bytes, version_id, last_event, last_event_time) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
          'ON DUPLICATE KEY UPDATE object_key = IF(VALUES(last_event_time) >= last_event_time, VALUES(object_key), object_key), ' +
          'size_bytes = IF(VALUES(last_event_time) >= last_event_time, VALUES(size_bytes), size_bytes), ' +
          'version_id = IF(VALUES(last_event_time) >= last_event_time, VALUES(version_id), version_id), ' +
          'last_event = IF(VALUES(last_event_time) >= last_event_time, VALUES(last_event), last_event), ' +
          'last_event_time = GREATEST(last_event_time, VALUES(last_event_time))',
        [BUCKET, dbHandler.keyHash('documents/年报 2024.pdf'), 'documents/年报 2024.pdf', c.cos.cosObject.size, c.cos.cosObject.vid,
          c.event.eventName, c.event.eventTime],
      ],
      [
        'DELETE FROM `cos_objects` WHERE bucket = ? AND key_sha256 = ? AND last_event_time <= ?',
        [BUCKET, dbHandler.keyHash('documents/old.pdf'), r.event.eventTime],
      ],
    ]);
    expect(summary).toEqual({
      upserted: 1,
      deleted: 1,
      ignored: 0,
      changes: [{ action: 'upsert', key: 'documents/年报 2024.pdf', rows: 1 }, { action: 'delete', key: 'documents/old.pdf', rows: 1 }],
    });
    expect(lines).toHaveLength(2);
    expect(dbHandler.keyHash('documents/old.pdf')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('handler: with an index double, every event family is routed to the right call', async () => {
    const calls: Array<[string, dbHandler.IndexRow]> = [];
    const handle = dbHandler.createHandler({
      index: {
        upsert: async (row) => {
          calls.push(['upsert', row]);
          return 1;
        },
        remove: async (row) => {
          calls.push(['remove', row]);
          return 0;
        },
      },
      log: () => undefined,
    });
    const summary = await handle(message(
      { bucket: BUCKET, key: 'documents/a', event: CosEvent.OBJECT_CREATED_COPY },
      { bucket: BUCKET, key: 'documents/a', event: CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED },
      { bucket: BUCKET, key: 'documents/a', event: CosEvent.OBJECT_RESTORE_COMPLETED },
    ));
    expect(calls.map(([call, row]) => [call, row.bucket, row.key])).toEqual([['upsert', BUCKET, 'documents/a'], ['remove', BUCKET, 'documents/a']]);
    expect(summary).toMatchObject({ upserted: 1, deleted: 1, ignored: 1 });
  });

  test('handler: refuses a table name that is not a plain identifier; reads both secret formats', () => {
    const connection: dbHandler.SqlConnection = { execute: async () => [{ affectedRows: 0 }] };
    expect(() => dbHandler.mysqlIndex(connection, 'cos_objects; DROP TABLE users'))
      .toThrow("DB_TABLE must be a plain MySQL table name, got 'cos_objects; DROP TABLE users'");
    expect(dbHandler.parseCredentials('s3cr3t-from-ssm', 'indexer')).toEqual({ user: 'indexer', password: 's3cr3t-from-ssm' });
    expect(dbHandler.parseCredentials('{"UserName":"rotated","Password":"p"}', 'indexer')).toEqual({ user: 'rotated', password: 'p' });
    expect(() => dbHandler.configFromEnv({ DB_HOST: 'h' })).toThrow('missing environment variables: DB_NAME, DB_TABLE, DB_USER, DB_CREDENTIALS_SSM_NAME, SSM_REGION');
  });

  test('the deployed package takes credentials only from the environment SCF provides', async () => {
    const s = dbSync();
    const event = cosEvent({ bucket: BUCKET, key: 'documents/a.pdf', event: CosEvent.OBJECT_CREATED_PUT, region: REGION });
    await expect(invokeHandler(deployedHandler(s, s.stack.indexer), event, { environment: environmentOf(s, s.stack.indexer) }))
      .rejects.toThrow('no role credentials in the environment: the function needs a role allowed to call ssm:GetSecretValue');
  });
});

describe('archive-restore', () => {
  const BUCKET = `cold-archive-${APP_ID}`;
  const archiveRestoreWith = (notifyUrl?: string) =>
    synthesize((app) => new ArchiveRestoreStack(app, 'archive-restore', { region: REGION, bucketName: BUCKET, notifyUrl }));
  const archiveRestore = once(() => archiveRestoreWith());

  test('the imported bucket is referenced, never created; one trigger on ObjectRestore:Completed', () => {
    const s = archiveRestore();
    expect(resourcesOfType(s, 'tencentcloud_cos_bucket')).toEqual([]);
    // The function's only trigger on the bucket: a standalone trigger, replaced (never updated) when its
    // configuration, kept in a terraform_data anchor, changes.
    const config = s.stack.rule.node.findChild('TriggerConfig') as TerraformResource;
    const values = {
      trigger_name: `${BUCKET}.cos.${REGION}.myqcloud.com`,
      trigger_desc: '{"event":"cos:ObjectRestore:Completed","filter":{"Prefix":"","Suffix":""}}',
      enable: 'OPEN',
      qualifier: '$LATEST',
      description: 'Announce completed archive restores',
    };
    expect(triggersOf(s, s.stack.rule)).toEqual([{
      ...values,
      type: 'cos',
      function_name: ref(s, s.stack.notifier.resource, 'name'),
      namespace: 'default',
      depends_on: [`terraform_data.CosTriggerOrder-${BUCKET}`],
      lifecycle: { replace_triggered_by: [`terraform_data.${s.stack.getLogicalId(config)}`] },
    }]);
    expect(renderedOf(s, config)).toEqual({ input: values });
    expect(s.json.resource.terraform_data[`CosTriggerOrder-${BUCKET}`]).toEqual({ input: { standalone_triggers: ['archive-restore/OnRestoreCompleted/Trigger'] } });
    // No permissions needed, so no role.
    expect(resourcesOfType(s, 'tencentcloud_cam_role')).toEqual([]);
    expect(renderedOf(s, s.stack.notifier.resource).environment).toBeUndefined();
  });

  test('the notification URL, when given, is the only configuration', () => {
    const s = archiveRestoreWith('https://hooks.example.com/cos-restores');
    expect(environmentOf(s, s.stack.notifier)).toEqual({ NOTIFY_URL: 'https://hooks.example.com/cos-restores' });
  });

  test('conforms to the provider schema', () => {
    expect(archiveRestore().synth).toConformToProviderSchema();
  });

  test('routes only completed restores to the notifier', () => {
    const s = archiveRestore();
    const fn = deployedName(s, s.stack.notifier);
    expect(routedTo(s.stack, BUCKET, 'reports/2019.pdf', CosEvent.OBJECT_RESTORE_COMPLETED)).toEqual([fn]);
    expect(routedTo(s.stack, BUCKET, 'reports/2019.pdf', CosEvent.OBJECT_RESTORE_POST)).toEqual([]);
    expect(routedTo(s.stack, BUCKET, 'reports/2019.pdf', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
  });

  test('handler: the deployed package, run the way SCF runs it, logs each restore', async () => {
    const s = archiveRestore();
    const event = cosEvent({ bucket: BUCKET, key: 'reports/2019 Q4.pdf', event: CosEvent.OBJECT_RESTORE_COMPLETED, region: REGION });
    const handlerFile = deployedHandler(s, s.stack.notifier);
    const logs = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const result = await invokeHandler(handlerFile, event, { handler: 'main_handler', environment: {} });
      const text = `Restore of ${BUCKET}/reports/2019 Q4.pdf is complete: the object can be downloaded until its restored copy expires.`;
      expect(result).toMatchObject({ notified: 1, messages: [{ bucket: BUCKET, key: 'reports/2019 Q4.pdf', text }] });
    } finally {
      logs.mockRestore();
    }
  });

  test('handler: posts one JSON message per record to NOTIFY_URL', async () => {
    const posts: Array<{ url: string; body: unknown; method: string }> = [];
    const notify = archiveHandler.httpNotify('https://hooks.example.com/restores', async (url, init) => {
      posts.push({ url, body: JSON.parse(init.body), method: init.method });
      return { ok: true, status: 204 };
    });
    const event = message(
      { bucket: BUCKET, key: 'a.tar', event: CosEvent.OBJECT_RESTORE_COMPLETED },
      { bucket: BUCKET, key: 'b/c.tar', event: CosEvent.OBJECT_RESTORE_COMPLETED },
    );
    const summary = await archiveHandler.createHandler({ notify, log: () => undefined })(event);
    expect(posts.map((p) => [p.method, p.url, (p.body as { key: string }).key])).toEqual([
      ['POST', 'https://hooks.example.com/restores', 'a.tar'],
      ['POST', 'https://hooks.example.com/restores', 'b/c.tar'],
    ]);
    expect(posts[0].body).toEqual({
      event: event.Records[0].event.eventName,
      bucket: BUCKET,
      key: 'a.tar',
      size: event.Records[0].cos.cosObject.size,
      completedAt: new Date(event.Records[0].event.eventTime * 1000).toISOString(),
      text: `Restore of ${BUCKET}/a.tar is complete: the object can be downloaded until its restored copy expires.`,
    });
    expect(summary.notified).toBe(2);
  });

  test('handler: a failed post fails the invocation; only https URLs are accepted', async () => {
    const notify = archiveHandler.httpNotify('https://hooks.example.com/restores', async () => ({ ok: false, status: 502 }));
    const event = message({ bucket: BUCKET, key: 'a.tar', event: CosEvent.OBJECT_RESTORE_COMPLETED });
    await expect(archiveHandler.createHandler({ notify, log: () => undefined })(event)).rejects.toThrow('POST https://hooks.example.com/restores answered 502');
    expect(() => archiveHandler.httpNotify('http://hooks.example.com/restores')).toThrow("NOTIFY_URL must be an https:// URL, got 'http://hooks.example.com/restores'");
  });
});

describe('examples/main.ts', () => {
  test('writes every example stack, with its handler package, to the output folder, offline', () => {
    // GIVEN an empty output folder, no credentials and no configuration from the environment
    const absent = ['TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', ...Object.values(COS_BACKEND_ENV), ...Object.values(LOGGING_ENV)];
    // WHEN the app runs as `npm run synth` runs it
    const run = examplesAppRun('no-credentials', Object.fromEntries(absent.map((name) => [name, null])));
    // THEN
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outdir = run.outdir;
    const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
    expect(stacks).toEqual(['archive-restore', 'auto-unzip', 'cdn-refresh', 'db-sync', 'thumbnails']);
    for (const stack of stacks) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as SynthJson;
      const [fn] = Object.values(json.resource.tencentcloud_scf_function);
      expect(fs.existsSync(path.join(outdir, 'stacks', stack, fn.zip_file as string))).toBe(true);
      // Without THUMBNAILS_CLS_* no function names a CLS topic: SCF's default log destination.
      expect(fn).not.toHaveProperty('cls_topic_id');
      expect(json.terraform.backend).toEqual({ local: { path: expect.stringMatching(new RegExp(`terraform\\.${stack}\\.tfstate$`)) } });
    }
  }, 240_000);
});
