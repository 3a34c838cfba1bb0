/** The key figures' import page (kf-import's part). */
export const IMPORT_HREF = '/noegletal/import';

export const organisationKeyFiguresHref = (organisationId: number) => `/boligorganisationer/${organisationId}/noegletal`;
