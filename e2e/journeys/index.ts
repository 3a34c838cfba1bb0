import type { Journey } from '../lib/journey.ts';
import { anonymous } from './anonymous.ts';
import { editEstate } from './edit-estate.ts';
import { invitation } from './invitation.ts';
import { phone } from './phone.ts';
import { roles } from './roles.ts';

/** Every journey, in the order they run. */
export const journeys: Journey[] = [anonymous, roles, editEstate, invitation, phone];
