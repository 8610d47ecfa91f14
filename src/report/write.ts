import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Pieces are gathered up to this many characters per write (a report of a million findings never becomes one string). */
const WRITE_BATCH = 1 << 20;

/**
 * Write a report file so that a reader never sees half of it: write a
 * temporary file beside the target, flush it, then rename over the target.
 * The content is one string, or pieces written one batch at a time.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w', 0o644);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else {
      let batch: string[] = [];
      let size = 0;
      for (const piece of content) {
        batch.push(piece);
        size += piece.length;
        if (size >= WRITE_BATCH) {
          await handle.write(batch.join(''), null, 'utf8');
          batch = [];
          size = 0;
        }
      }
      if (batch.length) await handle.write(batch.join(''), null, 'utf8');
    }
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
