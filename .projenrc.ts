import { JsonFile, cdktf, javascript } from 'projen';
import { BIN_PATH } from './projenrc/bin-path';
import { CDKTN_TOOLCHAIN_DIR, addCdktnToolchain } from './projenrc/cdktn-toolchain';
import { PROVIDER_DIR, addProviderPackage } from './projenrc/provider-package';
import { CDKTF, PACKAGE_VERSION } from './scripts/flavours';

// The one place where dependencies and tasks are declared. Run `npx projen` after editing.

/** Compiled JavaScript of lib, examples, bench, scripts and tests, for running them with plain node (not in git). */
const DEV_BUILD = '.build';

const project = new cdktf.ConstructLibraryCdktf({
  name: CDKTF.library,
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
  cdktfVersion: CDKTF.frameworkRange,
  constructsVersion: CDKTF.constructsRange,
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

  devDeps: [
    'typescript@~5.9.3',
    'ts-node@^10.9.2',
    '@types/node@^20',
    '@swc/core@^1.15.0',
    '@swc/jest@^0.2.39',
    'fast-check@^4.3.0',
    // The benchmark's peer: the same bucket notifications written with AWS CDK (npm run bench).
    // (2.235 is the last release that accepts constructs 10.4, which cdktf 0.21 pins here.)
    'aws-cdk-lib@~2.235.0',
    '@jest/globals@^29',
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
      coveragePathIgnorePatterns: ['/node_modules/'],
      // test/install/ is the app the install test (npm run test:package) runs against the packed tarballs.
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/cdktf.out/', '/packages/', '<rootDir>/test/install/'],
      // The cdktn build folder holds copies of lib/ and package.json files of the same names; the dev build folder
      // (npm run build:dev) compiled copies of the sources.
      modulePathIgnorePatterns: [`<rootDir>/${CDKTN_TOOLCHAIN_DIR}/build/`, `<rootDir>/${DEV_BUILD}/`],
      // Only the project's own sources are transpiled: handler bundles that tests unpack into temp folders and run
      // (megabytes of plain JavaScript) are loaded as they are.
      transformIgnorePatterns: ['/node_modules/', '^(?!<rootDir>/)'],
      // One shared folder per run for the examples app's output (test/helpers/examples-app.ts).
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
      // One worker per core: Jest's default (cores - 1) runs a single worker on a 2-core machine.
      maxWorkers: '100%',
      // cdktf loads `archiver` (for directory assets) when it loads, in every test file: a stand-in loads it on
      // first use instead (test/helpers/lazy-archiver.js).
      moduleNameMapper: { '^archiver$': '<rootDir>/test/helpers/lazy-archiver.js' },
    },
  },
  // Tests are transpiled by @swc/jest (fast); types are checked by a separate tsc step in the test task.
  typecheckTests: true,

  eslintOptions: {
    dirs: ['lib'],
    devdirs: ['test', 'examples', 'scripts', 'bench'],
    ignorePatterns: ['packages/**', 'test/install/**', 'dist/**', `${DEV_BUILD}/**`, 'cdktf.out/**', '*.js', '*.d.ts', 'node_modules/'],
    // `npm test` reports and never rewrites files (`npx projen eslint:fix` fixes). The cache lives in node_modules,
    // so a fresh install (CI) always lints every file.
    commandOptions: { fix: false, extraArgs: ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '--cache-strategy', 'content'] },
  },

  tsconfigDev: {
    include: ['../examples/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts'],
    // Compiled in its own temporary project, against the installed tarballs (npm run test:package).
    exclude: ['node_modules', 'install'],
    compilerOptions: {},
  },

  gitignore: [
    `/${DEV_BUILD}/`,
    'cdktf.out/',
    '.gen/',
    'terraform.tfstate*',
    '.terraform/',
    '*.tgz',
    'bench/results/',
    'scratch/',
    `/${CDKTN_TOOLCHAIN_DIR}/build/`,
    'cdktn.out/',
  ],
  // The tarball holds compiled output, typings and the assembly: listed in `files` below.
  npmignoreEnabled: false,
  // The packaging script (scripts/package.ts) builds and packs both packages in both flavours.
  package: false,
});

