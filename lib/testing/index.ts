// The testing toolkit: `import { ... } from 'cdktf-tencentcloud-cos-events/testing'`.
// JavaScript/TypeScript only (Jest matchers, local handler invocation): not part of the jsii assembly.
export * from './schema-check';
export * from './cos-trigger-event';
export * from './event-payload';
export * from './simulate';
export * from './invoke';
export * from './jest';
export * from './lifecycle';
export * from './emulator';
