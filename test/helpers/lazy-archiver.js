// Stands in for the `archiver` package under Jest (jest.moduleNameMapper): cdktf requires it when it loads, for
// zipping directory assets, which few tests make; loading it took a large part of cdktf's load time in every test
// file. The real package (cdktf's copy) is loaded on first use, and every call and property read goes to it.
// (cdktn does not use archiver: under `npm run test:cdktn` nothing loads this file.)
'use strict';
const path = require('path');

let real;
function load() {
  if (!real) {
    const cdktf = path.join(__dirname, '..', '..', 'node_modules', 'cdktf');
    real = require(require.resolve('archiver', { paths: [cdktf] }));
  }
  return real;
}

module.exports = new Proxy(function archiver() {}, {
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  construct: (_target, args) => Reflect.construct(load(), args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});
