import type { Journey } from '../lib/journey.ts';
import { agreementDocument } from './agreement-document.ts';
import { agreements } from './agreements.ts';
import { anonymous } from './anonymous.ts';
import { deactivate } from './deactivate.ts';
import { dialogue } from './dialogue.ts';
import { documentation } from './documentation.ts';
import { editEstate } from './edit-estate.ts';
import { housingAreas } from './housing-areas.ts';
import { importEstates } from './import-estates.ts';
import { importKeyFigures } from './import-key-figures.ts';
import { importMinutes } from './import-minutes.ts';
import { invitation } from './invitation.ts';
import { keyFigures } from './key-figures.ts';
import { lettingAgreements } from './letting-agreements.ts';
import { meetings } from './meetings.ts';
import { passwordReset } from './password-reset.ts';
import { phone } from './phone.ts';
import { publicSite } from './public-site.ts';
import { registryPeople } from './registry-people.ts';
import { roles } from './roles.ts';
import { trafficLights } from './traffic-lights.ts';

/** Every journey, in the order they run. */
export const journeys: Journey[] = [
  anonymous,
  roles,
  editEstate,
  importEstates,
  importKeyFigures,
  registryPeople,
  invitation,
  dialogue,
  documentation,
  keyFigures,
  meetings,
  trafficLights,
  importMinutes,
  phone,
  publicSite,
  passwordReset,
  deactivate,
  housingAreas,
  agreements,
  lettingAgreements,
  agreementDocument,
];
