import { JsonFile, cdktf, javascript } from 'projen';

// The one place where dependencies and tasks are declared. Run `npx projen` after editing.

const GENERATED_BINDINGS = 'lib/providers/tencentcloud';

const project = new cdktf.ConstructLibraryCdktf({
  name: 'cdktf-tencentcloud-cos-events',
  description:
    'Typed, synth-time-checked Tencent Cloud COS event notifications (COS -> SCF triggers) for CDK for Terraform',
  keywords: ['cdktf', 'tencentcloud', 'cos', 'scf', 'serverless', 'terraform', 'event-notification'],
  author: 'cdktf-tencentcloud-cos-events maintainers',
  authorAddress: 'maintainers@cdktf-tencentcloud-cos-events.dev',
  repositoryUrl: 'https://github.com/cdktf-tencentcloud-cos-events/cdktf-tencentcloud-cos-events.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  projenVersion: '0.103.25',
  compat: false,

  // cdktf 0.21 is the last HashiCorp release; constructs 10.x as cdktf peer-depends on it.
  cdktfVersion: '^0.21.0',
  constructsVersion: '^10.4.2',
  // jsii tracks TypeScript minor versions: 5.9 matches the pinned compiler below.
  jsiiVersion: '~5.9.0',

  // Sources live in lib/, compiled output in dist/ (the tarball holds only compiled output).
  srcdir: 'lib',
  libdir: 'dist',
  entrypoint: 'dist/index.js',
  entrypointTypes: 'dist/index.d.ts',

  // This project is not hosted on GitHub workflows; CI is .ci/run.
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  docgen: true,
  package: false,

  devDeps: [
    'typescript@~5.9.3',
    'ts-node@^10.9.2',
    '@types/node@^20',
    '@cdktf/provider-generator@0.21.0',
    '@cdktf/commons@0.21.0',
    'codemaker@^1.112.0',
    '@swc/core@^1.15.0',
    '@swc/jest@^0.2.39',
    'fast-check@^4.3.0',
    // What the example handlers import; FunctionCode.fromEntry bundles them into the functions' packages.
    'cos-nodejs-sdk-v5@^2.15.4',
    'tencentcloud-sdk-nodejs-cdn@^4.0.948',
    'tencentcloud-sdk-nodejs-ssm@^4.1.263',
    'mysql2@^3.24.5',
  ],
  // Zips bundled function code at synth time (pure JavaScript; jsii needs non-jsii runtime dependencies bundled).
  bundledDeps: ['fflate@^0.8.2'],

  jestOptions: {
    jestVersion: '^29',
    passWithNoTests: false,
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    coverageText: false,
    jestConfig: {
      collectCoverage: false,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/setup.ts'],
      coveragePathIgnorePatterns: ['/node_modules/', `/${GENERATED_BINDINGS}/`],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/cdktf.out/'],
    },
  },
  // Tests are transpiled by @swc/jest (fast); types are checked by a separate tsc step in the test task.
  typecheckTests: true,

  eslintOptions: {
    dirs: ['lib'],
    devdirs: ['test', 'examples', 'scripts', 'bench'],
    ignorePatterns: [`${GENERATED_BINDINGS}/**`, 'dist/**', 'cdktf.out/**', '*.js', '*.d.ts', 'node_modules/'],
  },

  tsconfigDev: {
    include: ['../examples/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts'],
    compilerOptions: {},
  },

  gitignore: ['cdktf.out/', '.gen/', 'terraform.tfstate*', '.terraform/', '*.tgz', 'bench/results/', 'scratch/'],
});

// TypeScript 7 breaks ts-node and ts-jest: pin 5.9 (jsii 5.9 compiles with the same minor).
project.deps.removeDependency('typescript');
project.addDevDeps('typescript@~5.9.3');

// On a fresh clone, `npm run synth` and `npm test` install what they need first (plain node, no deps).
project.addScripts({
  presynth: 'node scripts/ensure-deps.js',
  pretest: 'node scripts/ensure-deps.js',
});

// ts-jest is replaced by @swc/jest: same TypeScript semantics for our sources, several times faster; the
// type-check step above keeps the type safety ts-jest would have given.
project.deps.removeDependency('ts-jest');
const pkg = project.tryFindObjectFile('package.json')!;
(project.jest as unknown as { config: { transform: unknown } }).config.transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', {}] };

