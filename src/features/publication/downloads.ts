/*
 * Downloads a feature above the publication offers on a public municipality page (open data's CSV
 * files), handed in through src/wiring.ts: the publication may not import the feature that makes them.
 */
export interface PublicDownloadLink {
  href: string;
  label: string;
}

/** The downloads for a municipality's public page (code given), or for the whole country (code null). No query. */
export type PublicDownloadsContribution = (municipalityCode: string | null) => PublicDownloadLink[];
