import "server-only";
import createDOMPurify, { type DOMPurify } from "dompurify";
import { JSDOM } from "jsdom";

// Only what the article schema can hold (and the wrappers it is found in); everything else is
// dropped with its attributes. Text inside removed wrappers survives unless the tag is FORBID'd.
const ALLOWED_TAGS = [
  "a", "b", "blockquote", "br", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "main",
  "article", "section", "header", "footer", "ol", "p", "s", "span", "strike", "del", "strong", "u", "ul",
  "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "pre", "sub", "sup", "small", "mark",
];
const FORBID_TAGS = [
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button", "select",
  "textarea", "svg", "math", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "title",
  "link", "meta", "base", "img", "video", "audio", "source", "picture", "canvas", "applet",
];
const SAFE_URL = /^(?:https?:|mailto:)/i;

let purifier: { purify: DOMPurify; document: Document } | undefined;

function instance() {
  if (purifier) return purifier;
  const { window } = new JSDOM("");
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName !== "A") return;
    const href = (node as Element).getAttribute("href")?.trim() ?? "";
    if (!SAFE_URL.test(href)) (node as Element).removeAttribute("href");
  });
  purifier = { purify, document: window.document };
  return purifier;
}

/**
 * Sanitizes untrusted HTML (pasted, uploaded, converted or fetched) into an inert fragment:
 * no scripts, handlers, styles, embedded content, forms, SVG/MathML, and links only to
 * http(s)/mailto. Headings are renamed to the editor's levels (h1 → h2).
 */
export function sanitizeHtml(html: string): DocumentFragment {
  const { purify, document } = instance();
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href"],
    FORBID_TAGS,
    FORBID_ATTR: ["style", "srcdoc", "src", "action", "formaction", "xlink:href"],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    WHOLE_DOCUMENT: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  renameHeadings(fragment, document);
  return fragment;
}

// The article title lives in metadata and the editor knows h2–h4: h1 becomes h2, h5/h6 become h4.
function renameHeadings(fragment: DocumentFragment, document: Document) {
  for (const heading of fragment.querySelectorAll("h1, h5, h6")) {
    const level = heading.tagName === "H1" ? 2 : 4;
    const renamed = document.createElement(`h${level}`);
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}
