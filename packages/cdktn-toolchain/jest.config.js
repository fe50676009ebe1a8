// The repository's Jest configuration (package.json "jest"), with `cdktf` (and `cdktf/...`) mapped to cdktn and
// `constructs` to the version cdktn requires: the whole suite runs against cdktn from the unchanged sources
// (`npm run test:cdktn`).
'use strict';
const path = require('path');
const { replacements } = require('./modules');

const root = path.resolve(__dirname, '..', '..');
const base = require(path.join(root, 'package.json')).jest;

const moduleNameMapper = { ...base.moduleNameMapper };
for (const [name, dir] of Object.entries(replacements)) {
  moduleNameMapper[`^${name}$`] = dir;
  moduleNameMapper[`^${name}/(.*)$`] = `${dir}/$1`;
}

module.exports = {
  ...base,
  rootDir: root,
  moduleNameMapper,
  reporters: ['default'],
};
