// Synthesizing a stack into a folder as `cdktf synth` writes it (cdk.tf.json with construct paths, assets),
// with validations on. cdktf zips every archive asset on every synthesis (in a child process, at the highest
// compression); an edit rarely changes a handler, so zips are reused from a cache keyed by the asset's path,
// which holds the hash of its content.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationMetadataEntryType, TerraformAsset, TerraformStack, Testing } from 'cdktf';

/** A synthesized stack folder, and how to remove it when it is temporary. */
export interface SynthesizedFolder {
  /** The folder holding `cdk.tf.json` (and `assets/`). */
  readonly dir: string;
  /** Removes the folder when it was made for this synthesis; does nothing for a given folder. */
  readonly cleanup: () => void;
}

/** Keys sorted at every level, as cdktf writes cdk.tf.json. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}

function assetsOf(stack: TerraformStack): TerraformAsset[] {
  return stack.node.findAll().filter((c): c is TerraformAsset => c instanceof TerraformAsset);
}

/**
 * Synthesizes a stack with its validations (a validation error or an error annotation throws, naming the
 * construct). Assets found in `assetCache` (a folder) are copied from there instead of being zipped again;
 * new ones are added to it.
 */
export function synthesizeStack(stack: TerraformStack, assetCache: string): SynthesizedFolder {
  const assets = assetsOf(stack);
  const cached = assets.every((a) => fs.existsSync(path.join(assetCache, a.path)));
  if (!cached) {
    const outdir = Testing.fullSynth(stack);
    const stacks = path.join(outdir, 'stacks');
    const named = path.join(stacks, stack.node.id);
    const dirs = fs.existsSync(named) ? [named] : fs.readdirSync(stacks).map((d) => path.join(stacks, d));
    if (dirs.length !== 1) throw new Error(`synthesizing ${stack.node.path} wrote ${dirs.length} stack folders`);
    for (const a of assets) {
      const target = path.join(assetCache, a.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.cpSync(path.join(dirs[0], a.path), target, { recursive: true });
    }
    return { dir: dirs[0], cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }) };
  }
  // Aspects and validations, exactly as a full synthesis runs them; then the error annotations it refuses.
  Testing.synth(stack, true);
  const errors = stack.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === AnnotationMetadataEntryType.ERROR).map((m) => `[${c.node.path}] ${m.data}`));
  if (errors.length) throw new Error(`Encountered Annotations with level "ERROR":\n${errors.join('\n')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-synth-'));
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), `${JSON.stringify(sortedKeys(stack.toTerraform()), null, 2)}\n`);
  for (const a of assets) {
    const target = path.join(dir, a.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(path.join(assetCache, a.path), target, { recursive: true });
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
