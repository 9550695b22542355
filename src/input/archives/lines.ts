/**
 * The lines of a byte stream, each at most `limit` bytes: a longer line is given as `null` (its
 * bytes are dropped as they come, so one endless line cannot fill memory) and the next goes on.
 */
export async function* cappedLines(input: AsyncIterable<Uint8Array | string>, limit: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = (): Buffer | null => {
    const line = tooLong ? null : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10)) {
      const piece = bytes.subarray(0, nl);
      if (!tooLong && size + piece.length <= limit) parts.push(piece), (size += piece.length);
      else tooLong = true;
      yield take();
      bytes = bytes.subarray(nl + 1);
    }
    if (!tooLong && size + bytes.length <= limit) parts.push(Buffer.from(bytes)), (size += bytes.length);
    else (tooLong = true), (parts = []), (size = 0);
  }
  if (tooLong || size > 0) yield take();
}
