import { gzipSync } from 'node:zlib';

/** Bytes of `content` gzipped at level 9: what a compressing static host sends. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}
