// IBucket and ICloudFunction are contracts: constructs of the user's own that implement them (without extending
// this library's classes) work in rules, bucket notifications, grants and code sources, and are checked like
// imported ones. What the library keeps for its own constructs lives in lib/private/identity.ts.
import { Lazy, TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import {
  Bucket, BucketGrant, CamPolicyStatement, CloudFunction, CosEvent, EventNotificationOptions, EventRule, FunctionCode, IBucket, ICloudFunction,
  KeyFilter, Runtime,
} from '../lib';
import { APP_ID, REGION, newFunction, newStack, refTo, rendered, synth, synthError, synthText } from './helpers/stack';

/** A bucket the user builds on the raw resource, implementing IBucket by hand. */
class RawBucket extends Construct implements IBucket {
  public readonly resource: tencentcloud.cosBucket.CosBucket;
  public readonly bucketName: string;
  public readonly appId = APP_ID;
  public readonly region = REGION;
  public readonly domain: string;

  constructor(scope: Construct, id: string, name: string) {
    super(scope, id);
    this.resource = new tencentcloud.cosBucket.CosBucket(this, 'Resource', { bucket: name, acl: 'private' });
    // References, so that triggers are created after the bucket.
    this.bucketName = this.resource.bucket;
    this.domain = this.resource.cosBucketUrl;
  }

  public addEventNotification(events: CosEvent[], target: ICloudFunction, filter?: KeyFilter, options: EventNotificationOptions = {}): EventRule {
    const { id, ...trigger } = options;
    return new EventRule(this, id ?? `Rule${this.node.children.length}`, { bucket: this, target, events, filter, ...trigger });
  }

  public onObjectCreated(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return this.addEventNotification([CosEvent.OBJECT_CREATED], target, filter, options);
  }

  public onObjectRemoved(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return this.addEventNotification([CosEvent.OBJECT_REMOVE], target, filter, options);
  }

  public onObjectRestored(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return this.addEventNotification([CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED], target, filter, options);
  }

  public grantRead(fn: ICloudFunction, objectsKeyPattern = '*'): BucketGrant {
    return this.grant(fn, ['name/cos:GetObject'], objectsKeyPattern);
  }

  public grantWrite(fn: ICloudFunction, objectsKeyPattern = '*'): BucketGrant {
    return this.grant(fn, ['name/cos:PutObject'], objectsKeyPattern);
  }

  public grantReadWrite(fn: ICloudFunction, objectsKeyPattern = '*'): BucketGrant {
    return this.grant(fn, ['name/cos:GetObject', 'name/cos:PutObject'], objectsKeyPattern);
  }

  private grant(fn: ICloudFunction, actions: string[], objectsKeyPattern: string): BucketGrant {
    const statement = { actions, resources: [`qcs::cos:${this.region}:uid/${this.appId}:${this.bucketName}/${objectsKeyPattern}`] };
    fn.addToRolePolicy(statement);
    return { grantee: fn, objectsKeyPattern, actions, resources: statement.resources, statements: [statement] };
  }
}

/** A function deployed by other means, implementing ICloudFunction by hand: it records what it is granted. */
class ManagedElsewhere extends Construct implements ICloudFunction {
  public readonly namespace = 'jobs';
  public readonly region = REGION;
  public readonly statements: CamPolicyStatement[] = [];

  constructor(scope: Construct, id: string, public readonly functionName: string) {
    super(scope, id);
    // What it is granted is published for the team that manages its role.
    new TerraformOutput(this, 'Grants', { value: Lazy.anyValue({ produce: () => this.statements }) });
  }

  public addToRolePolicy(statement: CamPolicyStatement): void {
    this.statements.push(statement);
  }
}

/** The ordering anchor of the stack's only bucket with triggers, as `depends_on` names it. */
function orderAnchorOf(stack: TerraformStack): string {
  const anchors = stack.node.children.filter((c) => c.node.id.startsWith('CosTriggerOrder-'));
  expect(anchors).toHaveLength(1);
  return `terraform_data.${stack.getLogicalId(anchors[0] as TerraformResource)}`;
}

function configOf(stack: TerraformStack, rule: EventRule): string {
  return `terraform_data.${stack.getLogicalId(rule.node.findChild('TriggerConfig') as TerraformResource)}`;
}

describe('a bucket of the user\'s own (implements IBucket)', () => {
  test('its notification is a standalone trigger named by its domain', () => {
    // GIVEN a user bucket and a function of the library
    const { stack } = newStack();
    const bucket = new RawBucket(stack, 'Raw', 'raw-1250000000');
    const fn = newFunction(stack, 'Fn');
    // WHEN the bucket adds a notification through its own method
    const rule = bucket.onObjectCreated(fn, { prefix: 'in/' });
    // THEN the trigger is rendered from the interface's members
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rule.node.path).toBe('test/Raw/Rule1');
    expect(rendered(JSON.parse(text), stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"in/","Suffix":""}}',
      depends_on: [orderAnchorOf(stack)],
      lifecycle: { replace_triggered_by: [configOf(stack, rule)] },
    });
  });

  test('several events for a function of the stack: entries of its triggers block, named by bucketName', () => {
    const { stack } = newStack();
    const bucket = new RawBucket(stack, 'Raw', 'raw-1250000000');
    const fn = newFunction(stack, 'Fn');
    new EventRule(stack, 'OnUpload', {
      bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST], filter: { suffix: '.jpg' },
    });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const entry = (event: string) => ({
      type: 'cos',
      name: refTo(stack, bucket.resource, 'bucket'),
      cos_region: REGION,
      trigger_desc: `{"event":"${event}","filter":{"Prefix":"","Suffix":".jpg"}}`,
    });
    const rendition = rendered(JSON.parse(text), stack, fn.resource);
    expect(rendition.triggers).toEqual([entry('cos:ObjectCreated:Post'), entry('cos:ObjectCreated:Put')]);
    expect(rendition.depends_on).toEqual([orderAnchorOf(stack)]);
  });

  test('its rules are checked together: overlaps name the bucket by its path', () => {
    const { stack } = newStack();
    const bucket = new RawBucket(stack, 'Raw', 'raw-1250000000');
    const fn = newFunction(stack, 'Fn');
    bucket.onObjectCreated(fn, { prefix: 'in/' }, { id: 'A' });
    bucket.onObjectCreated(newFunction(stack, 'Other'), { prefix: 'in/photos/' }, { id: 'B' });

    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        "  [test/Raw] rules [test/Raw/A] and [test/Raw/B] overlap on bucket [test/Raw]: 'cos:ObjectCreated:*' (prefix 'in/') and " +
        "'cos:ObjectCreated:*' (prefix 'in/photos/') both match 'in/photos/'. COS binds one event and key to one rule only " +
        '(the API refuses the second with ResourceInUse.Cos). Make the events disjoint (e.g. Put vs Delete) or the filters disjoint ' +
        "(e.g. prefixes 'img/' and 'doc/').\n\n" +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });

  test('it holds a code package for fromCosObject', () => {
    const { stack } = newStack();
    const bucket = new RawBucket(stack, 'Packages', 'packages-1250000000');
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(bucket, 'fn/v1.zip') });

    const json = synth(stack);
    expect(rendered(json, stack, fn.resource)).toMatchObject({
      cos_bucket_name: refTo(stack, bucket.resource, 'bucket'),
      cos_object_name: 'fn/v1.zip',
      cos_bucket_region: REGION,
    });
  });

  test('a construct without the members rules read is refused, naming them', () => {
    const { stack } = newStack();
    const half = new Construct(stack, 'Half');
    new EventRule(stack, 'Rule', { bucket: half as unknown as IBucket, target: newFunction(stack, 'Fn'), events: [CosEvent.OBJECT_CREATED] });

    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        "  [test/Rule] 'bucket' [test/Half] does not implement IBucket: 'bucketName' must be a string, got undefined; " +
        "'domain' must be a string, got undefined.\n\n" +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });
});

