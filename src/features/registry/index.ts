/**
 * The registry: municipalities, housing organisations, administrators, estates, people and fora.
 * What other features may use of it; they read its rows through these functions, SQL
 * expressions and scope conditions, never through its tables.
 */
export { administratorOptions } from './administrators.ts';
export { currentMembersOf, findForumRef, findOrganisationRef, type MemberBodies } from './bodies.ts';
export { estateMunicipalities, listEstates } from './estates.ts';
export { estateProfiles } from './estate-profiles.ts';
export {
  administeredBy,
  findPartyOrganisation,
  fiscalYearEndMonthsOf,
  forumName,
  meetingPartnerOptions,
  municipalityName,
  municipalityOfAdministered,
  municipalityOfOrganisation,
  organisationAdministratorId,
  organisationName,
  partyOrganisationHeads,
} from './expressions.ts';
export { getMunicipality, municipalityExists, municipalityOptions, seedMunicipalities } from './municipalities.ts';
export { editableOrganisationOptions, getOrganisation, listOrganisations } from './organisations.ts';
export { canEditOrganisation } from './policy.ts';
export { registryHistory } from './history.ts';
export { listQuerySchema } from './schemas.ts';
export { registryRoutes } from './routes.tsx';
