/**
 * Compares two synthesized output folders (`cdktf.out/` written with cdktf, `cdktn.out/` with cdktn) and fails on
 * any difference but the framework's own version: the same files, the same Terraform JSON, the same archives.
 *
 *   ts-node scripts/compare-synth.ts cdktf.out cdktn.out
 *
 * Archives are compared by content (names and bytes of their entries): the zip files themselves carry the time
 * they were written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

/** JSON text with sorted keys, without the framework version cdktf/cdktn write into their output. */
function normalizedJson(file: string): string {
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  if (typeof value.version === 'string' && value.stacks) delete value.version; // manifest.json
  if (value['//']?.metadata?.version) delete value['//'].metadata.version; // cdk.tf.json
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
    : v), 2);
}

function archiveContent(file: string): string[] {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return Object.keys(entries).sort().map((name) => `${name}:${Buffer.from(entries[name]).toString('base64')}`);
}

function sameFile(a: string, b: string): boolean {
  if (a.endsWith('.json')) return normalizedJson(a) === normalizedJson(b);
  if (a.endsWith('.zip')) return archiveContent(a).join('\n') === archiveContent(b).join('\n');
  return fs.readFileSync(a).equals(fs.readFileSync(b));
}

function main(): void {
  const [left, right] = process.argv.slice(2);
  if (!left || !right) throw new Error('usage: compare-synth <dir> <dir>');
  const leftFiles = listFiles(left);
  const rightFiles = new Set(listFiles(right));
  const problems: string[] = [];
  for (const file of leftFiles) {
    if (!rightFiles.has(file)) problems.push(`only in ${left}: ${file}`);
    else if (!sameFile(path.join(left, file), path.join(right, file))) problems.push(`differs: ${file}`);
    rightFiles.delete(file);
  }
  for (const file of rightFiles) problems.push(`only in ${right}: ${file}`);
  if (problems.length > 0) {
    console.error(`${left} and ${right} differ:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${left} and ${right} hold the same ${leftFiles.length} files (JSON without the framework version, archives by content)`);
}

main();
