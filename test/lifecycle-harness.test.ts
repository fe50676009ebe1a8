// The lifecycle harness without terraform: plan reports, error extraction, the environment of terraform
// processes, a workspace driven by a fake terraform, and live triggers compared with declared ones.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { ArchiveRestoreStack } from '../examples/archive-restore/stack';
import { CosEvent, EventRule } from '../lib';
import {
  LiveTriggerRecord, PlanNotCleanError, TerraformCommandError, TerraformNotFoundError, TerraformWorkspace,
  assertLiveCosTriggers, declaredCosTriggers, liveCosTriggers, planReport, runTerraform, terraformEnvironment, terraformErrors,
} from '../lib/testing';
import { newFunction, photosAndFunction } from './helpers/stack';
import { startCloudEmulator } from '../lib/testing/emulator';

const DESC_JPG = '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":".jpg"}}';
const DESC_PNG = '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":".png"}}';

describe('planReport', () => {
  test('names every changed resource with its action and each differing attribute, no-ops left out', () => {
    const report = planReport({
      resource_changes: [
        { address: 'tencentcloud_cos_bucket.B', change: { actions: ['no-op'], before: { acl: 'private' }, after: { acl: 'private' } } },
        {
          address: 'tencentcloud_scf_trigger.T',
          change: {
            actions: ['update'],
            before: { enable: 'OPEN', trigger_desc: DESC_PNG, qualifier: '$DEFAULT' },
            after: { enable: 'OPEN', trigger_desc: DESC_JPG, qualifier: '$DEFAULT' },
            after_unknown: {},
          },
        },
        {
          address: 'tencentcloud_scf_trigger.U',
          action_reason: 'replace_because_cannot_update',
          change: {
            actions: ['delete', 'create'],
            before: { function_name: 'a', id: 'a#default#x', environment: { K: 'v' } },
            after: { function_name: 'b', environment: { K: 'v' } },
            after_unknown: { id: true },
            replace_paths: [['function_name']],
          },
        },
        {
          address: 'tencentcloud_scf_function.F',
          change: { actions: ['update'], before: { environment: { SECRET: 'x' } }, after: { environment: { SECRET: 'y' } }, after_sensitive: { environment: { SECRET: true } }, before_sensitive: { environment: { SECRET: true } } },
        },
        { address: 'tencentcloud_cos_bucket.New', change: { actions: ['create'], before: null, after: { bucket: 'n-1250000000' } } },
      ],
      output_changes: { unchanged: { actions: ['no-op'] }, url: { actions: ['update'] } },
    }, false);
    expect(report.clean).toBe(false);
    expect(report.changes.map((c) => c.address)).toEqual([
      'tencentcloud_scf_trigger.T', 'tencentcloud_scf_trigger.U', 'tencentcloud_scf_function.F', 'tencentcloud_cos_bucket.New',
    ]);
    expect(report.outputChanges).toEqual(['url']);
    expect(report.summary).toBe([
      '4 resource change(s) and 1 output change(s):',
      '  - tencentcloud_scf_trigger.T (update in place)',
      `      trigger_desc: ${JSON.stringify(DESC_PNG)} -> ${JSON.stringify(DESC_JPG)}`,
      '  - tencentcloud_scf_trigger.U (replace (destroy, then create), replace_because_cannot_update)',
      '      function_name: "a" -> "b"  # forces replacement',
      '      id: "a#default#x" -> (known after apply)',
      '  - tencentcloud_scf_function.F (update in place)',
      '      environment.SECRET: (sensitive value) -> (sensitive value)',
      '  - tencentcloud_cos_bucket.New (create)',
      '  - output url',
    ].join('\n'));
  });

  test('a clean plan says so, and names drift found while refreshing', () => {
    expect(planReport({}, true).summary).toBe('no changes');
    const drifted = planReport({ resource_drift: [{ address: 'tencentcloud_scf_trigger.T', change: { actions: ['update'], before: { enable: 'OPEN' }, after: { enable: 'CLOSE' } } }] }, true);
    expect(drifted.summary).toBe('no changes (terraform refreshed 1 resource(s) that had drifted: tencentcloud_scf_trigger.T)');
  });
});

