export { CosEvent } from './cos-event';
export { KeyFilter } from './key-filter';
export { Bucket, BucketAcl, BucketEncryption, BucketProps, IBucket } from './bucket';
export { Runtime, RuntimeFamily } from './runtime';
export { FunctionCode, FunctionCodeBindOptions, FunctionCodeConfig } from './function-code';
export { BundlingOptions } from './bundling';
export {
  CamPolicyStatement,
  CloudFunction,
  CloudFunctionAttributes,
  CloudFunctionProps,
  FunctionVpcConfig,
  ICloudFunction,
} from './cloud-function';
export { FunctionVersion, FunctionVersionOptions, FunctionVersionProps } from './function-version';
export { FunctionAlias, FunctionAliasOptions, FunctionAliasProps, VersionWeight } from './function-alias';
export { EventNotificationOptions, EventRule, EventRuleOptions, EventRuleProps, TriggerOptions } from './event-rule';
export { BucketTriggerRule, BucketWithTrigger, BucketWithTriggerProps } from './bucket-with-trigger';
