#!/usr/bin/env node
// Installs the project's dependencies from package-lock.json when they are missing or out of date, and builds the
// provider bindings package (packages/provider-tencentcloud, linked into node_modules as a workspace) when its
// compiled output is missing or older than its sources, so that `npm run synth` and `npm test` work on a fresh
// clone. Uses only Node's standard library.
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');

function stale() {
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs;
}

if (stale()) {
  console.error('Installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}

const providerDir = path.join(root, 'packages', 'provider-tencentcloud');

/** The newest modification time of a file or of any file under a folder. */
function newest(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
}

function providerStale() {
  const assembly = path.join(providerDir, '.jsii');
  if (!fs.existsSync(assembly) || !fs.existsSync(path.join(providerDir, 'lib', 'index.js'))) return true;
  const inputs = ['src', 'package.json', 'tsconfig.json'].map((f) => newest(path.join(providerDir, f)));
  return Math.max(...inputs) > fs.statSync(assembly).mtimeMs;
}

if (providerStale()) {
  console.error('Building the provider bindings package (packages/provider-tencentcloud, jsii)...');
  execSync('npx projen compile', { cwd: providerDir, stdio: 'inherit' });
}
