/**
 * Generates the Tencent Cloud provider bindings in src/ (this package's only source) from the vendored schema
 * provider-schema/tencentcloud.json, with cdktf's own generator. Works offline: no terraform, no registry.
 *
 *   npm run gen          regenerate and replace the committed bindings
 *   npm run gen:check    regenerate into a temporary folder and fail if anything differs from the committed files
 *
 * One step follows the generator (both commands run it, so the check covers it): `lazyNestedBlocks` makes the
 * nested-block objects of each resource class (`ComplexList` / `ComplexObject` fields such as CosBucket's
 * `_website`) be created on first use instead of with every resource. The generated classes create all of them
 * eagerly, each capturing a stack trace, although most resources set none of those blocks. The public API and the
 * synthesized JSON stay as they are.
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
  let changed = 0;
  for (const file of listFiles(produced).filter((f) => f.endsWith('/index.ts'))) {
    const full = path.join(produced, file);
    const source = fs.readFileSync(full, 'utf-8');
    const result = lazyNestedBlocks(source, file);
    if (result !== source) {
      fs.writeFileSync(full, result);
      changed++;
    }
  }
  if (changed === 0) throw new Error('lazyNestedBlocks: no resource class with nested blocks was found; has the generator output changed?');
  return produced;
}

/** A resource or data source class of a generated file: `export class X extends cdktf.TerraformResource {` to `}`. */
const ELEMENT_CLASS = /^export class (\w+) extends cdktf\.(?:TerraformResource|TerraformDataSource) \{\n[\s\S]*?^\}$/gm;
/** A nested-block field as the generator declares it: created with the resource. */
const BLOCK_FIELD = /^  private (_\w+) = new (\w+)\(this, "(\w+)"(?:, (?:true|false))?\);$/gm;

/** The uses of a nested-block field `this._x` in its class (the text from `this._x` on). */
const USE_GETTER = /^this\.\w+;/;
const USE_WRITE = /^this\.\w+\.internalValue = (?:value|undefined|config\.\w+);/;
const USE_READ = /^this\.\w+\.internalValue[),;]/;

/**
 * Rewrites every resource class of a generated file so that its nested-block objects are created on first use:
 * - the field `private _x = new XList(this, "x", false);` becomes a private getter that creates the object into
 *   `__x` the first time (the public getter, `putX` and `resetX` go through it, so they behave as before);
 * - the constructor sets `this._x.internalValue = config.x` only when `config.x` is defined: a new block object
 *   holds undefined already;
 * - reading the value (`xInput`, synthesis) reads `this.__x?.internalValue`: undefined while the object does not
 *   exist, which is what a new one would return.
 * Fails, naming the file, the class and the field, when the generated code does not have exactly this shape.
 */
export function lazyNestedBlocks(source: string, file: string): string {
  return source.replace(ELEMENT_CLASS, (body: string, className: string) => {
    let out = body;
    for (const match of [...body.matchAll(BLOCK_FIELD)]) {
      const [declaration, field, type, attribute] = match;
      const where = `${file}: ${className}.${field}`;
      const backing = `_${field}`;
      if (body.includes(backing)) throw new Error(`lazyNestedBlocks: ${where}: the name ${backing} is taken`);
      const config = attribute.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
      const init = `    this.${field}.internalValue = config.${config};\n`;
      const settable = out.includes(init);
      // Every use must be one of: the public getter's `return this._x;`, a write (constructor, putX, resetX), a read.
      const uses = [...out.matchAll(new RegExp(`this\\.${field}\\b[^\\n]*`, 'g'))].map((m) => m[0]);
      const reads = uses.filter((u) => USE_READ.test(u)).length;
      const odd = uses.filter((u) => !USE_GETTER.test(u) && !USE_WRITE.test(u) && !USE_READ.test(u));
      if (odd.length > 0) throw new Error(`lazyNestedBlocks: ${where}: unexpected use ${JSON.stringify(odd[0])}`);
      // A settable block is read three times (its input getter and both syntheses); a computed one only returned.
      if (settable ? reads !== 3 : uses.length !== 1 || !USE_GETTER.test(uses[0])) {
        throw new Error(`lazyNestedBlocks: ${where}: expected ${settable ? 'three reads of its value' : 'its getter as the only use'}, found ${uses.length} uses, ${reads} reads`);
      }
      out = out.replace(declaration, () => [
        `  private ${backing}?: ${type};`,
        `  private get ${field}(): ${type} {`,
        `    return this.${backing} ??= ${declaration.slice(`  private ${field} = `.length, -1)};`,
        '  }',
      ].join('\n'));
      if (settable) {
        out = out.replace(init, () => `    if (config.${config} !== undefined) {\n  ${init}    }\n`);
        out = out.replace(new RegExp(`this\\.${field}\\.internalValue\\b(?! = )`, 'g'), () => `this.${backing}?.internalValue`);
      }
    }
    return out;
  });
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
