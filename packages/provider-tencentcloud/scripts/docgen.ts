/**
 * Writes docs/: one API page per submodule (docs/cosBucket.md, ...) and an index (docs/API.md), from the compiled
 * assembly (.jsii), with jsii-docgen.
 *
 * jsii-docgen's command line looks for the assemblies of cdktf and constructs under this folder only; in this
 * repository they are installed at the workspace root. So the script hands jsii-docgen a temporary folder that
 * links this package and the assemblies it refers to, found where Node finds them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Documentation, Language } from 'jsii-docgen';

const ROOT = path.resolve(__dirname, '..');
const DOCS = path.join(ROOT, 'docs');

async function main(): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    peerDependencies?: Record<string, string>;
  };
  const assemblies = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-docgen-'));
  try {
    fs.symlinkSync(ROOT, path.join(assemblies, 'self'), 'dir');
    for (const dependency of Object.keys(manifest.peerDependencies ?? {})) {
      const location = path.dirname(require.resolve(`${dependency}/package.json`, { paths: [ROOT] }));
      fs.symlinkSync(location, path.join(assemblies, dependency), 'dir');
    }
    const docs = await Documentation.forAssembly(manifest.name, assemblies);
    const language = Language.TYPESCRIPT;
    fs.rmSync(DOCS, { recursive: true, force: true });
    fs.mkdirSync(DOCS, { recursive: true });
    const submodules = await docs.listSubmodules();
    for (const submodule of submodules) {
      const name = submodule.fqn.split('.').slice(1).join('.');
      const page = await docs.toMarkdown({
        language,
        submodule: submodule.fqn,
        allSubmodules: false,
        header: { title: `\`${name}\` Submodule`, id: submodule.fqn },
      });
      fs.writeFileSync(path.join(DOCS, `${name}.md`), page.render());
    }
    const index = await docs.toIndexMarkdown('md', { language });
    fs.writeFileSync(path.join(DOCS, 'API.md'), index.render());
    console.log(`docs/: ${submodules.length} submodule pages and API.md`);
  } finally {
    fs.rmSync(assemblies, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