describe('terraform output and environment', () => {
  test('terraformErrors extracts the error blocks without box drawing, and cuts very long lines', () => {
    const stderr = [
      '╷', '│ Warning: Deprecated', '│ ', '│ something', '╵', '╷',
      '│ Error: [TencentCloudSDKError] Code=InvalidParameterValue, Message=cos trigger does not support update',
      '│ ', '│   with tencentcloud_scf_trigger.T,', `│   on cdk.tf.json line 1: ${'x'.repeat(400)}`, '╵', 'after the box', '',
    ].join('\n');
    const stdout = 'tencentcloud_scf_trigger.T: Refreshing state... [id=fn#default#b]\n';
    const text = terraformErrors({ args: ['apply'], exitCode: 1, stdout, stderr, durationMs: 1 });
    expect(text).toBe([
      'Error: [TencentCloudSDKError] Code=InvalidParameterValue, Message=cos trigger does not support update',
      '',
      '  with tencentcloud_scf_trigger.T,',
      `  on cdk.tf.json line 1: ${'x'.repeat(297 - '  on cdk.tf.json line 1: '.length)}...`,
    ].join('\n'));
  });

  test('the environment of terraform drops inherited credentials, proxies and CA bundles, then adds the given variables', () => {
    const env = terraformEnvironment({ HTTPS_PROXY: 'http://127.0.0.1:1', TENCENTCLOUD_SECRET_ID: 'dummy', GONE: undefined }, {
      PATH: '/bin',
      TENCENTCLOUD_SECRET_ID: 'AKIDreal',
      TENCENTCLOUD_SECRET_KEY: 'real',
      TENCENTCLOUD_SECURITY_TOKEN: 't',
      https_proxy: 'http://corp:3128',
      NO_PROXY: '.tencentcloudapi.com',
      SSL_CERT_FILE: '/x',
      AWS_CA_BUNDLE: '/y',
      GONE: 'z',
      TF_LOG: 'debug',
    });
    expect(env).toEqual({
      PATH: '/bin',
      TF_LOG: 'debug',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      HTTPS_PROXY: 'http://127.0.0.1:1',
      TENCENTCLOUD_SECRET_ID: 'dummy',
    });
  });

  test('a missing terraform executable is a clear error saying how to get it', async () => {
    await expect(runTerraform(['version'], { cwd: os.tmpdir(), env: { PATH: '/nonexistent' }, binary: 'terraform-missing-here' }))
      .rejects.toThrow(new TerraformNotFoundError('terraform-missing-here', 'spawn terraform-missing-here ENOENT'));
    expect(new TerraformNotFoundError('terraform', 'spawn terraform ENOENT').message).toBe(
      'terraform could not be started ("terraform": spawn terraform ENOENT). Install Terraform 1.5 or newer and put it on PATH ' +
      '(https://developer.hashicorp.com/terraform/install), or pass the executable as the `terraformBinary` option.');
  });
});

/** A stand-in for terraform: logs its arguments and part of its environment, answers from files next to it. */
function fakeTerraform(): { binary: string; dir: string; log: () => string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-terraform-'));
  const binary = path.join(dir, 'terraform');
  fs.writeFileSync(binary, [
    '#!/bin/sh',
    `d=${JSON.stringify(dir)}`,
    'echo "$1 proxy=${HTTPS_PROXY:-none} cli=$(basename "${TF_CLI_CONFIG_FILE:-none}")" >> "$d/log"',
    'if [ -f "$d/$1.out" ]; then cat "$d/$1.out"; fi',
    'if [ -f "$d/$1.err" ]; then cat "$d/$1.err" >&2; fi',
    'if [ -f "$d/$1.exit" ]; then exit $(cat "$d/$1.exit"); fi',
    'exit 0',
    '',
  ].join('\n'), { mode: 0o755 });
  return { binary, dir, log: () => fs.readFileSync(path.join(dir, 'log'), 'utf8').trim().split('\n') };
}

function stackFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-folder-'));
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify({ terraform: { backend: { local: { path: '/elsewhere/terraform.tfstate' } } } }));
  fs.mkdirSync(path.join(dir, 'assets', 'Fn'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets', 'Fn', 'archive.zip'), 'zip');
  return dir;
}

describe('TerraformWorkspace with a fake terraform', () => {
  test('init runs without the cloud environment, the other commands with it; the state stays in the working directory', async () => {
    const tf = fakeTerraform();
    const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'mirror-'));
    const ws = await TerraformWorkspace.create(stackFolder(), { terraformBinary: tf.binary, providerMirror: mirror, env: { HTTPS_PROXY: 'http://127.0.0.1:9' } });
    try {
      expect(fs.readdirSync(ws.workDir).sort()).toEqual(['assets', 'cdk.tf.json', 'lifecycle.terraformrc', 'lifecycle_override.tf.json']);
      expect(JSON.parse(fs.readFileSync(path.join(ws.workDir, 'lifecycle_override.tf.json'), 'utf8')))
        .toEqual({ terraform: { backend: { local: { path: 'terraform.tfstate' } } } });
      expect(fs.readFileSync(path.join(ws.workDir, 'lifecycle.terraformrc'), 'utf8')).toContain(`path    = ${JSON.stringify(mirror)}`);
      await ws.apply();
      fs.writeFileSync(path.join(tf.dir, 'plan.exit'), '0');
      await expect(ws.assertCleanPlan()).resolves.toEqual({ clean: true, changes: [], outputChanges: [], drift: [], summary: 'no changes' });
      expect(tf.log()).toEqual([
        'init proxy=none cli=lifecycle.terraformrc',
        'apply proxy=http://127.0.0.1:9 cli=lifecycle.terraformrc',
        'plan proxy=http://127.0.0.1:9 cli=lifecycle.terraformrc',
      ]);
    } finally {
      await ws.dispose();
    }
    expect(fs.existsSync(ws.workDir)).toBe(false);
  });

  test('a plan with changes is reported by resource and attribute; a failed apply carries terraform\'s error', async () => {
    const tf = fakeTerraform();
    const ws = await TerraformWorkspace.create(stackFolder(), { terraformBinary: tf.binary });
    try {
      fs.writeFileSync(path.join(tf.dir, 'plan.exit'), '2');
      fs.writeFileSync(path.join(tf.dir, 'show.out'), JSON.stringify({ resource_changes: [{ address: 'tencentcloud_scf_trigger.T', change: { actions: ['update'], before: { enable: 'OPEN' }, after: { enable: 'CLOSE' } } }] }));
      const error = await ws.assertCleanPlan().catch((e) => e);
      expect(error).toBeInstanceOf(PlanNotCleanError);
      expect(error.message).toBe('terraform plan is not clean: 1 resource change(s):\n  - tencentcloud_scf_trigger.T (update in place)\n      enable: "OPEN" -> "CLOSE"');
      fs.writeFileSync(path.join(tf.dir, 'apply.exit'), '1');
      fs.writeFileSync(path.join(tf.dir, 'apply.err'), '╷\n│ Error: Code=ResourceInUse.Cos, Message=overlapping trigger\n╵\n');
      const failed = await ws.apply().catch((e) => e);
      expect(failed).toBeInstanceOf(TerraformCommandError);
      expect(failed.message).toBe('terraform apply failed (exit code 1):\nError: Code=ResourceInUse.Cos, Message=overlapping trigger');
      expect(tf.log().map((l) => l.split(' ')[0])).toEqual(['init', 'plan', 'show', 'apply']);
    } finally {
      await ws.dispose();
    }
  });

  test('an edit replaces the configuration and its assets, and keeps the state, the lock file and the provider', async () => {
    const tf = fakeTerraform();
    const ws = await TerraformWorkspace.create(stackFolder(), { terraformBinary: tf.binary });
    try {
      for (const own of ['terraform.tfstate', '.terraform.lock.hcl']) fs.writeFileSync(path.join(ws.workDir, own), own);
      fs.mkdirSync(path.join(ws.workDir, '.terraform'));
      const edited = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-folder-'));
      fs.writeFileSync(path.join(edited, 'cdk.tf.json'), JSON.stringify({ resource: {} }));
      ws.load(edited);
      expect(fs.readdirSync(ws.workDir).sort()).toEqual(['.terraform', '.terraform.lock.hcl', 'cdk.tf.json', 'lifecycle_override.tf.json', 'terraform.tfstate']);
      expect(ws.synthesized).toEqual({ resource: {} });
      expect(() => ws.load(os.tmpdir() + '/no-such-stack-folder')).toThrow(/holds no cdk\.tf\.json/);
    } finally {
      await ws.dispose();
    }
  });

  test('a provider that cannot be installed is an error saying where to get it', async () => {
    const tf = fakeTerraform();
    fs.writeFileSync(path.join(tf.dir, 'init.exit'), '1');
    fs.writeFileSync(path.join(tf.dir, 'init.err'), '╷\n│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider tencentcloudstack/tencentcloud\n╵\n');
    const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'mirror-'));
    const error = await TerraformWorkspace.create(stackFolder(), { terraformBinary: tf.binary, providerMirror: mirror }).catch((e) => e);
    expect(error).toBeInstanceOf(TerraformCommandError);
    expect(error.message).toBe('terraform init could not install the provider tencentcloudstack/tencentcloud. ' +
      `The filesystem mirror ${JSON.stringify(mirror)} does not hold it: it must contain registry.terraform.io/tencentcloudstack/tencentcloud/<version>/<os>_<arch>/terraform-provider-tencentcloud_v<version> (the unpacked layout) or the provider's release zip. ` +
      'Offline, pass `providerMirror: <folder>` (a Terraform filesystem mirror holding the provider), or set TF_CLI_CONFIG_FILE to a CLI configuration whose provider_installation block finds it. ' +
      'terraform said:\nError: Failed to query available provider packages\n\nCould not retrieve the list of available versions for provider tencentcloudstack/tencentcloud');
  });

  test('a stack is written as cdktf synth writes it; an edit reuses the zipped assets of earlier syntheses', async () => {
    const tf = fakeTerraform();
    const example = () => new ArchiveRestoreStack(Testing.app(), 'archive-restore', { region: 'ap-guangzhou', bucketName: 'cold-archive-1250000000' });
    const fullSynth = jest.spyOn(Testing, 'fullSynth');
    const ws = await TerraformWorkspace.create(example(), { terraformBinary: tf.binary });
    try {
      const reference = Testing.fullSynth(example());
      const stackDir = path.join(reference, 'stacks', 'archive-restore');
      const zip = ws.synthesized.resource.tencentcloud_scf_function.RestoreNotifier_9C2E98D3.zip_file;
      expect(fs.readFileSync(path.join(ws.workDir, 'cdk.tf.json'), 'utf8')).toBe(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
      const first = fs.readFileSync(path.join(ws.workDir, zip));
      expect(first.subarray(0, 2).toString()).toBe('PK');
      fullSynth.mockClear();
      ws.load(example());
      expect(fullSynth).not.toHaveBeenCalled();
      // The backend block aside: whether a synthesis without assets writes the default local backend differs
      // between cdktf and cdktn, and the workspace replaces the backend with its own local state either way.
      const withoutBackend = (file: string) => {
        const json = JSON.parse(fs.readFileSync(file, 'utf8'));
        delete json.terraform.backend;
        return json;
      };
      expect(withoutBackend(path.join(ws.workDir, 'cdk.tf.json'))).toEqual(withoutBackend(path.join(stackDir, 'cdk.tf.json')));
      expect(fs.readFileSync(path.join(ws.workDir, zip)).equals(first)).toBe(true);
      fs.rmSync(reference, { recursive: true, force: true });
    } finally {
      fullSynth.mockRestore();
      await ws.dispose();
    }
  });

  test('a stack is synthesized with its validations: a broken stack never reaches terraform', async () => {
    const tf = fakeTerraform();
    const { stack, bucket, fn } = photosAndFunction();
    new EventRule(stack, 'Bad', { bucket, target: fn, events: ['cos:ObjectCreate:*' as CosEvent] });
    await expect(TerraformWorkspace.create(stack, { terraformBinary: tf.binary })).rejects.toThrow(/'cos:ObjectCreate:\*' is not a COS event type/);
    expect(fs.existsSync(path.join(tf.dir, 'log'))).toBe(false);
  });
});

