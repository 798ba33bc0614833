/**
 * How many matches of each kind a text search ranks, and how far any count goes before it is
 * shown as "more than". A common word matches a tenth of a million-claim desk: ranking or
 * counting all of those took most of a second, so a search ranks the newest COUNT_CAP matches of
 * each kind (read newest first from the indexes) and says when there are more.
 */
export const COUNT_CAP = 1000;
