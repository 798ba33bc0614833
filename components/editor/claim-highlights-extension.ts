import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { codePointMap } from "@/lib/editor/code-point-map";
import { buildTextIndex } from "@/lib/editor/text-index";

export interface HighlightClaim {
  id: string;
  /** Code points of the article's plain text. */
  start: number;
  end: number;
  color: string | null;
  label: string;
}

interface HighlightState {
  decorations: DecorationSet;
  selectedId: string | null;
}

export const claimHighlightsKey = new PluginKey<HighlightState>("claimHighlights");

const NO_VERDICT_COLOR = "#8a94a3";

function buildDecorations(doc: PMNode, claims: HighlightClaim[], selectedId: string | null) {
  const index = buildTextIndex(doc);
  const map = codePointMap(index.text);
  const decorations = claims.map((claim) => {
    const from = index.toPos(map.toUtf16(claim.start));
    const to = index.toPos(map.toUtf16(claim.end));
    // nodeName gives every claim its own element, so overlapping and nested claims each keep
    // their id and colour (plain inline decorations on one range would merge attributes).
    return Decoration.inline(from, to, {
      nodeName: "mark",
      class: claim.id === selectedId ? "claim-highlight is-selected" : "claim-highlight",
      "data-claim-id": claim.id,
      title: claim.label,
      style: `--claim-color: ${claim.color ?? NO_VERDICT_COLOR}`,
    });
  });
  return DecorationSet.create(doc, decorations);
}

/** Sets the claims to draw; call after every change to claims, verdicts or the selection. */
export function setHighlights(tr: Transaction, claims: HighlightClaim[], selectedId: string | null) {
  return tr.setMeta(claimHighlightsKey, { claims, selectedId });
}

/**
 * Draws claims as highlights in the verdict's colour. While the text is edited the
 * highlights move with it (decorations are mapped through each change); the server
 * re-anchors them properly when the edit is saved.
 */
export const ClaimHighlights = Extension.create<{ onClaimClick: (id: string) => void }>({
  name: "claimHighlights",
  addOptions() {
    return { onClaimClick: () => {} };
  },
  addProseMirrorPlugins() {
    const onClaimClick = this.options.onClaimClick;
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, selectedId: null }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(claimHighlightsKey) as { claims: HighlightClaim[]; selectedId: string | null } | undefined;
            if (meta) return { decorations: buildDecorations(newState.doc, meta.claims, meta.selectedId), selectedId: meta.selectedId };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
          handleDOMEvents: {
            click(_view, event) {
              const target = (event.target as HTMLElement | null)?.closest?.("[data-claim-id]");
              const selection = window.getSelection();
              // A click that ends a text selection is the start of a new claim, not a jump.
              if (!target || (selection && !selection.isCollapsed)) return false;
              onClaimClick(target.getAttribute("data-claim-id")!);
              return false;
            },
          },
        },
      }),
    ];
  },
});