// TypeScript 7 breaks ts-node and ts-jest: pin 5.9 (jsii 5.9 compiles with the same minor).
project.deps.removeDependency('typescript');
project.addDevDeps('typescript@~5.9.3');

// On a fresh clone, `npm run synth`, `npm test` and `npm run package` install what they need first (plain node,
// no deps).
project.addScripts({
  presynth: 'node scripts/ensure-deps.js',
  pretest: 'node scripts/ensure-deps.js',
  prepackage: 'node scripts/ensure-deps.js',
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

project.package.addVersion(PACKAGE_VERSION);
// What a user installs: compiled output, typings and the jsii assembly (plus README, LICENSE and package.json,
// which npm always packs). No sources, tests, examples, source maps, API.md or cdktf.json.
pkg.addOverride('files', ['dist/**/*.js', 'dist/**/*.d.ts', '.jsii']);
// No inline source maps in the compiled output (they pointed at sources the package does not ship).
project.tsconfig!.file.addOverride('compilerOptions.inlineSourceMap', false);
project.tsconfig!.file.addOverride('compilerOptions.inlineSources', false);

// The provider bindings are their own package (packages/provider-tencentcloud), which the library depends on
// as construct libraries depend on a prebuilt provider: a peer dependency, and in this repository an npm
// workspace (linked into node_modules). The cdktn toolchain is a second workspace (see projenrc/cdktn-toolchain.ts).
const provider = addProviderPackage(project, {
  author: 'cdktf-tencentcloud-cos-events maintainers',
  authorAddress: 'maintainers@cdktf-tencentcloud-cos-events.dev',
  repositoryUrl: 'https://github.com/cdktf-tencentcloud-cos-events/cdktf-tencentcloud-cos-events.git',
});
addCdktnToolchain(project);
pkg.addOverride('workspaces', [PROVIDER_DIR, CDKTN_TOOLCHAIN_DIR]);
project.addPeerDeps(`${CDKTF.provider}@^${PACKAGE_VERSION}`);

// Provider bindings: generated from the vendored schema by the provider package's script, committed, never
// edited by hand. These run the provider package's tasks.
for (const name of ['gen', 'gen:check', 'schema:refresh']) {
  const task = provider.tasks.tryFind(name)!;
  project.addTask(name, {
    description: `${task.description} (in ${PROVIDER_DIR})`,
    exec: `npx projen ${name}`,
    cwd: PROVIDER_DIR,
    receiveArgs: name === 'schema:refresh',
  });
}
// Before the library compiles (jsii needs the provider's assembly): build the provider package when it is
// missing or older than its sources.
project.preCompileTask.exec('node scripts/ensure-deps.js');

// `npm run package`: four tarballs in dist/js/ (library and provider bindings, for cdktf and for cdktn), built
// from a clean clone (see scripts/package.ts).
const packageTask = project.tasks.tryFind('package')!;
packageTask.reset('ts-node --transpile-only scripts/package.ts');
packageTask.description = 'Build and pack the library and the provider bindings, cdktf and cdktn flavours, into dist/js/';
for (const name of ['package-all', 'package:js']) project.tasks.removeTask(name);

// Type-check everything the test task checks and emit it as JavaScript into .build/, incrementally: `tsc -b` skips
// the work when nothing changed since the last build. The examples and the benchmark run from this output.
// Every source folder is listed: `tsc -b` decides whether the build is current from the configuration's own files
// only, so a file reached only through imports (lib/, from the tests) could change without a rebuild.
const DEV_BUILD_INCLUDE = ['lib/**/*.ts', 'test/**/*.ts', 'examples/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'];
new JsonFile(project, 'tsconfig.dev-build.json', {
  obj: {
    extends: './test/tsconfig.json',
    include: DEV_BUILD_INCLUDE,
    exclude: ['node_modules', 'test/install'],
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

// The cdktn runs: the whole Jest suite and the examples app against cdktn, from the unchanged sources (cdktf and
// constructs mapped to the cdktn toolchain workspace, see packages/cdktn-toolchain/README.md). The examples must
// synthesize exactly as with cdktf.
project.addTask('test:cdktn', {
  description: 'Run the Jest suite against cdktn 0.24 (and the constructs version it requires)',
  exec: `jest --ci --config ${CDKTN_TOOLCHAIN_DIR}/jest.config.js`,
  receiveArgs: true,
});
const synthCdktn = project.addTask('synth:cdktn', {
  description: 'Synthesize the examples with cdktn into cdktn.out/ and check that they equal the cdktf synthesis',
});
synthCdktn.spawn(project.tasks.tryFind('synth')!);
synthCdktn.exec(`node -r ./${CDKTN_TOOLCHAIN_DIR}/register.js -r ts-node/register/transpile-only examples/main.ts`, {
  env: { CDKTF_OUTDIR: 'cdktn.out' },
});
synthCdktn.exec('ts-node --transpile-only scripts/compare-synth.ts cdktf.out cdktn.out');

// `npm run test:package`: the tarballs of dist/js/ installed into fresh projects, one per flavour.
project.addTask('test:package', {
  description: 'Install the dist/js/ tarballs into fresh projects (cdktf and cdktn) and run test/install/ there',
  exec: 'ts-node --transpile-only scripts/test-package.ts',
  receiveArgs: true,
});

project.addTask('bench', {
  description: 'Benchmark synth time, memory and overhead against the raw bindings and AWS CDK (prints figures)',
  steps: [{ spawn: buildDev.name }, { exec: `node --expose-gc ${DEV_BUILD}/bench/synth-bench.js`, receiveArgs: true }],
});

project.addTask('bench:profile', {
  description: 'CPU profile of one benchmark process per kind, by package and by function (see bench/README.md)',
  steps: [{ spawn: buildDev.name }, { exec: `node ${DEV_BUILD}/bench/profile.js`, receiveArgs: true }],
});
project.addTask('bench:bundle', {
  description: 'Benchmark FunctionCode.fromEntry bundling, cold and cached (prints figures)',
  exec: 'node -r ts-node/register/transpile-only bench/bundle-bench.ts',
  receiveArgs: true,
});

// API.md: jsii-docgen documents the jsii assembly (constructs, structs, enums); the JavaScript-only entry points
// (`/testing`) are appended from the TypeScript sources.
project.tasks.tryFind('docgen')!.exec('ts-node --transpile-only scripts/docgen-entry-points.ts');

// jsii warns on every run that Node 20 is end-of-life; Node 20 is this project's documented runtime.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');
// Task PATH from node instead of npx (see projenrc/bin-path.ts).
project.tasks.addEnvironment('PATH', BIN_PATH);

// The eslint task reports only (the test task runs it); this one applies the automatic fixes.
project.addTask('eslint:fix', {
  description: 'Runs eslint and applies its automatic fixes',
  exec: 'eslint --ext .ts,.tsx --fix --no-error-on-unmatched-pattern lib test examples scripts bench projenrc .projenrc.ts',
  // The same configuration format as the eslint task (.eslintrc.json).
  env: { ESLINT_USE_FLAT_CONFIG: 'false' },
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

// No import cycle in lib/, type-only imports included (scripts/check-cycles.ts lists each cycle): checked with lint
// by the test task.
// Runs the compiled script (.build/scripts, made by build:dev): starting ts-node costs more than the check.
const CHECK_CYCLES = `node ${DEV_BUILD}/scripts/check-cycles.js lib`;
project.addTask('check:cycles', {
  description: 'Fail with the list of import cycles in lib/ (type-only imports count)',
  steps: [{ spawn: buildDev.name }, { exec: CHECK_CYCLES }],
});

// Test task: types, lint and import cycles, then Jest, so that the output ends with Jest's summary.
const testTask = project.tasks.tryFind('test')!;
testTask.reset();
testTask.spawn(buildDev);
testTask.spawn(project.tasks.tryFind('eslint')!);
testTask.exec(CHECK_CYCLES);
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
