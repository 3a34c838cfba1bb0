import { describe, expect, it } from 'vitest';
import { summarise, type ReportData, type ReportOrganisation } from './summary.ts';

const org = (o: Partial<ReportOrganisation>): ReportOrganisation => ({
  id: 1,
  name: 'X',
  dueThisYear: true,
  meetingHeld: null,
  stageLabel: 'Planlagt',
  agreementDocument: 'Ikke dannet',
  documentPublished: false,
  red: null,
  redThreeYears: 0,
  figuresYear: null,
  plans: [],
  ...o,
});

const agreement = (status: ReportData['agreements'][number]['status']) => ({
  organisationName: 'X',
  governanceYear: 2025,
  text: 't',
  status,
  statusLabel: status,
  targetLabel: null,
});

describe('the report summary figures', () => {
  it('counts the meetings held of the dialogues due, the aftaledokumenter published, the red estates, open plans, agreements and letting agreements', () => {
    const data: ReportData = {
      municipalityName: 'Hillerød Kommune',
      year: 2025,
      organisations: [
        org({ meetingHeld: '2025-10-14', red: 2, redThreeYears: 1, plans: [{ estate: '1 A', year: 2025, text: '', handled: false }] }),
        org({ meetingHeld: '2025-11-01', red: 0, documentPublished: true }),
        org({ plans: [{ estate: '2 B', year: 2024, text: 'x', handled: true }] }),
        // An off year: neither held nor missing.
        org({ dueThisYear: false, red: 1 }),
      ],
      agreements: [
        agreement('opfyldt'),
        agreement('opfyldt'),
        agreement('ikke_opfyldt'),
        agreement('delvist_opfyldt'),
        agreement('i_gang'),
        agreement('ikke_startet'),
        agreement('udgaaet'),
      ],
      lettings: [
        {
          organisationName: 'X',
          kind: 'k',
          extent: '',
          validFrom: '2024-01-01',
          validTo: '2026-03-01',
          status: 'godkendt',
          statusLabel: '',
          expiring: true,
        },
        {
          organisationName: 'X',
          kind: 'k',
          extent: '',
          validFrom: '2024-01-01',
          validTo: '2029-03-01',
          status: 'godkendt',
          statusLabel: '',
          expiring: false,
        },
        {
          organisationName: 'X',
          kind: 'k',
          extent: '',
          validFrom: '2020-01-01',
          validTo: '2025-03-01',
          status: 'udloebet',
          statusLabel: '',
          expiring: false,
        },
      ],
      areas: { year: 2025, rows: [{ name: 'Område', status: 'Ingen liste' }] },
    };
    expect(summarise(data)).toEqual({
      organisations: 4,
      due: 3,
      held: 2,
      notHeld: 1,
      notDue: 1,
      published: 1,
      redEstates: 3,
      redThreeYears: 1,
      openPlans: 1,
      agreements: { total: 7, met: 2, partly: 1, missed: 1, open: 2, dropped: 1 },
      lettingsInForce: 2,
      lettingsExpiring: 1,
      areas: 1,
    });
  });

  it('has nothing to count for a municipality without organisations', () => {
    const s = summarise({ municipalityName: 'M', year: 2025, organisations: [], agreements: [], lettings: [], areas: null });
    expect([s.due, s.held, s.notHeld, s.redEstates, s.agreements.total, s.areas]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
