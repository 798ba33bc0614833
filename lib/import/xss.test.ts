import { describe, expect, it } from "vitest";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { htmlToArticleDoc } from "./html-to-article-doc";

// Each payload sits between two safe sentences that must survive; the payload must not.
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<img src=x onerror=alert(1)>`,
  `<a href="javascript:alert(1)">click</a>`,
  `<a href="JaVaScRiPt:alert(1)">mixed case</a>`,
  `<a href="&#106;avascript:alert(1)">entity encoded</a>`,
  `<a href="&#x6A;&#x61;vascript&#x3A;alert(1)">hex entities</a>`,
  `<a href=" javascript:alert(1)">leading space</a>`,
  `<a href="java\tscript:alert(1)">tab inside</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
  `<svg onload=alert(1)><circle r=1 /></svg>`,
  `<svg><script>alert(1)</script></svg>`,
  `<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
  `<math href="javascript:alert(1)">math link</math>`,
  `<style>body{background:url("javascript:alert(1)")}</style>`,
  `<p style="background:url(javascript:alert(1))">styled</p>`,
  `<img src="data:image/svg+xml,<svg onload=alert(1)>">`,
  `<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(1)"></form>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<div title="x" onmouseover="alert(1)">hover</div>`,
  `<p title="a"onclick="alert(1)">attribute breaking</p>`,
  `<img """><script>alert(1)</script>">`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>`,
  `<body onload=alert(1)>`,
  `<details open ontoggle=alert(1)>toggle</details>`,
  `<video><source onerror="alert(1)"></video>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<template><script>alert(1)</script></template>`,
  `<a href="https://ok.example" onclick="alert(1)">handler on a good link</a>`,
  `<xmp><script>alert(1)</script></xmp>`,
];

const FORBIDDEN = /<script|javascript:|vbscript:|data:|\bon[a-z]+\s*=|onerror|onload|onclick|alert\(1\)|srcdoc|<svg|<math|<style|<iframe/i;

describe("imported HTML is sanitized into the editor schema", () => {
  it.each(PAYLOADS)("drops the payload and keeps the text around %s", (payload) => {
    const doc = htmlToArticleDoc(`<p>Safe before.</p>${payload}<p>Safe after.</p>`);
    const serialized = JSON.stringify(doc.toJSON());
    expect(serialized).not.toMatch(FORBIDDEN);
    const text = docPlainText(doc);
    expect(text).toContain("Safe before.");
    expect(text).toContain("Safe after.");
  });

  it("covers at least 25 payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  it("keeps structure the editor knows and links to web and mail addresses only", () => {
    const doc = htmlToArticleDoc(
      `<h1>Top</h1><h3>Sub</h3><h6>Deep</h6><p>A <strong>bold</strong> <em>claim</em> with <a href="https://example.org/a" target="_self" class="x">a source</a>, <a href="mailto:desk@example.org">mail</a> and <a href="/relative">a relative link</a>.</p><ul><li>one</li><li><p></p></li></ul><p>&nbsp;</p><p></p><blockquote><p>Quoted.</p></blockquote>`,
    );
    const json = doc.toJSON();
    expect(json.content.map((node: { type: string; attrs?: { level?: number } }) => [node.type, node.attrs?.level])).toEqual([
      ["heading", 2],
      ["heading", 3],
      ["heading", 4],
      ["paragraph", undefined],
      ["bulletList", undefined],
      ["blockquote", undefined],
    ]);
    const links = JSON.stringify(json).match(/"href":"[^"]*"/g);
    expect(links).toEqual(['"href":"https://example.org/a"', '"href":"mailto:desk@example.org"']);
    expect(json.content[4].content).toHaveLength(1);
    expect(docPlainText(doc)).toBe("Top\nSub\nDeep\nA bold claim with a source, mail and a relative link.\none\nQuoted.");
  });
});
