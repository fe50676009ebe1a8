import { Project, cdktf, javascript } from 'projen';
import { BIN_PATH } from './bin-path';
import { CDKTF, PACKAGE_VERSION } from '../scripts/flavours';

/** Where the provider bindings package lives, relative to the repository root. */
export const PROVIDER_DIR = 'packages/provider-tencentcloud';

/** The tool versions the generator script needs (cdktf's own provider generator, offline). */
const GENERATOR_DEPS = ['@cdktf/provider-generator@0.21.0', '@cdktf/commons@0.21.0', 'codemaker@^1.112.0'];

/**
 * The generated Tencent Cloud provider bindings as their own jsii package: the role a prebuilt provider package
 * (`@cdktf/provider-aws` and the like) plays for a construct library. Same layout as those packages: generated
 * sources in `src/`, compiled output in `lib/` (so deep imports read `<package>/lib/cos-bucket`), one API page
 * per resource in `docs/`. Holds only generated code.
 */
export function addProviderPackage(parent: Project, common: { author: string; authorAddress: string; repositoryUrl: string }) {
  const provider = new cdktf.ConstructLibraryCdktf({
    parent,
    outdir: PROVIDER_DIR,
    name: CDKTF.provider,
    description:
      'Prebuilt CDK for Terraform bindings for the Tencent Cloud provider resources of cdktf-tencentcloud-cos-events (COS, SCF, CAM)',
    keywords: ['cdktf', 'tencentcloud', 'provider', 'terraform', 'cos', 'scf', 'cam'],
    ...common,
    license: 'Apache-2.0',
    defaultReleaseBranch: 'main',
    packageManager: javascript.NodePackageManager.NPM,
    projenDevDependency: false,
    compat: false,
    cdktfVersion: CDKTF.frameworkRange,
    constructsVersion: CDKTF.constructsRange,
    jsiiVersion: '~5.9.0',

    srcdir: 'src',
    libdir: 'lib',
    entrypoint: 'lib/index.js',
    entrypointTypes: 'lib/index.d.ts',
    sampleCode: false,

    github: false,
    release: false,
    buildWorkflow: false,
    depsUpgrade: false,
    pullRequestTemplate: false,
    jest: false,
    eslint: false,
    prettier: false,
    docgen: false,
    package: false,
    // The packaging script packs this package; everything but compiled output is left out by `files`.
    npmignoreEnabled: false,
    devDeps: ['typescript@~5.9.3', 'ts-node@^10.9.2', '@types/node@^20', 'jsii-docgen@^10.5.0', ...GENERATOR_DEPS],
    tsconfig: { compilerOptions: { inlineSourceMap: false, inlineSources: false, types: ['node'] } },
    disableTsconfigDev: true,
  });
  provider.package.addVersion(PACKAGE_VERSION);
  provider.deps.removeDependency('typescript');
  provider.addDevDeps('typescript@~5.9.3');
  provider.package.addField('files', ['lib/**/*.js', 'lib/**/*.d.ts', '.jsii', 'provider-schema/', 'README.md']);
  // Installed by the root (npm workspaces): no lockfile or node_modules of its own, and packed by the root's
  // packaging script with the library.
  provider.package.file.addDeletionOverride('devEngines');
  for (const name of ['install', 'install:ci', 'package']) {
    const task = provider.tasks.tryFind(name)!;
    task.reset(`npx projen ${name}`, { cwd: '../..' });
    task.description = `${task.description} (at the repository root)`;
  }
  for (const name of ['package-all', 'package:js', 'compat']) provider.tasks.removeTask(name);
  provider.gitattributes.addAttributes('/src/**', 'linguist-generated');
  provider.gitattributes.addAttributes('/docs/**', 'linguist-generated');
  // The bindings are generated, not linted; jsii's reserved-word warnings concern other jsii languages.
  provider.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
  provider.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');
  provider.tasks.addEnvironment('PATH', BIN_PATH);

  provider.addTask('gen', {
    description: 'Generate the bindings in src/ from provider-schema/tencentcloud.json',
    exec: 'ts-node --transpile-only scripts/generate-bindings.ts',
  });
  provider.addTask('gen:check', {
    description: 'Fail when regenerating the bindings changes any committed file in src/',
    exec: 'ts-node --transpile-only scripts/generate-bindings.ts --check',
  });
  provider.addTask('schema:refresh', {
    description:
      'Rewrite provider-schema/tencentcloud.json from the real provider (`--add TYPE,...` to hold more types), or `--check` it; needs terraform and the provider (registry or TF_CLI_CONFIG_FILE mirror)',
    exec: 'ts-node --transpile-only scripts/refresh-schema.ts',
    receiveArgs: true,
  });
  // One API page per resource (docs/<resource>.md) and an index (docs/API.md), from the compiled assembly.
  provider.addTask('docgen', {
    description: 'Generate docs/ (one page per resource) from the .jsii assembly',
    exec: 'ts-node --transpile-only scripts/docgen.ts',
  });
  return provider;
}
