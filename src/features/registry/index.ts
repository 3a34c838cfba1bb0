/**
 * The registry: municipalities, housing organisations, administrators, estates, people and fora.
 * What other features may use of it; they read its rows through these functions, SQL
 * expressions and scope conditions, never through its tables.
 */
export { administratorOptions } from './administrators.ts';
export type { MunicipalityLinkContribution, OrganisationLinkContribution } from './contributions.ts';
export { currentMembersOf, findForumRef, findOrganisationRef, type MemberBodies } from './bodies.ts';
export { estateMunicipalities, estateSummaries, listEstates } from './estates.ts';
export { editableOrganisationsWithEstates } from './editable.ts';
export { canEditOrganisation } from './policy.ts';
export { estateProfiles } from './estate-profiles.ts';
export { HOME_KIND_LABELS, mainHomeKind, setEstateSize, type HomeKind } from './estate-size.ts';
export {
  administeredBy,
  estateAdministeredBy,
  estateOfOrganisation,
  findPartyOrganisation,
  fiscalYearEndMonthsOf,
  forumName,
  meetingPartnerOptions,
  municipalityName,
  municipalityOfAdministered,
  municipalityOfOrganisation,
  municipalityRegionName,
  organisationAdministratorId,
  organisationName,
  supervisedOrganisationIds,
  partyOrganisationHeads,
} from './expressions.ts';
export {
  getMunicipality,
  listMunicipalities,
  municipalityExists,
  municipalityOptions,
  regionNames,
  seedMunicipalities,
} from './municipalities.ts';
export { editableOrganisationOptions, getOrganisation, listOrganisations } from './organisations.ts';
export { registryHistory } from './history.ts';
/** The public site's reading of the registry: active bodies, public columns only, no actor. */
export {
  publicEstateNames,
  publicEstateRow,
  publicEstateRows,
  publicForumRows,
  publicOrganisationRow,
  publicOrganisationRows,
  organisationSeatCode,
  publicOrganisationSql,
  publicRegistryAddresses,
  publicRegistrySearchSources,
} from './public-rows.ts';
// The estate import's file reading, for other imports until its generic part moves to src/lib/.
export { foldHeader } from './import/columns.ts';
export { parseFile, type Cell } from './import/parse-file.ts';
export { parseDanishNumber } from './import/validate.ts';
export { listQuerySchema } from './schemas.ts';
export { registryRoutes } from './routes.tsx';

/** The table of a municipality's organisations, for its registry page and its public page alike. */
export { OrganisationsTable } from './views/organisations-table.tsx';
