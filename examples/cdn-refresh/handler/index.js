'use strict';
// CDN refresh: every object created or removed under the watched folder has its URL purged from the CDN cache
// with the CDN API's PurgeUrlsCache. Deployed on its own: nothing here may import the construct library.

/** URLs per PurgeUrlsCache request: small batches keep each request far below the API's limits. */
const BATCH_SIZE = 100;

/** The bare object key of a COS trigger record (`cosObject.key` is `/<appid>/<bucket>/<url-encoded key>`). */
function objectKeyOf(record) {
  const { cosObject, cosBucket } = record.cos;
  const prefix = `/${cosBucket.appid}/${cosBucket.name}/`;
  const raw = cosObject.key.startsWith(prefix) ? cosObject.key.slice(prefix.length) : cosObject.key.replace(/^\/[^/]*\/[^/]*\//, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The CDN URL of an object key: each path segment percent-encoded, the slashes kept. */
function urlOf(key, config) {
  return `${config.protocol}://${config.domain}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** The handler's settings, from the environment the stack sets. */
function configFromEnv(env) {
  const domain = (env.CDN_DOMAIN || '').trim();
  if (!domain) throw new Error('missing environment variable: CDN_DOMAIN');
  if (/[/:]/.test(domain)) throw new Error(`CDN_DOMAIN must be a bare domain such as static.example.com, got '${domain}'`);
  const protocol = (env.CDN_PROTOCOL || 'https').trim();
  if (protocol !== 'http' && protocol !== 'https') throw new Error(`CDN_PROTOCOL must be http or https, got '${protocol}'`);
  return { domain, protocol };
}

/**
 * Builds the handler around `purge(urls)`, which purges a batch of URLs and resolves to the API's answer
 * (`{ TaskId, RequestId }`).
 */
function createHandler({ purge, config, log = console.log }) {
  return async function handle(event) {
    const records = (event && Array.isArray(event.Records)) ? event.Records : [];
    const urls = [];
    for (const record of records) {
      const key = objectKeyOf(record);
      if (key === '' || key.endsWith('/')) continue; // a folder placeholder has no page to purge
      const url = urlOf(key, config);
      log(`${record.event.eventName} ${key} -> purge ${url}`);
      if (!urls.includes(url)) urls.push(url);
    }
    const tasks = [];
    for (let i = 0; i < urls.length; i += BATCH_SIZE) {
      const batch = urls.slice(i, i + BATCH_SIZE);
      const answer = await purge(batch);
      log(`purge task ${answer && answer.TaskId} for ${batch.length} URL(s)`);
      tasks.push(answer && answer.TaskId);
    }
    return { purged: urls.length, urls, tasks };
  };
}

/**
 * `purge(urls)` on the Tencent Cloud SDK for Node.js (package tencentcloud-sdk-nodejs-cdn), signed with the
 * temporary credentials SCF gives the function's role.
 */
function sdkPurge(env) {
  if (!env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY) {
    throw new Error('no role credentials in the environment: the function needs a role allowed to call cdn:PurgeUrlsCache');
  }
  // Loaded here, not at the top: tests inject a fake purge and need no SDK.
  const { cdn } = require('tencentcloud-sdk-nodejs-cdn');
  const client = new cdn.v20180606.Client({
    credential: { secretId: env.TENCENTCLOUD_SECRETID, secretKey: env.TENCENTCLOUD_SECRETKEY, token: env.TENCENTCLOUD_SESSIONTOKEN },
    region: '',
    profile: { httpProfile: { endpoint: 'cdn.tencentcloudapi.com' } },
  });
  return (urls) => client.PurgeUrlsCache({ Urls: urls });
}

/** The SCF entry point (`index.main_handler`). */
async function main_handler(event) {
  // Built per invocation: the role's temporary credentials are refreshed between invocations.
  return createHandler({ purge: sdkPurge(process.env), config: configFromEnv(process.env) })(event);
}

module.exports = { main_handler, createHandler, configFromEnv, urlOf, objectKeyOf, BATCH_SIZE };
