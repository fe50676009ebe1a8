// Security defaults: buckets are private and encrypted unless asked otherwise, no credential ever reaches the
// synthesized output (of the example stacks, with credentials in the environment), credential environment
// variables are refused, and function roles are least privilege.
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { unzipSync } from 'fflate';
import { Bucket, BucketAcl, BucketEncryption, BucketWithTrigger, CloudFunction, CloudFunctionProps, CosEvent, FunctionCode, Runtime } from '../lib';
import { ExamplesAppRun, examplesAppRun } from './helpers/examples-app';
import { APP_ID, REGION, newStack, rendered, resourcesOf, synth, synthError, synthText } from './helpers/stack';

const PHOTOS = `photos-${APP_ID}`;

/** Fake credentials, shaped like real ones (a secret id is `AKID` and 32 letters and digits). */
const FAKE_SECRET_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const FAKE_SECRET_KEY = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLEKEY';
const FAKE_TOKEN = 'fake-session-token-0123456789abcdef';
const SECRET_ID_SHAPE = /AKID[0-9A-Za-z]{32}/;

/** Keys whose literal value would be a credential. */
const CREDENTIAL_KEY = /(secret_?id|secret_?key|secretid|secretkey|security_?token|session_?token|password|passwd|private_?key|access_?key)$/i;

function codeBucket(stack: TerraformStack): Bucket {
  return (stack.node.tryFindChild('Code') as Bucket | undefined) ?? new Bucket(stack, 'Code', { bucketName: `code-${APP_ID}` });
}

function fn(stack: TerraformStack, props: Partial<CloudFunctionProps> = {}, id = 'Fn'): CloudFunction {
  return new CloudFunction(stack, id, { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket(stack), 'code.zip'), ...props });
}

/** The warnings cdktf recorded on a construct. */
function warningsOf(construct: { node: { metadata: Array<{ type: string; data: unknown }> } }): string[] {
  return construct.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

/** Every (key path, value) of a JSON document whose key looks like a credential and whose value is a literal. */
function literalCredentials(json: unknown, at = ''): string[] {
  if (Array.isArray(json)) return json.flatMap((v, i) => literalCredentials(v, `${at}[${i}]`));
  if (typeof json !== 'object' || json === null) return [];
  return Object.entries(json as { [key: string]: unknown }).flatMap(([k, v]) => {
    const here = `${at}.${k}`;
    if (CREDENTIAL_KEY.test(k) && typeof v === 'string' && v !== '' && !/^\$\{[^}]+\}$/.test(v)) return [`${here}=${v}`];
    return literalCredentials(v, here);
  });
}

