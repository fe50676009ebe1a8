// What deployed function code imports: `import { recordsOf, objectKeyOf } from 'cdktf-tencentcloud-cos-events/handler'`.
// The COS trigger message types and the helpers to read it, with no dependencies (not even this library's
// constructs), so that FunctionCode.fromEntry bundles only these few functions into a function's package.
// JavaScript/TypeScript only: not part of the jsii assembly.
export * from './cos-trigger-event';
export * from './records';