describe('a function of the user\'s own (implements ICloudFunction)', () => {
  test('a bucket of the library notifies it with a standalone trigger', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = new ManagedElsewhere(stack, 'Legacy', 'legacy-resizer');
    const rule = bucket.onObjectCreated(fn, { suffix: '.png' });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rule.node.path).toBe('test/Photos/Rule-Legacy');
    expect(rendered(JSON.parse(text), stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      function_name: 'legacy-resizer',
      namespace: 'jobs',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":".png"}}',
      depends_on: [orderAnchorOf(stack)],
      lifecycle: { replace_triggered_by: [configOf(stack, rule)] },
    });
  });

  test('a grant hands it the statement for its own role', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = new ManagedElsewhere(stack, 'Legacy', 'legacy-resizer');
    bucket.grantRead(fn);

    const json = synth(stack);
    const output = stack.getLogicalId(fn.node.findChild('Grants') as TerraformOutput);
    expect(json.output[output].value).toEqual([{
      actions: ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject'],
      resources: ['qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*'],
    }]);
  });

  test('two triggers on one bucket are refused as for any function the stack does not create', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = new ManagedElsewhere(stack, 'Legacy', 'legacy-resizer');
    bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_REMOVE_DELETE], fn);

    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        "  [test/Photos/Rule-Legacy] function 'legacy-resizer' ([test/Legacy]) has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/Photos/Rule-Legacy] 'cos:ObjectCreated:Put' (no filter), [test/Photos/Rule-Legacy] 'cos:ObjectRemove:Delete' (no filter). " +
        'The function is not created by this stack, so they would be standalone tencentcloud_scf_trigger resources, and the provider ' +
        'reads such a resource back by function and bucket only: they would show a permanent diff, and deleting one could delete ' +
        "another. Use one trigger for this function on this bucket (one rule with one event; a wildcard such as 'cos:ObjectCreated:*' " +
        'covers its family), create the function in this stack (new CloudFunction), or use one function per rule.\n\n' +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });

  test('a construct without the members rules read is refused, naming them', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const half = new Construct(stack, 'Half');
    new EventRule(stack, 'Rule', { bucket, target: half as unknown as ICloudFunction, events: [CosEvent.OBJECT_CREATED] });

    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        "  [test/Rule] 'target' [test/Half] does not implement ICloudFunction: 'functionName' must be a string, got undefined; " +
        "'namespace' must be a string, got undefined; 'addToRolePolicy' must be a function, got undefined.\n\n" +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });
});

describe('the library\'s own constructs keep what rules need out of their interfaces', () => {
  test('a Bucket has no hidden identity field', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const imported = Bucket.fromBucketName(stack, 'Imported', 'old-1250000000', REGION);
    expect('_identity' in bucket).toBe(false);
    expect('_identity' in imported).toBe(false);
  });
});
