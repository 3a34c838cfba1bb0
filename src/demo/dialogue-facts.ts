import { eq, inArray } from 'drizzle-orm';
import { SYSTEM_ACTOR, type Actor } from '../auth/scope.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { sendPackage, uploadFiles } from '../features/documentation/actions.ts';
import { loadPackage } from '../features/documentation/package.ts';
import { documentationPackages, packageFiles, packageItemEvents, packageItems } from '../features/documentation/tables.ts';
import { danishInstant } from '../lib/copenhagen-time.ts';
import { approveMinutes, sendForComments } from '../features/meetings/minutes/service.ts';
import { createMeeting } from '../features/meetings/service.ts';
import { meetings } from '../features/meetings/tables.ts';
import type { Wiring } from '../wiring.ts';

/*
 * The facts that meet a dialogue's deadlines, made the way people make them: the organisation
 * sends its package with a file on every required item, the municipality holds the meeting and
 * both sides approve its minutes. Shared by the demo data and the tests, so a dialogue's stage
 * and its facts agree in both.
 */

type PackageFile = (item: { title: string }, year: number) => File | Promise<File>;

/** A small CSV per item: the cheapest real file the package accepts (tests). */
export const csvFile: PackageFile = (item, year) => new File([`Punkt;År\n${item.title};${year}\n`], `${item.title} ${year}.csv`);

/**
 * Sends the convened dialogue's package as its organisation would: a file on each required item
 * (`file`), then "Send pakken", which moves a dialogue in "indkaldt" on to "pakke_modtaget".
 * `sentOn` dates the sending in the past (demo data of earlier months), as if it had been sent then.
 */
export async function sendPackageWithFiles({
  db,
  wiring,
  config,
  organisationId,
  year,
  actor = SYSTEM_ACTOR,
  file = csvFile,
  sentOn,
}: {
  db: Db;
  wiring: Pick<Wiring, 'hooks'>;
  config: Config;
  organisationId: number;
  year: number;
  actor?: Actor;
  file?: PackageFile;
  sentOn?: string;
}): Promise<void> {
  const ctx = { db, actor, organisationId, year };
  const view = await loadPackage(ctx);
  if (!view.pkg) throw new Error(`the package of ${organisationId}/${year} opens when the dialogue is convened`);
  for (const item of view.items.filter((i) => i.required && i.files.length === 0)) {
    await uploadFiles({ ...ctx, config, itemId: item.id, files: [await file(item, year)] });
  }
  const { pkg } = await loadPackage(ctx);
  await sendPackage({ ...ctx, hooks: wiring.hooks, version: pkg!.version });
  if (sentOn) {
    // The files went up the same day as the package, so the history reads in order.
    const at = danishInstant(sentOn, '12:00')!;
    const items = db.select({ id: packageItems.id }).from(packageItems).where(eq(packageItems.dialogueId, pkg!.dialogueId));
    await db.update(packageFiles).set({ uploadedAt: at }).where(inArray(packageFiles.packageItemId, items));
    await db.update(packageItemEvents).set({ at }).where(inArray(packageItemEvents.packageItemId, items));
    await db.update(documentationPackages).set({ submittedAt: at }).where(eq(documentationPackages.dialogueId, pkg!.dialogueId));
  }
}

/** The organisation's side of a meeting, for the approval of its minutes. */
const organisationSide = (organisationId: number): Actor => ({
  userId: null,
  label: 'System',
  role: 'organisation_editor',
  scope: { kind: 'organisation', organisationId },
  canEdit: true,
});

const versionOf = async (db: Db, meetingId: number) =>
  (await db.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, meetingId)))[0].version;

/** A dialogue meeting with the organisation on `date`, from the guide's agenda, held: its minutes sent for comments and approved by both sides. */
export async function holdDialogueMeeting({
  db,
  organisationId,
  municipalityCode,
  date,
}: {
  db: Db;
  organisationId: number;
  municipalityCode: string;
  date: string;
}): Promise<number> {
  const meeting = await createMeeting({
    db,
    actor: SYSTEM_ACTOR,
    input: {
      kind: 'dialogmoede',
      municipalityCode,
      organisationId,
      forumId: null,
      title: null,
      date,
      startTime: '10:00',
      endTime: '12:00',
      place: null,
      useTemplate: true,
    },
  });
  await sendForComments({ db, actor: SYSTEM_ACTOR, meetingId: meeting.id, version: await versionOf(db, meeting.id) });
  // Held on its day, whenever the minutes went out; convened four weeks before (no invitations are mailed from test or demo data).
  const convenedAt = new Date(meeting.startsAt!.getTime() - 28 * 86_400_000);
  await db.update(meetings).set({ heldAt: meeting.endsAt, convenedAt }).where(eq(meetings.id, meeting.id));
  await approveMinutes({ db, actor: SYSTEM_ACTOR, meetingId: meeting.id, version: await versionOf(db, meeting.id) });
  await approveMinutes({ db, actor: organisationSide(organisationId), meetingId: meeting.id, version: await versionOf(db, meeting.id) });
  return meeting.id;
}
