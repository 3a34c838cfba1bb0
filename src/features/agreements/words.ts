import type { AgreementStatus, Comparator, ResponsibleSide } from './tables.ts';

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  ikke_startet: 'Ikke startet',
  i_gang: 'I gang',
  opfyldt: 'Opfyldt',
  delvist_opfyldt: 'Delvist opfyldt',
  ikke_opfyldt: 'Ikke opfyldt',
  udgaaet: 'Udgået',
};

export const SIDE_LABELS: Record<ResponsibleSide, string> = {
  kommune: 'Kommunen',
  boligorganisation: 'Boligorganisationen',
  begge: 'Begge parter',
};

export const COMPARATOR_LABELS: Record<Comparator, string> = { gte: 'mindst (≥)', lte: 'højst (≤)' };
export const COMPARATOR_SIGNS: Record<Comparator, string> = { gte: '≥', lte: '≤' };
