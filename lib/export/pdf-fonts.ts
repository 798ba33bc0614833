import { existsSync } from "node:fs";
import path from "node:path";

const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";
const DEJAVU = { serif: "DejaVuSerif.ttf", sans: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
const BUILT_IN = { serif: "Times-Roman", sans: "Helvetica", bold: "Helvetica-Bold" } as const;

export type FontRole = keyof typeof BUILT_IN;

// WinAnsi (cp1252) beyond Latin-1: the characters the built-in fonts can still draw.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(char: string) {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.has(char);
}

/** Text the built-in fonts can draw: anything outside WinAnsi becomes "?". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text) out += isWinAnsi(char) ? char : "?";
  return out;
}

const NON_WIN_ANSI = /[^\x20-\x7e\xa0-\xff\n€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/**
 * Registers the fonts "serif", "sans" and "bold" and makes every text call use one that can
 * draw it: pdfkit's built-in Times/Helvetica for WinAnsi text (fast, nothing embedded), DejaVu
 * (Debian's fonts-dejavu-core, embedded as a subset) for any other text when it is installed,
 * else the built-ins with unsupported characters replaced by "?". Layout with an embedded
 * TrueType font is several times slower, which matters for a report of 1,000 claims.
 */
export function setUpPdfFonts(doc: PDFKit.PDFDocument) {
  const files = Object.fromEntries(Object.entries(DEJAVU).map(([role, file]) => [role, path.join(DEJAVU_DIR, file)])) as Record<FontRole, string>;
  const unicode = Object.values(files).every((file) => existsSync(file));
  for (const role of Object.keys(BUILT_IN) as FontRole[]) {
    doc.registerFont(role, BUILT_IN[role]);
    if (unicode) doc.registerFont(`${role}-unicode`, files[role]);
  }
  let current: FontRole = "serif";
  const font = doc.font.bind(doc) as (name: string, size?: number) => PDFKit.PDFDocument;
  const withFontFor = <T>(text: unknown, draw: (text: unknown) => T): T => {
    if (typeof text !== "string" || !NON_WIN_ANSI.test(text)) return draw(text);
    if (!unicode) return draw(toWinAnsi(text));
    font(`${current}-unicode`);
    try {
      return draw(text);
    } finally {
      font(current);
    }
  };
  const text = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  const heightOfString = doc.heightOfString.bind(doc) as (...args: unknown[]) => number;
  const widthOfString = doc.widthOfString.bind(doc) as (...args: unknown[]) => number;
  Object.assign(doc, {
    font(name: string, size?: number) {
      if (name in BUILT_IN) current = name as FontRole;
      return font(name, size);
    },
    text: (value: unknown, ...rest: unknown[]) => withFontFor(value, (safe) => text(safe, ...rest)),
    heightOfString: (value: unknown, ...rest: unknown[]) => withFontFor(value, (safe) => heightOfString(safe, ...rest)),
    widthOfString: (value: unknown, ...rest: unknown[]) => withFontFor(value, (safe) => widthOfString(safe, ...rest)),
  });
  doc.font("serif");
}
