import { minutesHref, minutesPdfHref } from '../../publication/index.ts';
import { oparlType, type OparlUrls } from './urls.ts';

interface MinutesRow {
  id: number;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A File: the public copy of approved minutes as PDF (closed items left out), served by the public site. */
export function minutesFile(u: OparlUrls, code: string, m: MinutesRow) {
  return {
    id: u.file(code, m.id),
    type: oparlType('File'),
    name: `Referat: ${m.title}`,
    fileName: `referat-${m.id}.pdf`,
    mimeType: 'application/pdf',
    accessUrl: u.web(minutesPdfHref(m.id)),
    downloadUrl: u.web(minutesPdfHref(m.id)),
    meeting: [u.meeting(code, m.id)],
    web: u.web(minutesHref(m.id)),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}