// The public testing toolkit is a separate entry point (`cdktf-tencentcloud-cos-events/testing`): it is
// JavaScript-only (Jest matchers, local handler invocation) and is not part of the jsii assembly. So is the
// handler entry point (`cdktf-tencentcloud-cos-events/handler`), what deployed function code imports: the COS
// message types and helpers, with no dependencies, small enough to be bundled into every function.
pkg.addOverride('exports', {
  '.': { types: './dist/index.d.ts', default: './dist/index.js' },
  './testing': { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' },
  './handler': { types: './dist/handler/index.d.ts', default: './dist/handler/index.js' },
  './package.json': './package.json',
  './.jsii': './.jsii',
});
pkg.addOverride('typesVersions', { '*': { testing: ['dist/testing/index.d.ts'], handler: ['dist/handler/index.d.ts'] } });

// esbuild bundles FunctionCode.fromEntry() code at synth time. It is an optional dependency: npm installs it (and its
// platform binary, itself an optional dependency of esbuild) with the library, jsii does not ask for it to be
// bundled into the tarball (a bundled esbuild would carry the binary of the machine that packed it), and a project
// that never calls fromEntry works without it. fromEntry reports a synth-time error when it is missing.
pkg.addOverride('optionalDependencies', { esbuild: '^0.28.2' });

// Keep the generated bindings out of formatting and lint rewrites.
project.npmignore?.exclude('/scripts/', '/bench/', '/examples/', '/cdktf.out/', '/.ci/');

// Provider bindings: generated from the vendored schema by one script, committed, never edited by hand.
const gen = project.addTask('gen', {
  description: 'Generate the Tencent Cloud provider bindings from provider-schema/tencentcloud.json',
  exec: 'ts-node --transpile-only scripts/generate-bindings.ts',
});
project.addTask('gen:check', {
  description: 'Fail when regenerating the provider bindings changes any committed file',
  exec: 'ts-node --transpile-only scripts/generate-bindings.ts --check',
});
project.addTask('schema:refresh', {
  description:
    'Maintainers only (needs network and terraform): refresh provider-schema/tencentcloud.json from a real `terraform providers schema -json`',
  exec: 'ts-node --transpile-only scripts/refresh-schema.ts',
  receiveArgs: true,
});
void gen;

// `npm run synth`: synthesize every example stack into cdktf.out/ with plain ts-node (no cdktf CLI needed).
project.addTask('synth', {
  description: 'Synthesize the example stacks into cdktf.out/',
  exec: 'ts-node --transpile-only examples/main.ts',
});

project.addTask('bench', {
  description: 'Benchmark synth time, memory and overhead against the raw bindings (prints figures)',
  exec: 'node --expose-gc -r ts-node/register/transpile-only bench/synth-bench.ts',
  receiveArgs: true,
});

project.addTask('bench:bundle', {
  description: 'Benchmark FunctionCode.fromEntry bundling, cold and cached (prints figures)',
  exec: 'node -r ts-node/register/transpile-only bench/bundle-bench.ts',
  receiveArgs: true,
});

// jsii warns on every run that Node 20 is end-of-life; Node 20 is this project's documented runtime.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');

// eslint's TypeScript project service looks for the nearest tsconfig.json: give the dev folders one each
// (they extend the dev config that the test task type-checks with).
for (const dir of ['examples', 'scripts', 'bench']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: { extends: '../test/tsconfig.json', include: ['**/*.ts'] },
  });
}

// swc transpiles type-only re-exports (lib/index.ts) harmlessly: the per-file restriction ts-jest needed does
// not apply, and lib/index.ts must name its exports for jsii.
project.tryFindObjectFile('test/tsconfig.json')!.addDeletionOverride('compilerOptions.isolatedModules');

// Test task: types, lint, then Jest, so that the output ends with Jest's summary.
const testTask = project.tasks.tryFind('test')!;
testTask.reset();
testTask.exec('tsc --noEmit -p test/tsconfig.json', { name: 'Type-check lib, tests, examples, scripts and bench' });
testTask.spawn(project.tasks.tryFind('eslint')!);
testTask.exec('jest --ci', { receiveArgs: true });

// The emulator in the testing entry point (lib/testing/emulator) signs its per-run CA and leaf certificates
// with node-forge (pure JavaScript, no dependencies); bundled so that the jsii package ships it.
project.addBundledDeps('node-forge@^1.3.1');
project.addDevDeps('@types/node-forge@^1.3.14');

// The emulator's COS service unpacks the function packages Terraform uploads with fflate (bundled above), and its
// delivery tests run a handler on the official COS SDK (a dev dependency above).

// Deploy-lifecycle tests (test/lifecycle/): real terraform and provider against the local emulator. A separate
// Jest run (`npm run test:lifecycle`), sequential, with long time limits; `npm test` stays offline-complete
// without terraform. CI installs the provider mirror into .terraform-mirror/ first (see .ci/run).
project.jest!.addIgnorePattern('/test/lifecycle/');
new JsonFile(project, 'test/lifecycle/jest.config.json', {
  obj: {
    rootDir: '../..',
    testMatch: ['<rootDir>/test/lifecycle/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/cdktf.out/'],
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', {}] },
    setupFilesAfterEnv: ['<rootDir>/test/helpers/setup.ts'],
    globalSetup: '<rootDir>/test/lifecycle/global-setup.ts',
    testTimeout: 600_000,
    slowTestThreshold: 60,
  },
});
project.addTask('test:lifecycle', {
  description: 'Deploy-lifecycle tests: terraform apply, plan, edits, uploads and destroy of every example against the local emulator',
  exec: 'jest --config test/lifecycle/jest.config.json --runInBand --ci',
  receiveArgs: true,
});
project.gitignore.exclude('.terraform-mirror/');

project.synth();
