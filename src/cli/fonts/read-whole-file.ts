/**
 * Reads a file with one request to the thread pool. fs.promises.readFile reads in 512 KiB steps, each
 * started by the event loop, so a font read started ahead (resolve-fonts.ts prefetches while the sources
 * are parsed and checked) advanced by one step per turn of the loop and was still running when needed.
 */
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';

export function readWholeFile(path: string): Promise<Buffer> {
  let descriptor: number;
  let size: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    return Promise.reject(error as Error);
  }
  try {
    size = fstatSync(descriptor).size;
  } catch (error) {
    closeSync(descriptor);
    return Promise.reject(error as Error);
  }
  const buffer = Buffer.allocUnsafe(size);
  return new Promise((resolve, reject) => {
    read(descriptor, buffer, 0, size, 0, (error, bytesRead) => {
      try {
        if (error) return reject(error);
        // A short read (rare for regular files) is finished in place.
        let done = bytesRead;
        while (done < size) {
          const more = readSync(descriptor, buffer, done, size - done, done);
          if (more === 0) break;
          done += more;
        }
        resolve(done === size ? buffer : buffer.subarray(0, done));
      } catch (failure) {
        reject(failure as Error);
      } finally {
        closeSync(descriptor);
      }
    });
  });
}
