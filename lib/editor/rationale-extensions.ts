import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** Protocols a rationale link may use; anything else (javascript:, data:…) is refused on save. */
export const RATIONALE_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

/**
 * The claim rationale editor's extensions, React-free and shared by the browser editor and the
 * server's validation: paragraphs, bold, italic, links and bullet/ordered lists, nothing else.
 */
export const rationaleExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    hardBreak: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...RATIONALE_LINK_PROTOCOLS],
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    },
  }),
];
