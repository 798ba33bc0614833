/** Longest line accepted (an article's JSON is at most ~5 MB, escaped). */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

/**
 * The lines of a gzip'd upload, decompressed and split as the bytes arrive. Refuses a line
 * over MAX_LINE_CHARS and more than `maxChars` in total (a gzip bomb never fills memory).
 */
export async function* readGzipLines(body: ReadableStream<Uint8Array>, maxChars: number): AsyncGenerator<string> {
  const text = body
    .pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>)
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>);
  let buffer = "";
  let total = 0;
  const reader = text.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxChars) throw new RangeError("The backup is larger than this server accepts.");
      buffer += value;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.trim()) yield line;
      }
      if (buffer.length > MAX_LINE_CHARS) throw new RangeError("The backup has a line that is too long.");
    }
    if (buffer.trim()) yield buffer;
  } finally {
    reader.releaseLock();
  }
}
