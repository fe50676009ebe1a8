import { JsonFile, Project } from 'projen';
import { CDKTN_DEV_VERSIONS } from '../scripts/flavours';

/** Where the CDK Terrain toolchain is installed and the cdktn flavour is built, relative to the root. */
export const CDKTN_TOOLCHAIN_DIR = 'packages/cdktn-toolchain';

/**
 * A private workspace that only installs `cdktn` with the `constructs` version it requires. cdktn's peer range
 * (`>=10.6 <10.8`) excludes the constructs version the cdktf build is tested with (10.4.2), so npm installs both
 * side by side: the cdktf pair at the root, the cdktn pair in this workspace's own node_modules. The cdktn
 * flavour of both packages is compiled in its `build/` folder (which resolves the cdktn pair first), and the cdktn
 * test runs map `cdktf` and `constructs` to this pair.
 */
export function addCdktnToolchain(parent: Project) {
  new JsonFile(parent, `${CDKTN_TOOLCHAIN_DIR}/package.json`, {
    obj: {
      name: 'cdktn-toolchain',
      private: true,
      description: 'CDK Terrain (cdktn) and the constructs version it requires, for building and testing the cdktn flavour',
      license: 'Apache-2.0',
      devDependencies: { cdktn: CDKTN_DEV_VERSIONS.cdktn, constructs: CDKTN_DEV_VERSIONS.constructs },
    },
  });
}
