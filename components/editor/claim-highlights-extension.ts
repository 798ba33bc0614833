import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { docTextIndex } from "./doc-text-index";

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

type HighlightMeta = { claims: HighlightClaim[]; selectedId: string | null } | { selectedId: string | null };

export const claimHighlightsKey = new PluginKey<HighlightState>("claimHighlights");

const NO_VERDICT_COLOR = "#8a94a3";


function decorationFor(from: number, to: number, claim: Pick<HighlightClaim, "id" | "color" | "label">, selected: boolean) {
  // nodeName gives every claim its own element, so overlapping and nested claims each keep
  // their id and colour (plain inline decorations on one range would merge attributes).
  return Decoration.inline(
    from,
    to,
    {
      nodeName: "mark",
      class: selected ? "claim-highlight is-selected" : "claim-highlight",
      "data-claim-id": claim.id,
      title: claim.label,
      style: `--claim-color: ${claim.color ?? NO_VERDICT_COLOR}`,
    },
    { claim },
  );
}

function buildDecorations(doc: PMNode, claims: HighlightClaim[], selectedId: string | null) {
  const { index, map } = docTextIndex(doc);
  const decorations = claims.map((claim) =>
    decorationFor(index.toPos(map.toUtf16(claim.start)), index.toPos(map.toUtf16(claim.end)), claim, claim.id === selectedId),
  );
  return DecorationSet.create(doc, decorations);
}

/** Only the previously and newly selected claims' decorations change when the selection moves. */
function reselect(state: HighlightState, doc: PMNode, selectedId: string | null): HighlightState {
  const ids = new Set([state.selectedId, selectedId].filter((id): id is string => Boolean(id)));
  const stale = state.decorations.find(undefined, undefined, (spec) => ids.has(spec.claim?.id));
  const fresh = stale.map((decoration) => decorationFor(decoration.from, decoration.to, decoration.spec.claim, decoration.spec.claim.id === selectedId));
  return { decorations: state.decorations.remove(stale).add(doc, fresh), selectedId };
}

/** Sets the claims to draw; call when claims, anchors or verdicts change. */
export function setHighlights(tr: Transaction, claims: HighlightClaim[], selectedId: string | null) {
  return tr.setMeta(claimHighlightsKey, { claims, selectedId } satisfies HighlightMeta);
}

/** Marks another claim as the selected one, touching only the two affected highlights. */
export function setSelectedHighlight(tr: Transaction, selectedId: string | null) {
  return tr.setMeta(claimHighlightsKey, { selectedId } satisfies HighlightMeta);
}

interface Options {
  onClaimClick: (id: string) => void;
  /** The pointer entered a highlight (its claim's id) or left the highlights (null); for prefetching. */
  onClaimHover: (id: string | null) => void;
  /** Highlights drawn on the first render, so the article is not drawn twice on open. */
  initial: { claims: HighlightClaim[]; selectedId: string | null };
}

/**
 * Draws claims as highlights in the verdict's colour. While the text is edited the
 * highlights move with it (decorations are mapped through each change); the server
 * re-anchors them properly when the edit is saved.
 */
export const ClaimHighlights = Extension.create<Options>({
  name: "claimHighlights",
  addOptions() {
    return { onClaimClick: () => {}, onClaimHover: () => {}, initial: { claims: [], selectedId: null } };
  },
  addProseMirrorPlugins() {
    const { onClaimClick, onClaimHover, initial } = this.options;
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state: EditorState) => ({
            decorations: buildDecorations(state.doc, initial.claims, initial.selectedId),
            selectedId: initial.selectedId,
          }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(claimHighlightsKey) as HighlightMeta | undefined;
            if (meta && "claims" in meta) {
              return { decorations: buildDecorations(newState.doc, meta.claims, meta.selectedId), selectedId: meta.selectedId };
            }
            const mapped = tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
            return meta ? reselect(mapped, newState.doc, meta.selectedId) : mapped;
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
            mouseover(_view, event) {
              const target = (event.target as HTMLElement | null)?.closest?.("[data-claim-id]");
              onClaimHover(target?.getAttribute("data-claim-id") ?? null);
              return false;
            },
            mouseleave() {
              onClaimHover(null);
              return false;
            },
          },
        },
      }),
    ];
  },
});
