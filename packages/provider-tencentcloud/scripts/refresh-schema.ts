/**
 * Maintainers only: refresh provider-schema/tencentcloud.json from a real `terraform providers schema -json`.
 * Needs `terraform` on the PATH and network access to the Terraform registry.
 *
 *   npm run schema:refresh                 # provider version from the constraint below
 *   npm run schema:refresh -- 1.83.25      # a specific provider version
 *
 * Keeps only the provider block and the resources and data sources the library uses (the ones already in the
 * vendored file), so that the generated bindings and API.md stay small. Run `npm run gen` afterwards and
 * review the diff of src/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROVIDER_SOURCE, PROVIDER_VERSION_CONSTRAINT } from './generate-bindings';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'provider-schema', 'tencentcloud.json');
const PROVIDER_ADDRESS = `registry.terraform.io/${PROVIDER_SOURCE}`;

interface ProviderSchemas {
  format_version: string;
  provider_schemas: Record<string, {
    provider: unknown;
    resource_schemas?: Record<string, unknown>;
    data_source_schemas?: Record<string, unknown>;
  }>;
}

function pick(all: Record<string, unknown> | undefined, names: string[], kind: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names.sort()) {
    if (!all || !(name in all)) throw new Error(`the provider no longer has the ${kind} ${name}`);
    out[name] = all[name];
  }
  return out;
}

function main(): void {
  const version = process.argv[2] ?? PROVIDER_VERSION_CONSTRAINT;
  const current: ProviderSchemas = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf-8'));
  const wanted = current.provider_schemas[PROVIDER_ADDRESS];
  const resources = Object.keys(wanted.resource_schemas ?? {});
  const dataSources = Object.keys(wanted.data_source_schemas ?? {});

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
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, stdio: 'inherit' });
    const raw = execFileSync('terraform', ['providers', 'schema', '-json'], { cwd: dir, maxBuffer: 1024 * 1024 * 1024 });
    const full: ProviderSchemas = JSON.parse(raw.toString('utf-8'));
    const provider = full.provider_schemas[PROVIDER_ADDRESS];
    if (!provider) throw new Error(`terraform printed no schema for ${PROVIDER_ADDRESS}`);
    const subset: ProviderSchemas = {
      format_version: full.format_version,
      provider_schemas: {
        [PROVIDER_ADDRESS]: {
          provider: provider.provider,
          resource_schemas: pick(provider.resource_schemas, resources, 'resource'),
          data_source_schemas: pick(provider.data_source_schemas, dataSources, 'data source'),
        },
      },
    };
    fs.writeFileSync(SCHEMA_FILE, JSON.stringify(subset, null, 2) + '\n');
    console.log(`Wrote ${SCHEMA_FILE} (${resources.length} resources, ${dataSources.length} data sources). Now run: npm run gen`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
