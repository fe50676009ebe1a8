export { CosEvent } from './cos-event';
export { KeyFilter } from './key-filter';
export { Bucket, BucketAcl, BucketEncryption, BucketProps, IBucket } from './bucket';
export { Runtime, RuntimeFamily } from './runtime';
export { FunctionCode, FunctionCodeConfig } from './function-code';
export {
  CamPolicyStatement,
  CloudFunction,
  CloudFunctionAttributes,
  CloudFunctionProps,
  FunctionVpcConfig,
  ICloudFunction,
} from './cloud-function';
export { EventNotificationOptions, EventRule, EventRuleOptions, EventRuleProps, TriggerOptions } from './event-rule';
export { BucketTriggerRule, BucketWithTrigger, BucketWithTriggerProps } from './bucket-with-trigger';

/** The generated Tencent Cloud provider bindings, for everything the constructs do not cover. */
export * as tencentcloud from './providers/tencentcloud';