describe('live triggers against declared ones', () => {
  function declaredStack() {
    const { stack, bucket, fn } = photosAndFunction();
    // Two functions, one trigger each on the bucket: a disabled trigger is a standalone one.
    const png = newFunction(stack, 'Png');
    new EventRule(stack, 'OnJpg', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' } });
    new EventRule(stack, 'OnPng', { bucket, target: png, events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.png' }, enabled: false });
    // The functions' generated names (construct id and a hash of the path).
    return { stack, fnName: 'Fn-5dd1423c', pngName: 'Png-f5bf8368' };
  }
  const live = (fnName: string, desc: string, enable = 'OPEN'): LiveTriggerRecord => ({
    functionName: fnName,
    namespace: 'default',
    qualifier: '$LATEST',
    type: 'cos',
    triggerName: 'photos-1250000000.cos.ap-guangzhou.myqcloud.com',
    triggerDesc: desc,
    enable,
  });

  test('equal when every declared trigger is live, disabled ones included', () => {
    const { stack, fnName, pngName } = declaredStack();
    const cloud = { triggers: () => [live(pngName, DESC_PNG, 'CLOSE'), live(fnName, DESC_JPG), { ...live(fnName, '{}'), type: 'timer' }] };
    expect(liveCosTriggers(cloud)).toEqual(declaredCosTriggers(stack));
    expect(declaredCosTriggers(stack)).toEqual([
      { bucket: 'photos-1250000000', functionName: fnName, namespace: 'default', qualifier: '$LATEST', event: 'cos:ObjectCreated:*', prefix: 'uploads/', suffix: '.jpg', enabled: true },
      { bucket: 'photos-1250000000', functionName: pngName, namespace: 'default', qualifier: '$LATEST', event: 'cos:ObjectCreated:*', prefix: 'uploads/', suffix: '.png', enabled: false },
    ]);
    expect(() => assertLiveCosTriggers(cloud, stack)).not.toThrow();
  });

  test('every difference is named: a trigger missing, one left over, one disabled that should not be', () => {
    const { stack, fnName, pngName } = declaredStack();
    const cloud = { triggers: () => [live(fnName, DESC_JPG), live(fnName, DESC_JPG)] };
    const jpg = `photos-1250000000 cos:ObjectCreated:* "uploads/"…".jpg" -> default/${fnName}:$LATEST OPEN`;
    const png = `photos-1250000000 cos:ObjectCreated:* "uploads/"…".png" -> default/${pngName}:$LATEST CLOSE`;
    expect(() => assertLiveCosTriggers(cloud, stack)).toThrow([
      'the live COS triggers differ from the declared ones:',
      `  declared, not live: ${png}`,
      `  live, not declared: ${jpg}`,
      'declared:', `  ${jpg}`, `  ${png}`,
      'live:', `  ${jpg}`, `  ${jpg}`,
    ].join('\n'));
  });
});

describe('README', () => {
  test('lists exactly the API actions the emulator serves', async () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const start = readme.indexOf('Emulated API actions (`cloud.emulatedActions()`');
    expect(start).toBeGreaterThan(0);
    const list = readme.slice(start, readme.indexOf('\n## ', start));
    const documented: string[] = [];
    for (const item of list.split('\n- ').slice(1)) {
      const m = /^`([a-z0-9]+)` \((\d+)\): ([^]*)$/.exec(item.trim());
      expect(m).not.toBeNull();
      const names = m![3].split(/,\s*/).map((n) => n.trim());
      expect(names.length).toBe(Number(m![2]));
      documented.push(...names.map((n) => `${m![1]}:${n}`));
    }
    const cloud = await startCloudEmulator();
    try {
      expect(documented.sort()).toEqual(cloud.emulatedActions());
    } finally {
      await cloud.stop();
    }
  });
});
