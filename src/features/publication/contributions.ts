import type { MunicipalityLinkContribution, OrganisationLinkContribution } from '../registry/index.ts';
import { municipalityHref, organisationHref } from './links.ts';

/* The registry's pages link to the public pages (through src/wiring.ts), for every viewer. */

export const municipalityPublicLink: MunicipalityLinkContribution = ({ municipalityCode }) => ({
  term: 'Offentlige oplysninger',
  href: municipalityHref(municipalityCode),
  label: 'Godkendte referater, aftaler og udlejningsaftaler',
});

export const organisationPublicLink: OrganisationLinkContribution = ({ organisation }) => ({
  term: 'Offentlige oplysninger',
  href: organisationHref(organisation.municipalityCode, organisation.id),
  label: 'Det, offentligheden kan se om boligorganisationen',
});
