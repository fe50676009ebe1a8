// Where the cdktn flavour's framework and constructs are installed (this workspace's own node_modules), and the
// module names the cdktf sources use for them. Read by register.js and jest.config.js.
'use strict';
const path = require('path');

const here = __dirname;
const locate = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [here] }));

/** Module name in the sources -> folder of the package that replaces it. */
const replacements = {
  cdktf: locate('cdktn'),
  constructs: locate('constructs'),
};

module.exports = { replacements };
