// The function the install test deploys (as an asset) and invokes locally: it reports what COS told it.
'use strict';

exports.main_handler = async (event) => event.Records.map((record) => ({
  event: record.event.eventName,
  bucket: record.cos.cosBucket.name,
  key: record.cos.cosObject.key,
}));
