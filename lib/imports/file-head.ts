// The first bytes of a file, which tell its container: detection reads content, never names.
import { open } from 'node:fs/promises';

export async function readHead(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** `PK\x03\x04` (a zip with entries) or `PK\x05\x06` (an empty zip): archives and .xlsx. */
export function isZipMagic(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** `D0 CF 11 E0 A1 B1 1A E1`: an OLE2 compound file, i.e. an old binary .xls (or .doc). */
export function isOle2Magic(head: Buffer): boolean {
  return head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
}
