import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { checkBackupUpload } from "@/lib/backup/backup-upload";
import { FILE_MAX_BYTES } from "@/lib/import/read-import-file";
import { createTestTeam } from "@/test/factories";
import type { Actor } from "@/test/authorization/fixture";

let acting: Actor | null = null;
vi.mock("@/lib/auth/session-token", () => ({ readSessionClaims: async () => (acting ? { userId: acting.id, sessionVersion: 0 } : null) }));
const importRoute = await import("@/app/api/w/[workspace]/import/file/route");
const restoreRoute = await import("@/app/api/w/[workspace]/backup/restore/route");

/** A body streamed in 64 KB chunks without a declared length, as a client may send it. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(65_536, bytes - sent)).fill(0x61);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

async function asOwnerOfEmptyWorkspace() {
  const { owner, workspace } = await createTestTeam("Upload Owner");
  acting = { id: owner.id, name: owner.name, email: owner.email };
  return { params: Promise.resolve({ workspace: workspace.slug }), slug: workspace.slug };
}

async function expectRefusal(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: string }).error).toMatch(message);
}

describe("article file import: size and type limits", () => {
  const post = (slug: string, init: RequestInit) =>
    new Request(`http://localhost/api/w/${slug}/import/file`, { method: "POST", duplex: "half", ...init } as RequestInit);
  const form = (name: string, content: BlobPart, type = "text/plain") => {
    const data = new FormData();
    data.set("file", new File([content], name, { type }));
    return data;
  };

  it("refuses a declared size over the limit with 413 before reading the body", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const response = await importRoute.POST(post(slug, { body: "x", headers: { "content-length": String(FILE_MAX_BYTES * 2) } }), { params });
    await expectRefusal(response, 413, /over 5 MB/);
  });

  it("stops reading a streamed body as soon as it passes the limit (413)", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const response = await importRoute.POST(post(slug, { body: streamOf(FILE_MAX_BYTES + 200_000), headers: { "content-type": "multipart/form-data; boundary=x" } }), { params });
    await expectRefusal(response, 413, /over 5 MB/);
  });

  it("refuses a file type it cannot read (415), and binary content in a text file (415)", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    await expectRefusal(await importRoute.POST(post(slug, { body: form("tool.exe", "MZ\u0090\u0000") }), { params }), 415, /\.html, \.txt, \.md|\.docx|file type|Choose/i);
    await expectRefusal(await importRoute.POST(post(slug, { body: form("notes.txt", new Uint8Array([0x00, 0xff, 0xfe, 0x00])) }), { params }), 415, /not (UTF-8 )?text/);
  });

  it("asks for a file when the form has none (422)", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const data = new FormData();
    data.set("other", "x");
    await expectRefusal(await importRoute.POST(post(slug, { body: data }), { params }), 422, /Choose a file/);
  });
});

describe("backup restore: size and type limits", () => {
  const post = (slug: string, init: RequestInit) =>
    new Request(`http://localhost/api/w/${slug}/backup/restore`, { method: "POST", duplex: "half", ...init } as RequestInit);

  it("refuses another content type with 415", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const response = await restoreRoute.POST(post(slug, { body: gzipSync("{}\n"), headers: { "content-type": "text/html" } }), { params });
    await expectRefusal(response, 415, /not a Factdesk backup/);
  });

  it("refuses a file that is not gzip'd with 415, before any restore starts", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const response = await restoreRoute.POST(post(slug, { body: '{"type":"header"}\n', headers: { "content-type": "application/gzip" } }), { params });
    await expectRefusal(response, 415, /not a Factdesk backup/);
  });

  it("refuses a declared size over the limit with 413", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    const response = await restoreRoute.POST(post(slug, { body: gzipSync("x"), headers: { "content-type": "application/gzip", "content-length": String(600 * 1024 ** 2) } }), { params });
    await expectRefusal(response, 413, /over 512 MB/);
  });

  it("asks for a file when the body is empty (422)", async () => {
    const { params, slug } = await asOwnerOfEmptyWorkspace();
    await expectRefusal(await restoreRoute.POST(post(slug, { body: new Uint8Array(), headers: { "content-type": "application/gzip" } }), { params }), 422, /Choose a backup file/);
  });

  it("enforces the size limit while the upload streams in, whatever was declared", async () => {
    const gzipHeader = gzipSync("x").subarray(0, 10);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(gzipHeader);
        controller.enqueue(new Uint8Array(4096));
        controller.close();
      },
    });
    const request = new Request("http://localhost/restore", { method: "POST", body, duplex: "half", headers: { "content-type": "application/gzip" } } as RequestInit);
    const capped = await checkBackupUpload(request, 1024);
    const reader = capped.getReader();
    await expect((async () => { for (;;) if ((await reader.read()).done) return; })()).rejects.toMatchObject({ status: 413 });
  });
});
