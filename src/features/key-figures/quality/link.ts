import type { OrganisationLinkContribution } from '../../registry/index.ts';

/** The organisation page's line to its data quality; everyone who sees the organisation may read it. */
export const dataQualityLink: OrganisationLinkContribution = ({ organisation }) => ({
  term: 'Datakvalitet',
  href: `/boligorganisationer/${organisation.id}/datakvalitet`,
  label: 'Antal boliger og areal sammenholdt med de importerede kilder',
});
