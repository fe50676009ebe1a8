'use strict';
// Archive restore: every completed restore COS reports is logged and, when NOTIFY_URL is set, posted there as
// JSON. Uses only Node.js itself (global fetch, Node 18+). Deployed on its own: nothing here may import the
// construct library.

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

/** The message posted for one restored object. */
function messageOf(record) {
  const bucket = `${record.cos.cosBucket.name}-${record.cos.cosBucket.appid}`;
  const key = objectKeyOf(record);
  const time = Number(record.event.eventTime);
  return {
    event: record.event.eventName,
    bucket,
    key,
    size: Number(record.cos.cosObject.size) || 0,
    versionId: record.cos.cosObject.vid || undefined,
    completedAt: Number.isFinite(time) && time > 0 ? new Date(time * 1000).toISOString() : undefined,
    text: `Restore of ${bucket}/${key} is complete: the object can be downloaded until its restored copy expires.`,
  };
}

/** Builds the handler around `notify(message)`, which delivers one message (or does nothing). */
function createHandler({ notify, log = console.log }) {
  return async function handle(event) {
    const records = (event && Array.isArray(event.Records)) ? event.Records : [];
    const messages = [];
    for (const record of records) {
      const message = messageOf(record);
      log(message.text);
      await notify(message);
      messages.push(message);
    }
    return { notified: messages.length, messages };
  };
}

/** `notify` posting JSON to `url`, or doing nothing when no URL is configured. */
function httpNotify(url, fetchImpl = globalThis.fetch) {
  if (!url) return async () => undefined;
  if (!/^https:\/\//.test(url)) throw new Error(`NOTIFY_URL must be an https:// URL, got '${url}'`);
  return async (message) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}`);
  };
}

/** The SCF entry point (`index.main_handler`). */
async function main_handler(event) {
  return createHandler({ notify: httpNotify(process.env.NOTIFY_URL) })(event);
}

module.exports = { main_handler, createHandler, httpNotify, messageOf, objectKeyOf };
