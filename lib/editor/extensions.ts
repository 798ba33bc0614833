import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/**
 * The article editor's extensions, React-free, shared by the browser editor and the server
 * (schema validation, plain-text extraction) so both agree on what a document may contain.
 */
export const articleExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    code: false,
    link: {
      openOnClick: false,
      autolink: false,
      protocols: ["http", "https", "mailto"],
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    },
  }),
];
