// The deploy-lifecycle harness: real terraform, a working directory per deployment, plans reported by
// resource and attribute, and live triggers compared with what the stack declares.
export * from './terraform';
export * from './plan';
export * from './live';
export * from './workspace';
