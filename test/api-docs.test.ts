// API.md: the reference of our own API (jsii-docgen for the assembly, scripts/docgen-entry-points.ts for the
// `/testing` entry point), under 400 KB (readable in one page load; the provider bindings' reference alone would
// be megabytes), with a section for every export. The exports are read from the sources
// with the TypeScript compiler, so that a new export without a regenerated API.md fails here.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const API_MD = fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

// Our sources only (no libraries, no type-checking): enough to list what each index exports.
const program = ts.createProgram(sources(path.join(ROOT, 'lib')), { noResolve: true, noLib: true, types: [], noEmit: true });
const checker = program.getTypeChecker();

function exportsOf(index: string): string[] {
  const file = program.getSourceFile(path.join(ROOT, index))!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map((s) => s.name).sort();
}

/** The names of the sections of a part of API.md, by the anchor ids jsii-docgen and the entry point writer use. */
function anchors(pattern: RegExp): string[] {
  return [...API_MD.matchAll(pattern)].map((m) => m[1]).sort();
}

describe('API.md', () => {
  test('is under 400 KB', () => {
    expect(Buffer.byteLength(API_MD)).toBeLessThan(400 * 1024);
  });

  test('documents every export of the library, and nothing else at the top level', () => {
    const documented = anchors(/^### \w+ <a name="\w+" id="cdktf-tencentcloud-cos-events\.(\w+)"><\/a>$/gm);
    expect(documented).toEqual(exportsOf('lib/index.ts'));
  });

  test('documents every export of the testing entry point', () => {
    const documented = anchors(/^#### `\w+` <a name="testing\.(\w+)" id="testing\.\w+"><\/a>$/gm);
    expect(documented).toEqual(exportsOf('lib/testing/index.ts'));
  });

  test('holds no provider bindings (they are documented in their own package)', () => {
    expect(API_MD).not.toMatch(/^### \w+ <a name="\w+" id="cdktf-tencentcloud-cos-events-provider\./m);
  });
});
