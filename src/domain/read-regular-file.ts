import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a file of an organisation's folder as UTF-8, refusing what is not a
 * regular file (a FIFO, a device such as /dev/zero, through a link or not)
 * or is larger than `maxBytes`, before reading a byte of it. The checks run
 * on the open file, so a file swapped after them cannot grow the read, and
 * opening a FIFO with no writer cannot hang. Throws an Error whose message
 * is the reason, for the caller to name the file in its own error.
 *
 * @example
 * readRegularFile('company-rules/streaming.json', 1024 * 1024); // the text
 * readRegularFile('/dev/zero', 1024); // throws Error('not a regular file')
 */
export function readRegularFile(path: string, maxBytes: number): string {
  let fd: number | undefined;
  const tooLarge = () => new Error(`the file is larger than ${maxBytes} bytes`);
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('not a regular file');
    if (stats.size > maxBytes) throw tooLarge();
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw tooLarge();
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    // The system's own errors (ENOENT, EACCES, EISDIR…) read as why the file cannot be read; ours pass as they are.
    if (!(error instanceof Error) || !('code' in error)) throw error;
    throw new Error(`cannot read the file (${error.message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
