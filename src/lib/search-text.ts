/**
 * The search box's text for `websearch_to_tsquery`, which takes only straight quotes as a phrase's
 * marks: the hints show Danish quotes („fleksibel udlejning“), and a phrase typed or pasted with
 * them (or with « » or “ ”) must search as a phrase too.
 */
export const websearchText = (q: string) => q.replace(/[„“”«»]/g, '"');
