// The cdktn flavour is the cdktf sources with their module specifiers rewritten (scripts/flavour-build.ts) and a
// manifest of its own: exactly the specifiers of the framework and of our two packages change, nothing else.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyBundledDependencies, publishedManifest, rewriteModuleSpecifiers } from '../scripts/flavour-build';
import { CDKTF, CDKTN, rewriteSpecifier } from '../scripts/flavours';

describe('rewriteSpecifier', () => {
  test.each([
    ['cdktf', 'cdktn'],
    ['cdktf/lib/testing/adapters/jest', 'cdktn/lib/testing/adapters/jest'],
    ['cdktf-tencentcloud-cos-events', 'cdktn-tencentcloud-cos-events'],
    ['cdktf-tencentcloud-cos-events/testing', 'cdktn-tencentcloud-cos-events/testing'],
    ['cdktf-tencentcloud-cos-events-provider', 'cdktn-tencentcloud-cos-events-provider'],
    ['cdktf-tencentcloud-cos-events-provider/lib/cos-bucket', 'cdktn-tencentcloud-cos-events-provider/lib/cos-bucket'],
  ])('%s -> %s', (from, to) => {
    expect(rewriteSpecifier(from, CDKTN)).toBe(to);
    expect(rewriteSpecifier(from, CDKTF)).toBe(from);
  });

  test.each(['constructs', 'cdktf-cli', '@cdktf/provider-aws', './cdktf', 'cdktf-tencentcloud-cos-events-other'])('%s is left alone', (name) => {
    expect(rewriteSpecifier(name, CDKTN)).toBe(name);
  });
});

describe('rewriteModuleSpecifiers', () => {
  test('every kind of module reference, and nothing else', () => {
    const source = [
      "import { App } from 'cdktf';",
      'import * as bucket from "cdktf-tencentcloud-cos-events-provider/lib/cos-bucket";',
      "export { Bucket } from 'cdktf-tencentcloud-cos-events';",
      "import jest = require('cdktf/lib/testing/adapters/jest');",
      "const schema = require.resolve('cdktf-tencentcloud-cos-events-provider/provider-schema/tencentcloud.json');",
      "const lazy = require('cdktf');",
      "const later = import('cdktf');",
      "type Stack = import('cdktf').TerraformStack;",
      "declare module 'cdktf' {}",
      "const message = 'cdktf';",
      'const description = `granted by cdktf-tencentcloud-cos-events`;',
      "import { local } from './cdktf';",
    ].join('\n');
    expect(rewriteModuleSpecifiers('x.ts', source, CDKTN).split('\n')).toEqual([
      "import { App } from 'cdktn';",
      'import * as bucket from "cdktn-tencentcloud-cos-events-provider/lib/cos-bucket";',
      "export { Bucket } from 'cdktn-tencentcloud-cos-events';",
      "import jest = require('cdktn/lib/testing/adapters/jest');",
      "const schema = require.resolve('cdktn-tencentcloud-cos-events-provider/provider-schema/tencentcloud.json');",
      "const lazy = require('cdktn');",
      "const later = import('cdktn');",
      "type Stack = import('cdktn').TerraformStack;",
      "declare module 'cdktn' {}",
      "const message = 'cdktf';",
      'const description = `granted by cdktf-tencentcloud-cos-events`;',
      "import { local } from './cdktf';",
    ]);
  });
});

describe('publishedManifest', () => {
  const source = {
    name: 'cdktf-tencentcloud-cos-events',
    version: '0.1.0',
    description: 'Tencent Cloud COS event notifications for CDK for Terraform',
    keywords: ['cdk', 'cdktf', 'cos'],
    main: 'dist/index.js',
    files: ['dist/**/*.js'],
    scripts: { test: 'projen test' },
    devDependencies: { jest: '^29' },
    workspaces: ['packages/provider-tencentcloud'],
    jest: { testMatch: [] },
    dependencies: { fflate: '^0.8.2' },
    bundledDependencies: ['fflate'],
    peerDependencies: { 'cdktf': '^0.21.0', 'constructs': '^10.4.2', 'cdktf-tencentcloud-cos-events-provider': '^0.1.0' },
  };

  test('cdktn: names, framework and constructs ranges of the flavour; no development fields', () => {
    expect(publishedManifest(source, CDKTN)).toEqual({
      name: 'cdktn-tencentcloud-cos-events',
      version: '0.1.0',
      description: 'Tencent Cloud COS event notifications for CDK Terrain',
      keywords: ['cdk', 'cdktn', 'cos'],
      main: 'dist/index.js',
      files: ['dist/**/*.js'],
      dependencies: { fflate: '^0.8.2' },
      bundledDependencies: ['fflate'],
      peerDependencies: { 'cdktn': '^0.24.0', 'constructs': '>=10.6.0 <10.8.0', 'cdktn-tencentcloud-cos-events-provider': '^0.1.0' },
    });
  });

  test('cdktf: the same package without its development fields', () => {
    const { scripts, devDependencies, workspaces, jest, ...published } = source;
    void [scripts, devDependencies, workspaces, jest];
    expect(publishedManifest(source, CDKTF)).toEqual(published);
  });
});

describe('copyBundledDependencies', () => {
  test('copies each bundled dependency from where Node finds it, for npm pack to bundle', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundled-'));
    try {
      copyBundledDependencies({ name: 'x', version: '0.0.0', bundledDependencies: ['fflate'] }, path.join(__dirname, '..'), dir);
      const copied = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'fflate', 'package.json'), 'utf8'));
      const installed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', 'fflate', 'package.json'), 'utf8'));
      expect([copied.name, copied.version]).toEqual(['fflate', installed.version]);
      expect(fs.readdirSync(path.join(dir, 'node_modules'))).toEqual(['fflate']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bundled dependency that is not installed is an error', () => {
    expect(() => copyBundledDependencies({ name: 'x', version: '0.0.0', bundledDependencies: ['no-such-package-here'] }, os.tmpdir(), os.tmpdir()))
      .toThrow(`no-such-package-here is not installed where ${os.tmpdir()} can find it`);
  });
});
