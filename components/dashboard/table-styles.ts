// One look for every dashboard table (the article list's, see components/articles/article-table).
export const TABLE = "w-full text-sm";
export const THEAD = "border-b border-line bg-subtle/60 text-left text-xs uppercase tracking-wide text-muted";
export const TH = "px-3 py-2 font-medium";
export const TH_NUM = "px-3 py-2 text-right font-medium";
export const TD = "px-3 py-2";
export const TD_NUM = "px-3 py-2 text-right tabular-nums";
export const TBODY = "divide-y divide-line";
