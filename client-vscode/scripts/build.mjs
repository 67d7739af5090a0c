// Bundles src/extension.ts into dist/extension.js and copies the TextMate grammars from ../syntaxes
// into dist/syntaxes (package.json points there, so the vsix carries them).
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const grammars = join(root, '..', 'syntaxes');

await rm(join(root, 'dist', 'syntaxes'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
await mkdir(join(root, 'dist', 'syntaxes'), { recursive: true });
for (const name of await readdir(grammars)) {
  if (name.endsWith('.tmLanguage.json')) {
    await copyFile(join(grammars, name), join(root, 'dist', 'syntaxes', name));
  }
}
