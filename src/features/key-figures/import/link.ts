import { type OrganisationLinkContribution, canEditOrganisation } from '../../registry/index.ts';

/** The organisation page's way to the import of figures, for those who may change the organisation. */
export const figuresImportLink: OrganisationLinkContribution = ({ actor, organisation }) =>
  canEditOrganisation(actor, organisation)
    ? { term: 'Nøgletal', href: `/noegletal/import?boligorganisation=${organisation.id}`, label: 'Importér nøgletal fra en fil' }
    : null;
