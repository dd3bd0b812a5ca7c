import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a language's Pagefind index on disk: its metadata, index chunks, fragments and wasm. */
export function searchIndexSizes(distDir: string): Record<string, number> {
  const pagefind = join(distDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const sizes: Record<string, number> = {};
  for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
    const prefix = `${language}_`;
    const inFolder = (folder: string) =>
      readdirSync(join(pagefind, folder))
        .filter((name) => name.startsWith(prefix))
        .reduce((sum, name) => sum + statSync(join(pagefind, folder, name)).size, 0);
    sizes[language] =
      statSync(join(pagefind, `pagefind.${hash}.pf_meta`)).size +
      statSync(join(pagefind, `wasm.${wasm}.pagefind`)).size +
      inFolder('index') +
      inFolder('fragment');
  }
  return sizes;
}
