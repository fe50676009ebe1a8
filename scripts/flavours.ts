/**
 * The two builds made from the same sources: one for CDK for Terraform (`cdktf`) and one for its community fork
 * CDK Terrain (`cdktn`). The projen configuration, the packaging script, the cdktn test runs and the install
 * tests all read their names and version ranges from here.
 */

/** The version of both packages (the library and its provider bindings), in both flavours. */
export const PACKAGE_VERSION = '0.1.0';

/** One build of the library and its provider bindings. */
export interface Flavour {
  /** `cdktf` or `cdktn`: the framework package the sources are compiled against. */
  readonly framework: 'cdktf' | 'cdktn';
  /** The framework versions the packages accept (peer dependency). */
  readonly frameworkRange: string;
  /** The `constructs` versions the framework accepts (peer dependency). */
  readonly constructsRange: string;
  /** The name of the construct library package. */
  readonly library: string;
  /** The name of the provider bindings package. */
  readonly provider: string;
  /** How the README and package descriptions name the framework. */
  readonly title: string;
}

/** CDK for Terraform 0.21 (the sources import `cdktf`). */
export const CDKTF: Flavour = {
  framework: 'cdktf',
  frameworkRange: '^0.21.0',
  constructsRange: '^10.4.2',
  library: 'cdktf-tencentcloud-cos-events',
  provider: 'cdktf-tencentcloud-cos-events-provider',
  title: 'CDK for Terraform',
};

/** CDK Terrain 0.24: the same sources with `cdktf` and the package names rewritten. */
export const CDKTN: Flavour = {
  framework: 'cdktn',
  frameworkRange: '^0.24.0',
  constructsRange: '>=10.6.0 <10.8.0',
  library: 'cdktn-tencentcloud-cos-events',
  provider: 'cdktn-tencentcloud-cos-events-provider',
  title: 'CDK Terrain',
};

/** Both flavours; the first is the one the sources are written for. */
export const FLAVOURS: readonly Flavour[] = [CDKTF, CDKTN];

/**
 * The versions the development install uses for the cdktn runs: the lowest each range allows, as the cdktf
 * runs use cdktf 0.21.0 with constructs 10.4.2 (the install tests get the newest from the registry).
 */
export const CDKTN_DEV_VERSIONS = { cdktn: '0.24.0', constructs: '10.6.0' } as const;

/**
 * Rewrites a module specifier of the cdktf sources for another flavour: the framework (`cdktf`, `cdktf/lib/...`)
 * and the two package names (with subpaths). Anything else is returned unchanged.
 */
export function rewriteSpecifier(specifier: string, to: Flavour): string {
  const renames: Array<[string, string]> = [
    [CDKTF.provider, to.provider],
    [CDKTF.library, to.library],
    [CDKTF.framework, to.framework],
  ];
  for (const [from, into] of renames) {
    if (specifier === from || specifier.startsWith(`${from}/`)) return into + specifier.slice(from.length);
  }
  return specifier;
}
