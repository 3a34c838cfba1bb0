import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { formatDate, formatInteger } from '../../ui/format.ts';
import {
  AGREEMENT_STATUS_LABELS,
  agreementsOfMunicipality,
  LETTING_KIND_LABELS,
  LETTING_STATUS_LABELS,
  listLettings,
  TARGET_STATE_LABELS,
} from '../agreements/index.ts';
import { AGREEMENT_DOCUMENT_STATUS_LABELS, agreementDocumentStates, type AgreementDocumentState } from '../agreement-documents/index.ts';
import { dialogueOverview, STAGE_LABELS, type DialogueFactsSql } from '../dialogue/index.ts';
import { actionPlansOf, municipalityAreaSummary, organisationLights } from '../key-figures/index.ts';
import type { ReportData } from './summary.ts';

/*
 * What the report tells, read from the features that hold it, as the actor (the municipality's
 * editor or an admin) sees it: the dialogues of the year with their facts, the key figures' red
 * estates and action plans, the agreements of this and last year's dialogues, the letting
 * agreements, the housing areas under monitoring. Generated seldom; the action plans and the
 * agreements' targets cost a query per organisation or target.
 */
export async function gatherReportData({
  db,
  actor,
  municipalityCode,
  municipalityName,
  year,
  today,
  facts,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  municipalityName: string;
  year: number;
  today: string;
  facts: DialogueFactsSql;
}): Promise<ReportData> {
  const dialogues = (await dialogueOverview({ db, actor, year, today, municipalityCode, facts })).toSorted((a, b) =>
    a.name.localeCompare(b.name, 'da'),
  );
  const ids = dialogues.map((d) => d.organisationId);
  const [lights, plans, agreements, lettings, areas, documents] = await Promise.all([
    organisationLights(db, { actor, organisationIds: ids, year }),
    Promise.all(ids.map((organisationId) => actionPlansOf({ db, actor, organisationId, all: true }))),
    agreementsOfMunicipality(db, actor, { municipalityCode, years: [year - 1, year], today }),
    listLettings({ db, actor, municipalityCode, today }),
    municipalityAreaSummary({ db, actor, municipalityCode }),
    agreementDocumentStates(db, actor, { organisationIds: ids, year }),
  ]);
  const soon = formatISO(addMonths(new Date(`${today}T12:00:00Z`), 6), { representation: 'date' });
  return {
    municipalityName,
    year,
    organisations: dialogues.map((d, i) => {
      const light = lights.get(d.organisationId);
      return {
        id: d.organisationId,
        name: d.name,
        dueThisYear: d.dueThisYear,
        meetingHeld: d.facts.meetingHeld,
        stageLabel: STAGE_LABELS[d.stage],
        agreementDocument: documentText(documents.get(d.organisationId)),
        documentPublished: documents.get(d.organisationId)?.status === 'offentliggjort',
        red: light ? light.red : null,
        redThreeYears: light?.redThreeYears ?? 0,
        figuresYear: light?.year ?? null,
        // The plans still open, and those asked for by the runs up to this year.
        plans: plans[i]
          .filter((p) => p.handledAt === null || (p.year >= year - 1 && p.year <= year))
          .map((p) => ({ estate: `${p.estateNumber} ${p.estateName}`, year: p.year, text: p.text, handled: p.handledAt !== null })),
      };
    }),
    agreements: agreements.map((a) => ({
      organisationName: a.organisationName,
      governanceYear: a.governanceYear,
      text: a.text,
      status: a.status,
      statusLabel: AGREEMENT_STATUS_LABELS[a.status],
      targetLabel: a.target ? TARGET_STATE_LABELS[a.target] : null,
    })),
    lettings: lettings
      // In force, awaiting the municipality's approval, or expired this year or since.
      .filter((l) => l.status === 'godkendt' || l.status === 'indsendt' || (l.status === 'udloebet' && l.validTo >= `${year}-01-01`))
      .map((l) => ({
        organisationName: l.organisationName,
        kind: LETTING_KIND_LABELS[l.kind],
        extent:
          l.sharePercent !== null
            ? `${formatInteger(l.sharePercent)} % af de ledige boliger`
            : l.homesCount !== null
              ? `${formatInteger(l.homesCount)} boliger`
              : '',
        validFrom: l.validFrom,
        validTo: l.validTo,
        status: l.status,
        statusLabel: LETTING_STATUS_LABELS[l.status],
        expiring: l.status === 'godkendt' && l.validTo <= soon,
      })),
    areas:
      areas && areas.areas.length > 0 ? { year: areas.year, rows: areas.areas.map((a) => ({ name: a.name, status: a.status })) } : null,
  };
}

/** "Offentliggjort 4. december 2026 (version 2)", "Udkast (version 1)", or "Ikke dannet". */
function documentText(state: AgreementDocumentState | undefined): string {
  if (!state) return 'Ikke dannet';
  const label = AGREEMENT_DOCUMENT_STATUS_LABELS[state.status];
  const when = state.status === 'offentliggjort' && state.publishedAt ? ` ${formatDate(state.publishedAt)}` : '';
  return `${label}${when} (version ${state.version})`;
}