/** Statements of a CAM policy document. */
interface Statement {
  readonly action: string | string[];
  readonly effect: string;
  readonly resource?: string | string[];
  readonly principal?: unknown;
}
function statementsOf(document: unknown): Statement[] {
  return (JSON.parse(document as string) as { statement: Statement[] }).statement;
}
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('buckets are private and encrypted unless asked', () => {
  test('by default: acl private, SSE-COS (AES256), no warning', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const json = synth(stack);
    expect(rendered(json, stack, bucket.resource)).toMatchObject({ bucket: PHOTOS, acl: 'private', encryption_algorithm: 'AES256' });
    expect(warningsOf(bucket)).toEqual([]);
  });

  test('BucketWithTrigger creates its bucket private and encrypted too', () => {
    const { stack } = newStack();
    const construct = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: PHOTOS },
      function: { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket(stack), 'code.zip') },
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });
    const json = synth(stack);
    expect(rendered(json, stack, (construct.bucket as Bucket).resource)).toMatchObject({ acl: 'private', encryption_algorithm: 'AES256' });
  });

  test('public-read only when set explicitly, and then with a warning', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Site', { bucketName: `site-${APP_ID}`, acl: BucketAcl.PUBLIC_READ });
    const json = synth(stack);
    expect(rendered(json, stack, bucket.resource)).toMatchObject({ acl: 'public-read', encryption_algorithm: 'AES256' });
    expect(warningsOf(bucket)).toEqual([expect.stringContaining("is readable by anyone on the internet (acl 'public-read')")]);
  });

  test('public-read-write is possible only explicitly, with a warning', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Drop', { bucketName: `drop-${APP_ID}`, acl: BucketAcl.PUBLIC_READ_WRITE });
    expect(rendered(synth(stack), stack, bucket.resource)).toMatchObject({ acl: 'public-read-write' });
    expect(warningsOf(bucket)).toEqual([expect.stringContaining("acl 'public-read-write'")]);
  });

  test('an ACL outside the canned list is refused, not passed through', () => {
    const { stack } = newStack();
    new Bucket(stack, 'Photos', { bucketName: PHOTOS, acl: 'authenticated-read' as BucketAcl });
    expect(synthError(stack)).toContain("[test/Photos] 'acl' 'authenticated-read' is not a COS canned ACL");
  });

  test('opting out of encryption is explicit: UNENCRYPTED renders no algorithm', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Public', { bucketName: `public-${APP_ID}`, encryption: BucketEncryption.UNENCRYPTED });
    const r = rendered(synth(stack), stack, bucket.resource);
    expect(r.acl).toBe('private');
    expect(r).not.toHaveProperty('encryption_algorithm');
  });

  test('KMS and SM4 are rendered as asked', () => {
    const { stack } = newStack();
    const kms = new Bucket(stack, 'Kms', { bucketName: `kms-${APP_ID}`, encryption: BucketEncryption.KMS, kmsKeyId: 'key-1234' });
    const sm4 = new Bucket(stack, 'Sm4', { bucketName: `sm4-${APP_ID}`, encryption: BucketEncryption.SM4 });
    const json = synth(stack);
    expect(rendered(json, stack, kms.resource)).toMatchObject({ encryption_algorithm: 'KMS', kms_id: 'key-1234', acl: 'private' });
    expect(rendered(json, stack, sm4.resource)).toMatchObject({ encryption_algorithm: 'SM4', acl: 'private' });
  });

  test('no bucket policy or ACL grant resource is ever created', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const f = fn(stack);
    bucket.onObjectCreated(f);
    bucket.grantReadWrite(f);
    const json = synth(stack);
    expect(Object.keys(json.resource).filter((t) => /bucket_policy|bucket_acl|public_access/.test(t))).toEqual([]);
  });
});

