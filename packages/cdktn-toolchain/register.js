// A Node.js preload (`node -r ./packages/cdktn-toolchain/register.js ...`): resolves `cdktf` (and `cdktf/...`) to
// cdktn and `constructs` to the version cdktn requires, for every module loaded afterwards, the compiled provider
// bindings included. The examples app runs against cdktn this way, from the unchanged sources.
'use strict';
const Module = require('module');
const { replacements } = require('./modules');

const pattern = new RegExp(`^(${Object.keys(replacements).join('|')})(/.*)?$`);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = pattern.exec(request);
  const mapped = match ? replacements[match[1]] + (match[2] ?? '') : request;
  return resolveFilename.call(this, mapped, ...rest);
};
