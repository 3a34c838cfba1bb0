import { and, eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { changeStage, setFrequency, setMeetingDate, STAGES, type Stage } from '../features/dialogue/index.ts';
import { dialogues } from '../features/dialogue/tables.ts';
import type { Wiring } from '../wiring.ts';
import { holdDialogueMeeting, sendPackageWithFiles } from './dialogue-facts.ts';

type Org = { id: number; name: string; municipalityCode: string };

/** A one-page PDF standing in for a document of the package: what it is, for whom, and that it is demo data. */
function demoPdf(org: Org) {
  return (item: { title: string }, year: number) =>
    new Promise<File>((resolve, reject) => {
      const doc = new PDFDocument({ size: 'A4', info: { Title: `${item.title} ${year} – ${org.name}` } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('error', reject);
      doc.on('end', () => resolve(new File([Buffer.concat(chunks)], `${item.title} ${year}.pdf`, { type: 'application/pdf' })));
      doc.fontSize(18).text(`${item.title} ${year}`).moveDown();
      doc.fontSize(12).text(`${org.name}. Demodokument til dokumentationspakken for styringsdialogen ${year}.`);
      doc.end();
    });
}

/** Packages go in three weeks before their meeting, in time for the supervisor to read them. */
const threeWeeksBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 21 * 86_400_000).toISOString().slice(0, 10);

/**
 * Walks a dialogue stage by stage, as people would have, so its history, hooks and facts are real:
 * the municipality convenes, the organisation sends its package (files on every required item),
 * the meeting is held and its minutes approved. Each step moves the stage with the facts given,
 * so the demo cannot claim what did not happen.
 */
async function walk(tx: Db, wiring: Wiring, config: Config, org: Org, year: number, to: Stage, meetingDate: string) {
  const version = async () =>
    (
      await tx
        .select({ version: dialogues.version })
        .from(dialogues)
        .where(and(eq(dialogues.organisationId, org.id), eq(dialogues.governanceYear, year)))
    )[0]?.version ?? 0;
  for (const stage of STAGES.slice(1, STAGES.indexOf(to) + 1)) {
    if (stage === 'pakke_modtaget') {
      // Sending the package moves the dialogue on by itself.
      await sendPackageWithFiles({
        db: tx,
        wiring,
        config,
        organisationId: org.id,
        year,
        file: demoPdf(org),
        sentOn: threeWeeksBefore(meetingDate),
      });
      continue;
    }
    if (stage === 'moede_afholdt')
      await holdDialogueMeeting({ db: tx, organisationId: org.id, municipalityCode: org.municipalityCode, date: meetingDate });
    await changeStage({
      db: tx,
      tx,
      hooks: wiring.hooks,
      actor: SYSTEM_ACTOR,
      organisationId: org.id,
      year,
      version: await version(),
      to: stage,
      reason: null,
      facts: wiring.dialogueFacts,
    });
    if (stage === 'indkaldt') {
      await setMeetingDate({ db: tx, actor: SYSTEM_ACTOR, organisationId: org.id, year, version: await version(), date: meetingDate });
    }
  }
}

/**
 * This year's dialogues at the stages a supervisor would find them in late November: Næstved's
 * Lejerbo has had its meeting, Helsingør published, Bolig Næstved not
 * yet convened (overdue), Hillerød convened with its meeting planned for December; Nordsjælland
 * every other year. Last year's are all published, each with its package sent and meeting held.
 */
export async function loadDemoDialogues(
  tx: Db,
  wiring: Wiring,
  config: Config,
  o: { hil: Org; hil2: Org; lejerbo: Org; boligNaestved: Org; hel: Org; bal: Org },
) {
  for (const [org, date] of [
    [o.hil, '2025-10-22'],
    [o.lejerbo, '2025-10-08'],
    [o.boligNaestved, '2025-11-05'],
    [o.hel, '2025-04-09'],
    [o.bal, '2025-10-01'],
  ] as const) {
    await walk(tx, wiring, config, org, 2025, 'offentliggjort', date);
  }
  await walk(tx, wiring, config, o.hil, 2026, 'indkaldt', '2026-12-09');
  await walk(tx, wiring, config, o.lejerbo, 2026, 'moede_afholdt', '2026-10-14');
  await walk(tx, wiring, config, o.hel, 2026, 'offentliggjort', '2026-04-15');
  await walk(tx, wiring, config, o.bal, 2026, 'udkast', '2026-10-28');
  await setFrequency({
    db: tx,
    actor: SYSTEM_ACTOR,
    organisation: o.hil2,
    version: 0,
    input: {
      frequency: 'hvert_andet_aar',
      fromYear: 2025,
      reason: 'Ingen væsentlige problemer i boligorganisationen eller dens afdelinger.',
    },
  });
}
