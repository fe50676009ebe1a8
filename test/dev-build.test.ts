// The dev build (tsconfig.dev-build.json, `npm run build:dev`) is what `npm run synth`, the benchmark and the cycle
// check run. `tsc -b` decides that it is current from the configuration's own files: a source file reached only
// through imports could change without a rebuild, and the examples would run stale code.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');

function sourcesBelow(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourcesBelow(rel);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

test('every source of lib, examples, scripts and bench is a file of the dev build itself', () => {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.dev-build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  })!;
  const roots = new Set(parsed.fileNames.map((f) => path.relative(ROOT, f).split(path.sep).join('/')));
  const sources = ['lib', 'examples', 'scripts', 'bench'].flatMap(sourcesBelow);
  expect(sources.length).toBeGreaterThan(100);
  expect(sources.filter((f) => !roots.has(f))).toEqual([]);
  expect(roots.has('test/helpers/stack.ts')).toBe(true);
  expect([...roots].filter((f) => f.startsWith('test/install/') || f.startsWith('node_modules/'))).toEqual([]);
});
