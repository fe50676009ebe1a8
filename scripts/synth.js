#!/usr/bin/env node
// `npm run synth` (and the cdktf CLI, through cdktf.json): synthesizes the examples app from compiled JavaScript.
// Compiles lib/, examples/ and the rest first when a source changed since the last build (`tsc -b` with the
// dev build configuration decides, and does nothing when the build is current), then runs .build/examples/main.js
// in this process. Uses only Node's standard library and the project's TypeScript compiler.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const build = path.join(root, '.build');

/** Compiles when out of date; exits with the compiler's status and messages when the sources do not compile. */
function compile() {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const run = spawnSync(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.dev-build.json')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('synth: the sources do not compile (see above); nothing was synthesized.');
    process.exit(run.status ?? 1);
  }
}

/**
 * The examples name their handler sources by path (`path.join(__dirname, 'handler.ts')`): next to each compiled
 * file, link the TypeScript file it was compiled from, so that those paths lead to the sources.
 */
function linkSources(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const source = path.join(dir, entry.name);
    const target = path.join(build, path.relative(root, source));
    if (entry.isDirectory()) {
      linkSources(source);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && fs.existsSync(path.dirname(target))) {
      let current;
      try {
        current = fs.readlinkSync(target);
      } catch {
        current = undefined;
      }
      const wanted = path.relative(path.dirname(target), source);
      if (current !== wanted) {
        fs.rmSync(target, { force: true });
        fs.symlinkSync(wanted, target);
      }
    }
  }
}

compile();
linkSources(path.join(root, 'examples'));
require(path.join(build, 'examples', 'main.js'));
