import type { MunicipalityLinkContribution } from '../registry/index.ts';
import { isMunicipalityStaff } from './policy.ts';

/** The municipality page's line to its reports to the council: for its own staff and the admin. */
export const municipalityCouncilReportsLink: MunicipalityLinkContribution = ({ actor, municipalityCode }) =>
  isMunicipalityStaff(actor, municipalityCode)
    ? {
        term: 'Redegørelser',
        href: `/kommuner/${municipalityCode}/redegoerelser`,
        label: 'Redegørelser til kommunalbestyrelsen om styringsdialogerne',
      }
    : null;
