import { readFileSync } from 'node:fs';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { parsePreview } from '../features/meetings/import/form.ts';
import { previewValues } from '../features/meetings/import/preview-values.ts';
import { createImportedMeeting } from '../features/meetings/import/save.ts';
import { meetingTargets } from '../features/meetings/options.ts';
import type { MeetingKind } from '../features/meetings/tables.ts';
import { parseMinutes, startTimeOf } from '../features/minutes-import/index.ts';

type Seed = {
  file: string;
  municipalityCode: string;
  municipalityName: string;
  kind: MeetingKind;
  organisationId?: number;
  forumId?: number;
  date?: string;
};

/**
 * The installation's meeting history: the seed minutes imported the way a municipality would
 * import its old Word and PDF minutes (read, previewed, saved as approved). Seeds 000 and 003
 * carry no date of their own; the dates given are when such meetings were held.
 */
export async function loadDemoMeetings(tx: Db, o: { hilleroedOrganisationId: number; lejerboId: number; raadId: number }) {
  const seeds: Seed[] = [
    {
      file: '003-naestved-lejerbo.txt',
      municipalityCode: '0370',
      municipalityName: 'Næstved Kommune',
      kind: 'dialogmoede',
      organisationId: o.lejerboId,
      date: '2022-03-03',
    },
    {
      file: '000-hilleroed-dialogmoede.txt',
      municipalityCode: '0219',
      municipalityName: 'Hillerød Kommune',
      kind: 'dialogmoede',
      organisationId: o.hilleroedOrganisationId,
      date: '2024-11-13',
    },
    {
      file: '002-helsingoer-raadet.txt',
      municipalityCode: '0217',
      municipalityName: 'Helsingør Kommune',
      kind: 'forum',
      forumId: o.raadId,
    },
  ];
  for (const seed of seeds) {
    const text = readFileSync(new URL(`./seeds/${seed.file}`, import.meta.url), 'utf8');
    const minutes = parseMinutes(text, { fileName: seed.file });
    const targets = await meetingTargets(tx, seed.municipalityCode);
    const values = previewValues(minutes, {
      fileName: seed.file,
      targets,
      municipalityName: seed.municipalityName,
      startTime: startTimeOf(text),
      choice: { kind: seed.kind, organisationId: String(seed.organisationId ?? ''), forumId: String(seed.forumId ?? '') },
    });
    if (!values.date && seed.date) values.date = seed.date;
    const form = parsePreview(values);
    if (!form.ok) throw new Error(`demo minutes ${seed.file}: ${JSON.stringify(form.errors)}`);
    await createImportedMeeting({ db: tx, actor: SYSTEM_ACTOR, municipalityCode: seed.municipalityCode, input: form.data });
  }
}
