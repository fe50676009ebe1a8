/**
 * Checks with the real Tencent Cloud provider that text reaches Terraform literally: synthesizes a stack whose
 * every user string holds Terraform's template sequences (`${`, `%{`, their escapes, a `$` before a reference),
 * runs `terraform init`, `validate` and an offline `plan` (no cloud call: nothing exists yet), and compares each
 * planned value with the text given to the constructs. Needs `terraform` on the PATH and the provider reachable
 * by `terraform init` (e.g. `TF_CLI_CONFIG_FILE` pointing at a filesystem mirror).
 *
 *   npx ts-node --transpile-only scripts/terraform-escapes.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, BucketEncryption, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../lib';

const TEXT = 'a${b} %{c} $${d} %%{e} $$${f} $ % ${ %{ ~}';
const APP_ID = '1250000000';

/** The stack, and the planned values expected at `address` / attribute. */
function build(): { json: string; expected: Array<[string, string, unknown]> } {
  const stack = new TerraformStack(Testing.app(), 'escapes');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const suffix = new TerraformVariable(stack, 'suffix', { type: 'string', default: '.jpg' });
  const code = Bucket.fromBucketName(stack, 'Code', `code-${APP_ID}`, 'ap-guangzhou');
  const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}`, encryption: BucketEncryption.KMS, kmsKeyId: `k${TEXT}`, tags: { [`k${TEXT}`]: TEXT } });
  const fn = new CloudFunction(stack, 'Fn', {
    functionName: 'fn',
    runtime: Runtime.NODEJS_18_15,
    code: FunctionCode.fromCosObject(code, `p${TEXT}.zip`),
    description: TEXT,
    environment: { A: TEXT },
    tags: { [TEXT]: TEXT },
  });
  const other = new CloudFunction(stack, 'Other', { functionName: 'other', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'o.zip') });
  new EventRule(stack, 'Literal', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT], filter: { prefix: `p${TEXT}/` }, description: TEXT });
  new EventRule(stack, 'Token', {
    bucket,
    target: other,
    events: [CosEvent.OBJECT_REMOVE],
    filter: { prefix: `q"${TEXT}$`, suffix: suffix.stringValue },
    description: `${TEXT}$${suffix.stringValue} \${ ${suffix.stringValue} }`,
  });
  const json = Testing.synth(stack, true);
  const parsed = JSON.parse(json);
  const addressOf = (type: string, prefix: string) => `${type}.${Object.keys(parsed.resource[type]).find((k) => k.startsWith(prefix))}`;
  const trigger = (prefix: string) => addressOf('tencentcloud_scf_trigger', prefix);
  return {
    json,
    expected: [
      [addressOf('tencentcloud_cos_bucket', 'Photos'), 'kms_id', `k${TEXT}`],
      [addressOf('tencentcloud_cos_bucket', 'Photos'), 'tags', { [`k${TEXT}`]: TEXT }],
      [addressOf('tencentcloud_scf_function', 'Fn_'), 'description', TEXT],
      [addressOf('tencentcloud_scf_function', 'Fn_'), 'environment', { A: TEXT }],
      [addressOf('tencentcloud_scf_function', 'Fn_'), 'tags', { [TEXT]: TEXT }],
      [addressOf('tencentcloud_scf_function', 'Fn_'), 'cos_object_name', `p${TEXT}.zip`],
      [trigger('Literal'), 'description', TEXT],
      [trigger('Literal'), 'trigger_desc', JSON.stringify({ event: 'cos:ObjectCreated:Put', filter: { Prefix: `p${TEXT}/`, Suffix: '' } })],
      [trigger('Token'), 'description', `${TEXT}$.jpg \${ .jpg }`],
      [trigger('Token'), 'trigger_desc', JSON.stringify({ event: 'cos:ObjectRemove:*', filter: { Prefix: `q"${TEXT}$`, Suffix: '.jpg' } })],
    ],
  };
}

function terraform(dir: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function main(): void {
  const { json, expected } = build();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-escapes-'));
  try {
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), json);
    terraform(dir, ['init', '-input=false', '-no-color']);
    terraform(dir, ['validate', '-no-color']);
    // Dummy credentials: a plan of resources that do not exist yet makes no cloud call.
    const env = { ...process.env, TENCENTCLOUD_SECRET_ID: 'AKIDplaceholder', TENCENTCLOUD_SECRET_KEY: 'placeholder' };
    terraform(dir, ['plan', '-input=false', '-refresh=false', '-no-color', '-out=plan.tfplan'], env);
    const plan = JSON.parse(terraform(dir, ['show', '-json', 'plan.tfplan'])) as { resource_changes: Array<{ address: string; change: { after: Record<string, unknown> } }> };
    let failures = 0;
    for (const [address, attribute, value] of expected) {
      const planned = plan.resource_changes.find((r) => r.address === address)?.change.after?.[attribute];
      const ok = JSON.stringify(planned) === JSON.stringify(value);
      if (!ok) failures++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${address}.${attribute}${ok ? '' : `\n     planned  ${JSON.stringify(planned)}\n     expected ${JSON.stringify(value)}`}`);
    }
    console.log(`${expected.length - failures} of ${expected.length} planned values equal the literal text.`);
    if (failures) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
