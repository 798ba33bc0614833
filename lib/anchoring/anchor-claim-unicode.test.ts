import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { codePointToUtf16 } from "./code-point-to-utf16";
import { describeSelection } from "./describe-selection";
import { codePointIndexOf, highlighted, selectQuote } from "./test-fixtures";

const FAMILY = "👨‍👩‍👧‍👦";
const CLAIM = "Moscow was unwilling or unable to ensure Syrian regime adherence";
const STORY = `Kirby said that ${CLAIM} to the arrangements. Earnest said patience had run out.`;

describe("anchorClaim with emoji and combining marks", () => {
  it("counts emoji inserted before the quote in code points", () => {
    const stored = selectQuote(STORY, CLAIM);
    const edited = `Readers reacted 👍🏽 and ${FAMILY} overnight.\n${STORY}`;
    const result = anchorClaim(edited, stored);
    expect(highlighted(edited, result)).toBe(CLAIM);
    // 👍🏽 is 2 code points in 4 UTF-16 units; the family is 7 code points in 11 units.
    const prefixUnits = edited.indexOf(CLAIM);
    expect(result).toMatchObject({ start: prefixUnits - (4 - 2) - (11 - 7) });
    if (result.status === "anchored") expect(codePointToUtf16(edited, result.start)).toBe(prefixUnits);
  });

  it("follows a quote whose own emoji lost its skin tone", () => {
    const text = `Kirby ended the briefing with 👍🏽 and left the room quickly.`;
    const stored = selectQuote(text, "briefing with 👍🏽 and left");
    const edited = `Update. ${text.replace("👍🏽", "👍")}`;
    const result = anchorClaim(edited, stored);
    expect(highlighted(edited, result)).toBe("briefing with 👍 and left");
    expect(result).toMatchObject({ method: "fuzzy" });
  });

  it("does not highlight half of an emoji cluster", () => {
    const stored = selectQuote(`Reaction: 👍 from Kirby.`, "👍 from Kirby");
    const edited = `Reaction: 👍🏽 from Kirby.`;
    expect(highlighted(edited, anchorClaim(edited, stored))).toBe("👍🏽 from Kirby");
    // Here the stored quote is a prefix of the new text: it still is not the same text.
    const ending = selectQuote(`Reaction from Kirby: 👍`, "Reaction from Kirby: 👍");
    const toned = `Reaction from Kirby: 👍🏽`;
    expect(highlighted(toned, anchorClaim(toned, ending))).toBe(toned);
    expect(anchorClaim(toned, ending)).toMatchObject({ method: "fuzzy" });
  });

  it("counts a combining accent as a code point and survives NFC re-imports", () => {
    const decomposed = "Kirby met the envoy at the Cafe\u0301 Rive Gauche in Geneva on Monday.";
    const stored = selectQuote(decomposed, "Rive Gauche in Geneva");
    expect(stored.position!.start).toBe(codePointIndexOf(decomposed, "Rive"));
    const nfc = decomposed.normalize("NFC");
    const result = anchorClaim(nfc, stored);
    expect(highlighted(nfc, result)).toBe("Rive Gauche in Geneva");
    expect(result).toMatchObject({ method: "quote", start: stored.position!.start - 1 });

    const accented = selectQuote(decomposed, "Cafe\u0301 Rive");
    expect(highlighted(nfc, anchorClaim(nfc, accented))).toBe("Café Rive");
    expect(anchorClaim(nfc, accented)).toMatchObject({ method: "quote" });
  });
});

// The same story in four scripts; each claim is the second sentence.
const SCRIPTS = [
  {
    name: "Russian",
    text: "США в понедельник приостановили переговоры с Россией о прекращении огня в Сирии. Госдепартамент обвинил Москву в ударах по жилым кварталам. Представитель Белого дома заявил, что терпение исчерпано.",
    claim: "обвинил Москву в ударах по жилым кварталам",
    typo: ["кварталам", "квараталам"],
  },
  {
    name: "Arabic",
    text: "علّقت الولايات المتحدة يوم الاثنين المفاوضات مع روسيا بشأن وقف إطلاق النار في سوريا. واتهمت واشنطن موسكو بتكثيف الهجمات على المناطق المدنية. وقال المتحدث إن القرار لم يُتخذ باستخفاف.",
    claim: "واتهمت واشنطن موسكو بتكثيف الهجمات على المناطق المدنية",
    typo: ["بتكثيف", "بتكثيق"],
  },
  {
    name: "Hindi",
    text: "अमेरिका ने सोमवार को सीरिया में युद्धविराम पर रूस के साथ बातचीत स्थगित कर दी। विदेश विभाग ने रूस पर नागरिक इलाकों पर हमले तेज करने का आरोप लगाया। प्रवक्ता ने कहा कि यह फैसला हल्के में नहीं लिया गया।",
    claim: "रूस पर नागरिक इलाकों पर हमले तेज करने का आरोप लगाया",
    typo: ["नागरिक", "नगरिक"],
  },
  {
    name: "Chinese",
    text: "美国周一暂停了与俄罗斯关于恢复叙利亚停火的谈判。国务院指责俄罗斯加强了对平民区的袭击。白宫发言人表示，大家对俄罗斯的耐心已经耗尽。",
    claim: "国务院指责俄罗斯加强了对平民区的袭击",
    typo: ["平民区", "平明区"],
  },
];

describe.each(SCRIPTS)("anchorClaim in $name", ({ text, claim, typo: [right, wrong] }) => {
  const lead = text.slice(0, text.indexOf(claim));

  it("finds the claim after a sentence is inserted before it", () => {
    const edited = lead + lead + text.slice(lead.length);
    const result = anchorClaim(edited, selectQuote(text, claim));
    expect(highlighted(edited, result)).toBe(claim);
    expect(result).toMatchObject({ method: "quote", start: codePointIndexOf(edited, claim) });
  });

  it("follows a typo fixed inside the claim", () => {
    const withTypo = text.replace(right, wrong);
    const stored = selectQuote(withTypo, claim.replace(right, wrong));
    const result = anchorClaim(text, stored);
    expect(highlighted(text, result)).toBe(claim);
    expect(result).toMatchObject({ method: "fuzzy" });
  });

  it("orphans the claim once its sentence is deleted", () => {
    const edited = text.replace(claim, "");
    expect(anchorClaim(edited, selectQuote(text, claim))).toMatchObject({ status: "orphaned" });
  });
});

describe("grapheme clusters in Devanagari and Chinese", () => {
  it("widens a selection that cuts a Devanagari vowel sign off its consonant", () => {
    const { text, claim } = SCRIPTS[2];
    const start = text.indexOf(claim);
    // "लगाया" ends in the vowel sign "ा"; a selection stopping before it is widened.
    const selectors = describeSelection(text, start, start + claim.length - 1);
    expect(selectors.quote.exact).toBe(claim);
  });

  it("finds a two-character Chinese quote by its context", () => {
    const { text } = SCRIPTS[3];
    const stored = selectQuote(text, "停火");
    const edited = `更新：${text}`;
    expect(highlighted(edited, anchorClaim(edited, stored))).toBe("停火");
    expect(anchorClaim(edited, stored)).toMatchObject({ start: stored.position!.start + 3 });
  });
});
