import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
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
const SELECTED_CLASS = "is-selected";


function decorationFor(from: number, to: number, claim: Pick<HighlightClaim, "id" | "color" | "label">) {
  // nodeName gives every claim its own element, so overlapping and nested claims each keep
  // their id and colour (plain inline decorations on one range would merge attributes).
  return Decoration.inline(
    from,
    to,
    {
      nodeName: "mark",
      class: "claim-highlight",
      "data-claim-id": claim.id,
      title: claim.label,
      style: `--claim-color: ${claim.color ?? NO_VERDICT_COLOR}`,
    },
    { claim },
  );
}

function buildDecorations(doc: PMNode, claims: HighlightClaim[]) {
  const { index, map } = docTextIndex(doc);
  const decorations = claims.map((claim) => decorationFor(index.toPos(map.toUtf16(claim.start)), index.toPos(map.toUtf16(claim.end)), claim));
  return DecorationSet.create(doc, decorations);
}

/**
 * The selected claim's marks get `is-selected` straight on their elements, not through the
 * decorations: a changed decoration makes ProseMirror redraw those text nodes and write the DOM
 * selection back (in a 20,000-word article a forced layout of several ms on every click).
 * ProseMirror ignores attribute changes on a text node's decoration wrapper, and redrawn marks
 * get the class again after every update that changed the highlights.
 */
class SelectedMarks {
  private marked: Element[] = [];

  constructor(private view: EditorView) {
    this.apply();
  }

  update(view: EditorView, previous: EditorState) {
    this.view = view;
    if (claimHighlightsKey.getState(view.state) !== claimHighlightsKey.getState(previous)) this.apply();
  }

  destroy() {
    this.marked.forEach((element) => element.classList.remove(SELECTED_CLASS));
  }

  private apply() {
    const selectedId = claimHighlightsKey.getState(this.view.state)?.selectedId;
    const next = selectedId ? [...this.view.dom.querySelectorAll(`mark[data-claim-id="${CSS.escape(selectedId)}"]`)] : [];
    for (const element of this.marked) if (!next.includes(element)) element.classList.remove(SELECTED_CLASS);
    for (const element of next) element.classList.add(SELECTED_CLASS);
    this.marked = next;
  }
}

/** Sets the claims to draw; call when claims, anchors or verdicts change. */
export function setHighlights(tr: Transaction, claims: HighlightClaim[], selectedId: string | null) {
  return tr.setMeta(claimHighlightsKey, { claims, selectedId } satisfies HighlightMeta);
}

/** Marks another claim as the selected one; the decorations stay as they are (see SelectedMarks). */
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
            decorations: buildDecorations(state.doc, initial.claims),
            selectedId: initial.selectedId,
          }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(claimHighlightsKey) as HighlightMeta | undefined;
            if (meta && "claims" in meta) {
              return { decorations: buildDecorations(newState.doc, meta.claims), selectedId: meta.selectedId };
            }
            const mapped = tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
            return meta ? { ...mapped, selectedId: meta.selectedId } : mapped;
          },
        },
        view: (view) => new SelectedMarks(view),
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