describe('credentials never reach the synthesized output', () => {
  let outdir: string;
  let run: ExamplesAppRun;

  beforeAll(() => {
    // The examples app, run as `npm run synth` runs it, with credentials in its environment.
    // Configuration from the environment (state backend, CLS ids) is left out: the run sees credentials only.
    const configuration = Object.keys(process.env).filter((n) => n.startsWith('TF_COS_BACKEND_') || n.startsWith('THUMBNAILS_CLS_')).sort();
    run = examplesAppRun('with-credentials', {
      TENCENTCLOUD_SECRET_ID: FAKE_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: FAKE_SECRET_KEY,
      TENCENTCLOUD_SECURITY_TOKEN: FAKE_TOKEN,
      ...Object.fromEntries(configuration.map((name) => [name, null])),
    });
    outdir = run.outdir;
  }, 240_000);

  /** Every file of the output folder. */
  function files(dir: string = outdir): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  }

  /** The text of a file; for a zip package, of every file in it. */
  function texts(file: string): Array<{ name: string; text: string }> {
    const data = fs.readFileSync(file);
    if (file.endsWith('.zip')) {
      return Object.entries(unzipSync(new Uint8Array(data))).map(([entry, bytes]) => ({ name: `${file}!${entry}`, text: Buffer.from(bytes).toString('utf8') }));
    }
    return [{ name: file, text: data.toString('utf8') }];
  }

  function stackJsons(): Array<{ stack: string; json: { [key: string]: any } }> {
    return fs.readdirSync(path.join(outdir, 'stacks')).sort().map((stack) => ({
      stack,
      json: JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')),
    }));
  }

  test('the examples app synthesizes every stack', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(stackJsons().map((s) => s.stack)).toEqual(['archive-restore', 'auto-unzip', 'cdn-refresh', 'db-sync', 'thumbnails']);
    // Handler packages are scanned too.
    expect(files().filter((f) => f.endsWith('.zip')).length).toBeGreaterThanOrEqual(5);
  });

  test('no file (Terraform JSON, manifest, handler packages) holds the credentials or anything shaped like a secret id', () => {
    const scanned = files().flatMap(texts);
    expect(scanned.length).toBeGreaterThan(10);
    const leaks = scanned.flatMap(({ name, text }) => [
      ...(text.includes(FAKE_SECRET_ID) ? [`${name}: the secret id`] : []),
      ...(text.includes(FAKE_SECRET_KEY) ? [`${name}: the secret key`] : []),
      ...(text.includes(FAKE_TOKEN) ? [`${name}: the session token`] : []),
      ...(SECRET_ID_SHAPE.test(text) ? [`${name}: ${SECRET_ID_SHAPE.exec(text)![0]}`] : []),
    ]);
    expect(leaks).toEqual([]);
  });

  test('provider blocks hold no credentials: only the region', () => {
    for (const { stack, json } of stackJsons()) {
      const providers = json.provider.tencentcloud as Array<{ [key: string]: unknown }>;
      expect({ stack, providers }).toEqual({ stack, providers: [{ region: REGION }] });
      expect(literalCredentials(json.provider)).toEqual([]);
    }
  });

  test('no credential-like key with a literal value anywhere (environment variables, backends, resources)', () => {
    for (const { stack, json } of stackJsons()) {
      expect({ stack, found: literalCredentials(json) }).toEqual({ stack, found: [] });
      expect({ stack, backend: json.terraform.backend }).toEqual({ stack, backend: { local: expect.any(Object) } });
    }
  });

  test('every role trusts only SCF, and no preset or account-wide policy is attached', () => {
    for (const { json } of stackJsons()) {
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/Qcloud\w*(FullAccess|ReadOnlyAccess)|AdministratorAccess/);
      expect(Object.keys(json.resource).filter((t) => /policy_attachment_by_name|cam_user|cam_group|cam_service_linked/.test(t))).toEqual([]);
      for (const role of resourcesOf(json, 'tencentcloud_cam_role')) {
        expect(statementsOf(role.document)).toEqual([{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['scf.qcloud.com'] } }]);
        expect(role.console_login).toBe(false);
      }
      const policies = Object.keys(json.resource.tencentcloud_cam_policy ?? {});
      for (const attachment of resourcesOf(json, 'tencentcloud_cam_role_policy_attachment')) {
        expect(policies.map((p) => `\${tencentcloud_cam_policy.${p}.id}`)).toContain(attachment.policy_id);
      }
    }
  });

  test('no policy grants every action; COS access is always scoped to one bucket (and there to a key prefix or all keys)', () => {
    // The one exception: CDN's PurgeUrlsCache on '*' in the cdn-refresh example (examples/cdn-refresh/stack.ts).
    const ALLOWED_STAR_RESOURCE = ['name/cdn:PurgeUrlsCache'];
    for (const { stack, json } of stackJsons()) {
      for (const policy of resourcesOf(json, 'tencentcloud_cam_policy')) {
        for (const s of statementsOf(policy.document)) {
          const actions = asList(s.action);
          const resources = asList(s.resource);
          expect({ stack, effect: s.effect }).toEqual({ stack, effect: 'allow' });
          expect(actions.filter((a) => a === '*' || /^name\/[a-z]+:\*$/.test(a) || a.endsWith(':*'))).toEqual([]);
          if (resources.includes('*')) expect({ stack, actions }).toEqual({ stack, actions: ALLOWED_STAR_RESOURCE });
          if (actions.some((a) => a.startsWith('name/cos:'))) {
            for (const r of resources) expect(r).toMatch(new RegExp(`^qcs::cos:${REGION}:uid/${APP_ID}:[a-z0-9-]+-${APP_ID}/[a-z0-9/-]*\\*$`));
          }
        }
      }
    }
  });
});

