// The provider bindings classes the constructs create, each module loaded when the first construct that needs it is
// created, not when the library is loaded: an app that has no layer, alias or role does not load their bindings,
// and loading the library costs little more than loading cdktf. The constructs import the binding modules for
// their types only (`import type`), which reach no JavaScript.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as camPolicy from 'cdktf-tencentcloud-cos-events-provider/lib/cam-policy';
import type * as camRole from 'cdktf-tencentcloud-cos-events-provider/lib/cam-role';
import type * as camRolePolicyAttachment from 'cdktf-tencentcloud-cos-events-provider/lib/cam-role-policy-attachment';
import type * as cosBucket from 'cdktf-tencentcloud-cos-events-provider/lib/cos-bucket';
import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import type * as scfFunctionAlias from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-alias';
import type * as scfEventInvokeConfig from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-event-invoke-config';
import type * as scfFunctionVersion from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-version';
import type * as scfLayer from 'cdktf-tencentcloud-cos-events-provider/lib/scf-layer';
import type * as scfProvisioned from 'cdktf-tencentcloud-cos-events-provider/lib/scf-provisioned-concurrency-config';
import type * as scfReserved from 'cdktf-tencentcloud-cos-events-provider/lib/scf-reserved-concurrency-config';
import type * as scfTrigger from 'cdktf-tencentcloud-cos-events-provider/lib/scf-trigger';

/** `load()` on the first call, its result on every call (`require` resolves the module name each time it runs). */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => value ??= load();
}

// Each `require` names its module literally, so that the package build can rename the bindings package.
export const CamPolicy = once((): typeof camPolicy.CamPolicy =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/cam-policy') as typeof camPolicy).CamPolicy);
export const CamRole = once((): typeof camRole.CamRole =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/cam-role') as typeof camRole).CamRole);
export const CamRolePolicyAttachment = once((): typeof camRolePolicyAttachment.CamRolePolicyAttachment =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/cam-role-policy-attachment') as typeof camRolePolicyAttachment).CamRolePolicyAttachment);
export const CosBucket = once((): typeof cosBucket.CosBucket =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/cos-bucket') as typeof cosBucket).CosBucket);
export const ScfFunction = once((): typeof scfFunction.ScfFunction =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-function') as typeof scfFunction).ScfFunction);
export const ScfFunctionAlias = once((): typeof scfFunctionAlias.ScfFunctionAlias =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-function-alias') as typeof scfFunctionAlias).ScfFunctionAlias);
export const ScfFunctionEventInvokeConfig = once((): typeof scfEventInvokeConfig.ScfFunctionEventInvokeConfig =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-function-event-invoke-config') as typeof scfEventInvokeConfig).ScfFunctionEventInvokeConfig);
export const ScfFunctionVersion = once((): typeof scfFunctionVersion.ScfFunctionVersion =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-function-version') as typeof scfFunctionVersion).ScfFunctionVersion);
export const ScfLayer = once((): typeof scfLayer.ScfLayer =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-layer') as typeof scfLayer).ScfLayer);
export const ScfProvisionedConcurrencyConfig = once((): typeof scfProvisioned.ScfProvisionedConcurrencyConfig =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-provisioned-concurrency-config') as typeof scfProvisioned).ScfProvisionedConcurrencyConfig);
export const ScfReservedConcurrencyConfig = once((): typeof scfReserved.ScfReservedConcurrencyConfig =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-reserved-concurrency-config') as typeof scfReserved).ScfReservedConcurrencyConfig);
export const ScfTrigger = once((): typeof scfTrigger.ScfTrigger =>
  (require('cdktf-tencentcloud-cos-events-provider/lib/scf-trigger') as typeof scfTrigger).ScfTrigger);
