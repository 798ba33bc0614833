import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { docTextIndex } from "./doc-text-index";

export interface SuggestionMark {
  id: string;
  /** Code points of the article's plain text, like claim anchors. */
  start: number;
  end: number;
  /** Tooltip: the suggestion's reasons. */
  label: string;
}

type SuggestionMeta = { suggestions: SuggestionMark[]; activeId: string | null };

export const suggestionMarksKey = new PluginKey<DecorationSet>("suggestionMarks");


function buildDecorations(doc: PMNode, { suggestions, activeId }: SuggestionMeta) {
  const { index, map } = docTextIndex(doc);
  return DecorationSet.create(
    doc,
    suggestions.map((suggestion) =>
      // A span of its own per suggestion (nodeName), so it keeps its id inside claim highlights.
      Decoration.inline(index.toPos(map.toUtf16(suggestion.start)), index.toPos(map.toUtf16(suggestion.end)), {
        nodeName: "span",
        class: suggestion.id === activeId ? "claim-suggestion is-active" : "claim-suggestion",
        "data-suggestion-id": suggestion.id,
        title: suggestion.label,
      }),
    ),
  );
}

/** Sets the suggestions to mark (and the one whose details are open). */
export function setSuggestionMarks(tr: Transaction, suggestions: SuggestionMark[], activeId: string | null) {
  return tr.setMeta(suggestionMarksKey, { suggestions, activeId } satisfies SuggestionMeta);
}

/**
 * Draws pending claim suggestions as subtle dotted underlines (claims are filled highlights),
 * and reports clicks on them. It is a decoration plugin registered on the live editor by the
 * suggestions control rather than a fixed entry of the article editor's extension list: the
 * editor itself stays unaware of suggestions, and a rebuilt editor gets it registered again.
 * Returns the function that removes it.
 */
export function registerSuggestionMarks(editor: Editor, onClick: (id: string) => void): () => void {
  const plugin = new Plugin<DecorationSet>({
    key: suggestionMarksKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, decorations, _old, state) {
        const meta = tr.getMeta(suggestionMarksKey) as SuggestionMeta | undefined;
        if (meta) return buildDecorations(state.doc, meta);
        return tr.docChanged ? decorations.map(tr.mapping, tr.doc) : decorations;
      },
    },
    props: {
      decorations: (state) => suggestionMarksKey.getState(state),
      handleDOMEvents: {
        click(_view, event) {
          const target = (event.target as HTMLElement | null)?.closest?.("[data-suggestion-id]");
          const selection = window.getSelection();
          // A click that ends a text selection starts a claim by hand; leave it alone.
          if (!target || (selection && !selection.isCollapsed)) return false;
          onClick(target.getAttribute("data-suggestion-id")!);
          return false;
        },
      },
    },
  });
  editor.registerPlugin(plugin);
  return () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(suggestionMarksKey);
  };
}
