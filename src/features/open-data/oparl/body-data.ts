import type { Db } from '../../../db/client.ts';
import { publicBody, publicDocuments, publicMunicipalityAgreements } from '../../publication/index.ts';

/*
 * What one Body (municipality) publishes, read only through the publication's read.ts (decision
 * 016): its organisations and fora, its approved minutes, and its organisations' agreements of the
 * years whose dialogue meeting is held. Nothing here decides what is public.
 */

export const bodyOf = (db: Db, code: string) => publicBody(db, code);
export type BodyData = NonNullable<Awaited<ReturnType<typeof bodyOf>>>;

/** The agreements (Papers) of the body's organisations, of their held dialogue years. */
export const bodyPapers = (db: Db, body: BodyData) => publicMunicipalityAgreements(db, body.municipality.code);
export type BodyPaper = Awaited<ReturnType<typeof bodyPapers>>[number];

/** The published aftaledokumenter (every version) of the body's organisations: Papers, each with its PDF as a File. */
export const bodyDocuments = (db: Db, body: BodyData) => publicDocuments(db, body.municipality.code);
