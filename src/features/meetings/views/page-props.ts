import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import type { HistoryEntry } from '../../audit/index.ts';
import type { openActionsBefore, Proposal } from '../agenda/follow-up.ts';
import type { MeetingView } from '../load.ts';

/** One form's values and errors when it comes back from a failed submit. */
export type MeetingForm = { form: string; values: FormValues; errors: FieldErrors };
type OpenAction = Awaited<ReturnType<typeof openActionsBefore>>[number];

/** What the meeting page and its sections are drawn from. */
export interface MeetingPageProps {
  m: MeetingView;
  csrf: string;
  proposals: Proposal[];
  openActions: OpenAction[];
  form?: MeetingForm;
  editValues: FormValues;
  /** The newest changes, for those who manage the meeting; `more`: there are older ones. */
  history: { entries: HistoryEntry[]; more: boolean } | null;
}

/** The values and errors of one form on the page: those that came back, or none. */
export const formOf = (p: MeetingPageProps, name: string) => (p.form?.form === name ? p.form : { values: {}, errors: undefined });
