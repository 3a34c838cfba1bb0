/**
 * How many entries no longer public a subscription still remembers as told. An entry can leave the
 * public pages and come back (minutes reopened and approved again, a letting agreement's period
 * extended); remembering it keeps it out of a later digest. Entries still public are all remembered.
 */
export const GONE_KEYS_KEPT = 200;

/**
 * The subscription's `seen_keys` after a digest told `fresh`: the keys of entries still public
 * (`publicNow`), the most recently gone ones up to `keep`, and the fresh ones. Without pruning the
 * list grows with every digest for as long as the subscription lives.
 *
 * Kept gone keys go first and keys still public after them, so a key that leaves later sits after
 * the ones that left before it, and the oldest gone are dropped first.
 */
export function nextSeenKeys(
  seen: readonly string[],
  publicNow: readonly string[],
  fresh: readonly string[],
  keep = GONE_KEYS_KEPT,
): string[] {
  const now = new Set(publicNow);
  const gone = seen.filter((k) => !now.has(k));
  const still = seen.filter((k) => now.has(k));
  return [...new Set([...(keep > 0 ? gone.slice(-keep) : []), ...still, ...fresh])];
}
