export { CosEvent } from './cos-event';
export { KeyFilter } from './key-filter';
export { Bucket, BucketAcl, BucketAttributes, BucketEncryption, BucketProps, IBucket } from './bucket';
export { BucketGrant } from './bucket-grant';
export { LifecycleRule, LifecycleTransition, NoncurrentVersionTransition, StorageClass } from './bucket-lifecycle';
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
export { FunctionVersion, FunctionVersionOptions, FunctionVersionProps, QualifiedFunctionBase } from './function-version';
export { FunctionAlias, FunctionAliasOptions, FunctionAliasProps, VersionWeight } from './function-alias';
export { EventNotificationOptions, EventRule, EventRuleOptions, EventRuleProps, TriggerOptions } from './event-rule';
export { BucketTriggerRule, BucketWithTrigger, BucketWithTriggerProps } from './bucket-with-trigger';
export { AsyncInvokeOptions, FunctionAsyncInvokeConfig, FunctionAsyncInvokeConfigProps } from './async-invoke';
export { ILayerVersion, LayerVersion, LayerVersionAttributes, LayerVersionProps } from './layer-version';
export { FunctionLoggingConfig, FunctionSettingsProps } from './function-settings';
export { ProvisionedConcurrency, ProvisionedConcurrencyProps } from './function-concurrency';
