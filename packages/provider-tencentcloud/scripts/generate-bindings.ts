/**
 * Generates the Tencent Cloud provider bindings in src/ (this package's only source) from the vendored schema
 * provider-schema/tencentcloud.json, with cdktf's own generator. Works offline: no terraform, no registry.
 *
 *   npm run gen          regenerate and replace the committed bindings
 *   npm run gen:check    regenerate into a temporary folder and fail if anything differs from the committed files
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The provider source and the version constraint written to `required_providers`. */
export const PROVIDER_SOURCE = 'tencentcloudstack/tencentcloud';
export const PROVIDER_VERSION_CONSTRAINT = '~> 1.83.16';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'provider-schema', 'tencentcloud.json');
const TARGET_DIR = path.join(ROOT, 'src');
const TARGET_NAME = 'packages/provider-tencentcloud/src/';

async function generate(outdir: string): Promise<string> {
  // @cdktf/commons probes `terraform version` when it loads; keep it quiet and offline. Set here, not at module
  // level, so that importing the constants above leaves the caller's Terraform settings alone.
  process.env.CHECKPOINT_DISABLE = '1';
  process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  // Deep imports: the package index of @cdktf/provider-generator loads jsii-pacmak, which is not needed here.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { CodeMaker } = require('codemaker');
  const commons = require('@cdktf/commons');
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf-8'));
  const code = new CodeMaker();
  code.indentation = 2;
  const generator = new TerraformProviderGenerator(code, schema);
  const constraint = new commons.TerraformProviderConstraint(`${PROVIDER_SOURCE}@${PROVIDER_VERSION_CONSTRAINT}`);
  const target = commons.ConstructsMakerProviderTarget.from(constraint, commons.LANGUAGES[0]);
  generator.generate(target);
  await generator.save(outdir);
  const produced = path.join(outdir, 'providers', 'tencentcloud');
  if (!fs.existsSync(produced)) {
    throw new Error(`the generator wrote nothing under ${produced}; it wrote: ${listFiles(outdir).join(', ')}`);
  }
  return produced;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

function differences(expectedDir: string, actualDir: string): string[] {
  const expected = new Set(listFiles(expectedDir));
  const actual = new Set(listFiles(actualDir));
  const problems: string[] = [];
  for (const f of expected) {
    if (!actual.has(f)) {problems.push(`missing: ${f}`);} else if (!fs.readFileSync(path.join(expectedDir, f)).equals(fs.readFileSync(path.join(actualDir, f)))) {
      problems.push(`changed: ${f}`);
    }
  }
  for (const f of actual) if (!expected.has(f)) problems.push(`not generated (stale): ${f}`);
  return problems;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tencentcloud-bindings-'));
  try {
    const produced = await generate(tmp);
    if (check) {
      const problems = differences(produced, TARGET_DIR);
      if (problems.length > 0) {
        console.error(`${TARGET_NAME} is out of date with provider-schema/tencentcloud.json:`);
        for (const p of problems) console.error(`  ${p}`);
        console.error('Run `npm run gen` and commit the result.');
        process.exit(1);
      }
      console.log(`${TARGET_NAME} matches the generator output (${listFiles(produced).length} files).`);
      return;
    }
    fs.rmSync(TARGET_DIR, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(TARGET_DIR), { recursive: true });
    fs.cpSync(produced, TARGET_DIR, { recursive: true });
    console.log(`Generated ${listFiles(TARGET_DIR).length} files into ${TARGET_NAME}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
