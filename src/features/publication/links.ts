/*
 * The public site's addresses, under /offentlig (decision 016): the same page for everyone,
 * whoever is logged in. Nested as a citizen reads them: municipality, organisation, estate.
 */
export const PUBLIC_PREFIX = '/offentlig';
export const municipalityHref = (code: string) => `${PUBLIC_PREFIX}/kommuner/${code}`;
export const organisationHref = (code: string, organisationId: number) => `${municipalityHref(code)}/boligorganisationer/${organisationId}`;
export const estateHref = (code: string, organisationId: number, estateId: number) =>
  `${organisationHref(code, organisationId)}/afdelinger/${estateId}`;
/** Where an estate's public charts and their CSV are: `…/noegletal/<indicator>/udvikling.svg` (and .csv). */
export const estateFiguresHref = (code: string, organisationId: number, estateId: number) =>
  `${estateHref(code, organisationId, estateId)}/noegletal`;
export const minutesHref = (meetingId: number) => `${PUBLIC_PREFIX}/referater/${meetingId}`;
export const minutesPdfHref = (meetingId: number) => `${minutesHref(meetingId)}/referat.pdf`;
export const PUBLIC_SEARCH_PATH = `${PUBLIC_PREFIX}/soeg`;
/** A published version of an aftaledokument: its own address under its organisation's. */
export const agreementDocumentHref = (code: string, organisationId: number, documentId: number) =>
  `${organisationHref(code, organisationId)}/aftaledokumenter/${documentId}`;
export const agreementDocumentPdfHref = (code: string, organisationId: number, documentId: number) =>
  `${agreementDocumentHref(code, organisationId, documentId)}/aftaledokument.pdf`;
/** An approved council report, by its municipality and year. */
export const councilReportHref = (code: string, year: number) => `${municipalityHref(code)}/redegoerelser/${year}`;
export const councilReportPdfHref = (code: string, year: number) => `${councilReportHref(code, year)}/redegoerelse.pdf`;
