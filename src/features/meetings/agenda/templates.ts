import type { MeetingKind, Theme } from '../tables.ts';

export type TemplateItem = { title: string; theme: Theme | null };

/*
 * The KL/BL guide's recommended agendas (seed 004): one for the bilateral dialogue meeting,
 * one for the joint meeting. A forum starts from the usual opening and closing items.
 */
export const AGENDA_TEMPLATES: Record<MeetingKind, TemplateItem[]> = {
  dialogmoede: [
    { title: 'Status for boligorganisationen siden sidst', theme: null },
    { title: 'Status for afdelingerne siden sidst', theme: 'vedligeholdelse' },
    { title: 'Beboerdemokratiet', theme: 'beboerdemokrati' },
    { title: 'Status for boligsociale tiltag', theme: 'boligsocialt' },
    { title: 'Administrationen', theme: 'administration' },
    { title: 'Fremtidsvisioner og mål for boligorganisationen og afdelingerne', theme: 'byudvikling' },
    { title: 'Eventuelt', theme: null },
    { title: 'Næste møde', theme: null },
  ],
  faellesmoede: [
    { title: 'Byudvikling', theme: 'byudvikling' },
    { title: 'Status for kommunens boligpolitik', theme: 'byudvikling' },
    { title: 'Resultater af styringsdialogmøderne', theme: null },
    { title: 'Anvisning og udlejningsaftaler', theme: 'udlejning' },
    { title: 'Etablering af arbejdsgrupper', theme: null },
    { title: 'Eventuelt', theme: null },
    { title: 'Næste møde', theme: null },
  ],
  forum: [
    { title: 'Godkendelse af dagsorden', theme: null },
    { title: 'Orientering', theme: null },
    { title: 'Eventuelt', theme: null },
  ],
};
