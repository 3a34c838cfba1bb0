export const documentHref = (organisationId: number, year: number) =>
  `/boligorganisationer/${organisationId}/styringsdialog/${year}/aftaledokument`;

/** The dialogue page's link to the year's aftaledokument (src/wiring.ts). */
export const dialogueAgreementDocumentLink = (organisationId: number, year: number) => ({
  href: documentHref(organisationId, year),
  label: 'Aftaledokument',
});
