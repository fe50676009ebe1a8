import { JsonFile, cdktf, javascript } from 'projen';

// The one place where dependencies and tasks are declared. Run `npx projen` after editing.

const GENERATED_BINDINGS = 'lib/providers/tencentcloud';
/** Compiled JavaScript of lib, examples, bench, scripts and tests, for running them with plain node (not in git). */
const DEV_BUILD = '.build';

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
      // Compiled copies of the sources (npm run build:dev) are never tests or modules to resolve.
      modulePathIgnorePatterns: [`<rootDir>/${DEV_BUILD}/`],
      // Only the project's own sources are transpiled: handler bundles that tests unpack into temp folders and run
      // (megabytes of plain JavaScript) are loaded as they are.
      transformIgnorePatterns: ['/node_modules/', '^(?!<rootDir>/)'],
      // One shared folder per run for the examples app's output (test/helpers/examples-app.ts).
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  },
  // Tests are transpiled by @swc/jest (fast); types are checked by a separate tsc step in the test task.
  typecheckTests: true,

  eslintOptions: {
    dirs: ['lib'],
    devdirs: ['test', 'examples', 'scripts', 'bench'],
    ignorePatterns: [`${GENERATED_BINDINGS}/**`, 'dist/**', `${DEV_BUILD}/**`, 'cdktf.out/**', '*.js', '*.d.ts', 'node_modules/'],
    // `npm test` reports and never rewrites files (`npx projen eslint:fix` fixes). The cache lives in node_modules,
    // so a fresh install (CI) always lints every file.
    commandOptions: { fix: false, extraArgs: ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '--cache-strategy', 'content'] },
  },

  tsconfigDev: {
    include: ['../examples/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts'],
    compilerOptions: {},
  },

  gitignore: [`/${DEV_BUILD}/`, 'cdktf.out/', '.gen/', 'terraform.tfstate*', '.terraform/', '*.tgz', 'bench/results/', 'scratch/'],
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

// Type-check everything the test task checks and emit it as JavaScript into .build/, incrementally: `tsc -b` skips
// the work when nothing changed since the last build. The examples and the benchmark run from this output.
new JsonFile(project, 'tsconfig.dev-build.json', {
  obj: {
    extends: './test/tsconfig.json',
    compilerOptions: {
      noEmit: false,
      rootDir: '.',
      outDir: DEV_BUILD,
      incremental: true,
      tsBuildInfoFile: `${DEV_BUILD}/dev-build.tsbuildinfo`,
      declaration: false,
      inlineSourceMap: false,
      inlineSources: false,
    },
  },
});
const buildDev = project.addTask('build:dev', {
  description: 'Type-check lib, tests, examples, scripts and bench and compile them into .build/ (incremental)',
  exec: 'tsc -b tsconfig.dev-build.json',
});

// `npm run synth`: synthesize every example stack into cdktf.out/ from compiled JavaScript (no cdktf CLI needed).
project.addTask('synth', {
  description: 'Synthesize the example stacks into cdktf.out/ (compiles first when the sources changed)',
  exec: 'node scripts/synth.js',
});

project.addTask('bench', {
  description: 'Benchmark synth time, memory and overhead against the raw bindings and AWS CDK (prints figures)',
  steps: [{ spawn: buildDev.name }, { exec: `node --expose-gc ${DEV_BUILD}/bench/synth-bench.js`, receiveArgs: true }],
});

project.addTask('bench:bundle', {
  description: 'Benchmark FunctionCode.fromEntry bundling, cold and cached (prints figures)',
  exec: 'node -r ts-node/register/transpile-only bench/bundle-bench.ts',
  receiveArgs: true,
});

// jsii warns on every run that Node 20 is end-of-life; Node 20 is this project's documented runtime.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');

// The eslint task reports only (the test task runs it); this one applies the automatic fixes.
project.addTask('eslint:fix', {
  description: 'Runs eslint and applies its automatic fixes',
  exec: 'eslint --ext .ts,.tsx --fix --no-error-on-unmatched-pattern lib test examples scripts bench projenrc .projenrc.ts',
  receiveArgs: true,
});

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
testTask.spawn(buildDev);
testTask.spawn(project.tasks.tryFind('eslint')!);
testTask.exec('jest --ci', { receiveArgs: true });

project.synth();
