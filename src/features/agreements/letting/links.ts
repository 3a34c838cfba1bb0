import type { MunicipalityLinkContribution, OrganisationLinkContribution } from '../../registry/index.ts';

/** The organisation page's line to its letting agreements, for those who may see them (not the public). */
export const organisationLettingLink: OrganisationLinkContribution = ({ actor, organisation }) =>
  actor.scope.kind === 'public'
    ? null
    : {
        term: 'Udlejningsaftaler',
        href: `/boligorganisationer/${organisation.id}/udlejningsaftaler`,
        label: 'Kommunal anvisning, fleksibel udlejning og fast anvisningsret',
      };

/** The municipality page's line to its letting agreements: for the municipality itself, the organisations and the admin. */
export const municipalityLettingLink: MunicipalityLinkContribution = ({ actor, municipalityCode }) =>
  actor.scope.kind === 'public' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode !== municipalityCode)
    ? null
    : {
        term: 'Udlejningsaftaler',
        href: `/kommuner/${municipalityCode}/udlejningsaftaler`,
        label: 'Kommunens udlejningsaftaler med boligorganisationerne',
      };