describe('credentials in function configuration are refused', () => {
  const CREDENTIAL_VARIABLES = ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN',
    'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'TENCENTCLOUD_SECURITY_TOKEN', 'tencentcloud_secretkey'];

  test.each(CREDENTIAL_VARIABLES)('%s is rejected at synth, without echoing its value', (name) => {
    const { stack } = newStack();
    fn(stack, { environment: { COS_REGION: REGION, [name]: FAKE_SECRET_KEY } });
    const message = synthError(stack);
    expect(message).toContain(`[test/Fn] environment variable '${name}' would put cloud credentials in the function configuration and the Terraform state`);
    expect(message).toContain('bucket.grantRead(fn)');
    expect(message).not.toContain(FAKE_SECRET_KEY);
  });

  test('the check runs before anything is written: synthesis produces no output', () => {
    const { stack } = newStack();
    fn(stack, { environment: { TENCENTCLOUD_SECRETKEY: FAKE_SECRET_KEY } });
    expect(() => synthText(stack)).toThrow('would put cloud credentials');
  });

  test('a secret-looking variable with a literal value is warned about, without echoing the value', () => {
    const { stack } = newStack();
    const f = fn(stack, { environment: { DB_PASSWORD: 'hunter2-literal', API_TOKEN: '' } });
    const warnings = warningsOf(f);
    // The empty API_TOKEN is no secret; it is only warned about as an empty value.
    expect(warnings).toEqual([
      "environment variable 'API_TOKEN' has an empty value: the SCF API documents that values must not be empty, so the apply may fail or " +
        'the variable be dropped (then every plan shows it again). Leave the variable out instead.',
      expect.stringContaining("environment variable 'DB_PASSWORD' looks like a secret written in code"),
    ]);
    expect(warnings.join('\n')).not.toContain('hunter2-literal');
  });

  test('credentials in the process environment never reach a stack synthesized in process', () => {
    const saved = { id: process.env.TENCENTCLOUD_SECRET_ID, key: process.env.TENCENTCLOUD_SECRET_KEY };
    process.env.TENCENTCLOUD_SECRET_ID = FAKE_SECRET_ID;
    process.env.TENCENTCLOUD_SECRET_KEY = FAKE_SECRET_KEY;
    try {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
      const f = fn(stack);
      bucket.onObjectCreated(f);
      bucket.grantRead(f);
      const text = synthText(stack);
      expect(text).not.toContain(FAKE_SECRET_ID);
      expect(text).not.toContain(FAKE_SECRET_KEY);
      expect(text).not.toMatch(SECRET_ID_SHAPE);
      expect(literalCredentials(JSON.parse(text))).toEqual([]);
    } finally {
      for (const [name, value] of [['TENCENTCLOUD_SECRET_ID', saved.id], ['TENCENTCLOUD_SECRET_KEY', saved.key]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe('function roles are least privilege', () => {
  const READ_ONLY = new Set(['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject']);

  interface Granted {
    readonly stack: TerraformStack;
    readonly json: { [key: string]: any };
    readonly f: CloudFunction;
  }

  function granted(setup: (stack: TerraformStack, f: CloudFunction) => void): Granted {
    const { stack } = newStack();
    const f = fn(stack);
    setup(stack, f);
    return { stack, json: synth(stack), f };
  }

  test('read on one bucket: only read actions, on exactly that bucket\'s objects', () => {
    const { json } = granted((stack, f) => new Bucket(stack, 'Photos', { bucketName: PHOTOS }).grantRead(f));
    const policies = resourcesOf(json, 'tencentcloud_cam_policy');
    expect(policies).toHaveLength(1);
    const statements = statementsOf(policies[0].document);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s.effect).toBe('allow');
    expect(asList(s.resource)).toEqual([`qcs::cos:${REGION}:uid/${APP_ID}:${PHOTOS}/*`]);
    const actions = asList(s.action);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !READ_ONLY.has(a))).toEqual([]);
    expect(actions.join(' ')).not.toMatch(/\*|Put|Post|Delete|Upload|Acl|Policy/);
  });

  test('the role trusts only scf.qcloud.com, has no console login, and is attached only to its own policy', () => {
    const { stack, json, f } = granted((s, fn1) => new Bucket(s, 'Photos', { bucketName: PHOTOS }).grantRead(fn1));
    const roles = resourcesOf(json, 'tencentcloud_cam_role');
    expect(roles).toHaveLength(1);
    expect(statementsOf(roles[0].document)).toEqual([{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['scf.qcloud.com'] } }]);
    expect(roles[0].console_login).toBe(false);
    const attachments = resourcesOf(json, 'tencentcloud_cam_role_policy_attachment');
    expect(attachments).toHaveLength(1);
    const policyIds = Object.keys(json.resource.tencentcloud_cam_policy).map((p) => `\${tencentcloud_cam_policy.${p}.id}`);
    expect(policyIds).toEqual([attachments[0].policy_id]);
    const roleIds = Object.keys(json.resource.tencentcloud_cam_role);
    expect(attachments[0].role_id).toBe(`\${tencentcloud_cam_role.${roleIds[0]}.id}`);
    expect(rendered(json, stack, f.resource).role).toBe(`\${tencentcloud_cam_role.${roleIds[0]}.name}`);
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/Qcloud\w*(FullAccess|ReadOnlyAccess)|AdministratorAccess|QcloudAccessForScfRole/);
    expect(Object.keys(json.resource).filter((t) => /by_name|cam_user|cam_group/.test(t))).toEqual([]);
  });

  test('grants on two buckets name each bucket, nothing wider', () => {
    const { json } = granted((stack, f) => {
      new Bucket(stack, 'Photos', { bucketName: PHOTOS }).grantRead(f);
      new Bucket(stack, 'Out', { bucketName: `out-${APP_ID}` }).grantWrite(f);
    });
    const statements = statementsOf(resourcesOf(json, 'tencentcloud_cam_policy')[0].document);
    expect(statements.map((s) => asList(s.resource))).toEqual([
      [`qcs::cos:${REGION}:uid/${APP_ID}:${PHOTOS}/*`],
      [`qcs::cos:${REGION}:uid/${APP_ID}:out-${APP_ID}/*`],
    ]);
    expect(statements.flatMap((s) => asList(s.action)).filter((a) => a.includes('*'))).toEqual([]);
    expect(asList(statements[1].action).filter((a) => READ_ONLY.has(a))).toEqual([]);
  });

  test('granting twice keeps one statement', () => {
    const { json } = granted((stack, f) => {
      const b = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
      b.grantRead(f);
      b.grantRead(f);
    });
    expect(statementsOf(resourcesOf(json, 'tencentcloud_cam_policy')[0].document)).toHaveLength(1);
  });

  test('a function with triggers but no grant gets no role at all', () => {
    const { stack, json, f } = granted((s, fn1) => new Bucket(s, 'Photos', { bucketName: PHOTOS }).onObjectCreated(fn1));
    expect(resourcesOf(json, 'tencentcloud_cam_role')).toEqual([]);
    expect(resourcesOf(json, 'tencentcloud_cam_policy')).toEqual([]);
    expect(rendered(json, stack, f.resource)).not.toHaveProperty('role');
  });

  test('an imported function or one with an existing role cannot be granted anything silently', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const imported = CloudFunction.fromFunctionName(stack, 'Imported', 'resizer');
    expect(() => bucket.grantRead(imported)).toThrow("[test/Imported] cannot grant permissions to the imported function 'resizer'");
    const withRole = fn(stack, { role: 'ExistingRole' }, 'WithRole');
    expect(() => bucket.grantRead(withRole)).toThrow("[test/WithRole] cannot grant permissions: the function runs as the existing CAM role 'ExistingRole'");
  });
});
