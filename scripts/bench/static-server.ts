import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/** Text worth compressing, as a static host would (Pagefind's index files are compressed already). */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/**
 * Serves `root` on a loopback port (`port`, or any free one) the way a static host would: gzip for text, and the
 * headers of `root/_headers` (the site's security headers). Enough for the bench and Lighthouse
 * to load pages and search.
 */
export async function startStaticServer(root: string, port = 0): Promise<{ url: string; close: () => void }> {
  const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      ...headersFor(headerRules, path),
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
