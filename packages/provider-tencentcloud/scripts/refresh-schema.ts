/**
 * provider-schema/tencentcloud.json against the real provider's `terraform providers schema -json`.
 *
 *   npm run schema:refresh                          # rewrite the file from the real provider
 *   npm run schema:refresh -- --add tencentcloud_scf_layer,tencentcloud_scf_function_alias
 *   npm run schema:refresh -- --check               # fail unless the file equals the real output, type by type
 *   npm run schema:refresh -- --version 1.83.25     # a provider version other than the constraint's newest
 *
 * Needs `terraform` on the PATH and the provider: from the registry, or offline from a filesystem mirror named
 * by `TF_CLI_CONFIG_FILE` (`.ci/run` installs one and runs `--check`).
 *
 * The file holds the provider block and only the resources and data sources the library uses (the ones already
 * in it, plus `--add`), so that the generated bindings and docs stay small. Every type it holds is exactly what
 * the provider prints, nothing edited. After a rewrite run `npm run gen` and review the diff of src/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROVIDER_SOURCE, PROVIDER_VERSION_CONSTRAINT } from './generate-bindings';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'provider-schema', 'tencentcloud.json');
const PROVIDER_ADDRESS = `registry.terraform.io/${PROVIDER_SOURCE}`;

interface ProviderSchema {
  provider: unknown;
  resource_schemas?: Record<string, unknown>;
  data_source_schemas?: Record<string, unknown>;
}

interface ProviderSchemas {
  format_version: string;
  provider_schemas: Record<string, ProviderSchema>;
}

interface Options {
  check: boolean;
  version: string;
  add: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { check: false, version: PROVIDER_VERSION_CONSTRAINT, add: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--version' && i + 1 < args.length) options.version = args[++i];
    else if (arg === '--add' && i + 1 < args.length) options.add.push(...args[++i].split(',').filter(Boolean));
    else throw new Error(`unknown argument '${arg}' (allowed: --check, --version V, --add TYPE[,TYPE...])`);
  }
  return options;
}

function realSchema(version: string): ProviderSchema & { format_version: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tencentcloud-schema-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.tf'), [
      'terraform {',
      '  required_providers {',
      `    tencentcloud = { source = "${PROVIDER_SOURCE}", version = "${version}" }`,
      '  }',
      '}',
      '',
    ].join('\n'));
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const raw = execFileSync('terraform', ['providers', 'schema', '-json'], { cwd: dir, maxBuffer: 1024 * 1024 * 1024 });
    const full: ProviderSchemas = JSON.parse(raw.toString('utf-8'));
    const provider = full.provider_schemas[PROVIDER_ADDRESS];
    if (!provider) throw new Error(`terraform printed no schema for ${PROVIDER_ADDRESS}`);
    return { ...provider, format_version: full.format_version };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pick(all: Record<string, unknown> | undefined, names: string[], kind: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...new Set(names)].sort()) {
    if (!all || !(name in all)) throw new Error(`the provider has no ${kind} ${name}`);
    out[name] = all[name];
  }
  return out;
}

/** Paths (at most `limit`) where two JSON values differ, each with both sides, for a readable report. */
function differences(a: unknown, b: unknown, at: string, out: string[], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const key of [...keys].sort()) {
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`, out, limit);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 80));
    out.push(`${at}: file has ${show(a)}, the provider prints ${show(b)}`);
  }
  return out;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const current: ProviderSchemas = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf-8'));
  const held = current.provider_schemas[PROVIDER_ADDRESS];
  const resources = [...Object.keys(held.resource_schemas ?? {}), ...options.add.filter((t) => !t.startsWith('data.'))];
  const dataSources = [...Object.keys(held.data_source_schemas ?? {}), ...options.add.filter((t) => t.startsWith('data.')).map((t) => t.slice(5))];

  const real = realSchema(options.version);
  const subset: ProviderSchemas = {
    format_version: real.format_version,
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: real.provider,
        resource_schemas: pick(real.resource_schemas, resources, 'resource'),
        data_source_schemas: pick(real.data_source_schemas, dataSources, 'data source'),
      },
    },
  };

  if (options.check) {
    const found = differences(current, subset, '', []);
    if (found.length > 0) {
      console.error(`${path.relative(process.cwd(), SCHEMA_FILE)} differs from the provider's own schema:`);
      for (const line of found) console.error(`  ${line}`);
      console.error('Run `npm run schema:refresh` with the provider installed, then `npm run gen`.');
      process.exit(1);
    }
    console.log(`provider schema: the provider block, ${resources.length} resources and ${dataSources.length} data sources equal the provider's own output`);
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, JSON.stringify(subset, null, 2) + '\n');
  console.log(`Wrote ${SCHEMA_FILE} (${resources.length} resources, ${dataSources.length} data sources). Now run: npm run gen`);
}

if (require.main === module) main();
