import "server-only";
import { AppError } from "@/lib/server/app-error";

/** Largest backup file (compressed) a restore accepts; the decompressed size has its own limit. */
export const BACKUP_UPLOAD_MAX_BYTES = 512 * 1024 * 1024;

// The restore form sends application/gzip; browsers and tools may also say x-gzip or octet-stream.
const ACCEPTED_TYPES = new Set(["", "application/gzip", "application/x-gzip", "application/octet-stream"]);
const NOT_A_BACKUP = "That file is not a Factdesk backup. Choose the .ndjson.gz file a backup download saved.";

/** A refused upload, answered 413 (too large) or 415 (not a gzip'd backup). */
export class BackupUploadError extends AppError {
  constructor(
    readonly httpStatus: 413 | 415,
    message: string,
  ) {
    super("INVALID_INPUT", message);
    this.name = "BackupUploadError";
  }

  override get status() {
    return this.httpStatus;
  }
}

const tooLarge = (maxBytes: number) =>
  new BackupUploadError(413, `That backup file is over ${Math.floor(maxBytes / 1024 / 1024)} MB, more than this server accepts.`);

/**
 * Checks a restore upload before any of it is restored: its declared type and size, and that it
 * starts like a gzip file. Returns the body with the size limit enforced while it streams in
 * (a client can send more than it declared, or declare nothing).
 */
export async function checkBackupUpload(request: Request, maxBytes = BACKUP_UPLOAD_MAX_BYTES): Promise<ReadableStream<Uint8Array>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) throw new BackupUploadError(415, NOT_A_BACKUP);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new AppError("INVALID_INPUT", "Choose a backup file to restore.");

  const reader = request.body.getReader();
  const head: Uint8Array[] = [];
  let headLength = 0;
  while (headLength < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    headLength += value.length;
  }
  if (headLength === 0) throw new AppError("INVALID_INPUT", "Choose a backup file to restore; this one is empty.");
  const first = head[0][0];
  const second = head[0].length > 1 ? head[0][1] : head[1]?.[0];
  if (first !== 0x1f || second !== 0x8b) {
    await reader.cancel();
    throw new BackupUploadError(415, NOT_A_BACKUP);
  }

  let total = 0;
  const count = (chunk: Uint8Array, controller: ReadableStreamDefaultController<Uint8Array>) => {
    total += chunk.length;
    if (total > maxBytes) {
      void reader.cancel();
      controller.error(tooLarge(maxBytes));
      return;
    }
    controller.enqueue(chunk);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) count(chunk, controller);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else count(value, controller);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
