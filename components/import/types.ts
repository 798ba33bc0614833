// Type-only: the preview the server builds is exactly what the browser receives.
export type { ImportPreview as Preview } from "@/lib/import/import-preview";
