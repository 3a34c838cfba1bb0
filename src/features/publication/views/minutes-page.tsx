import type { DocumentItem, MeetingDocument } from '../../meetings/index.ts';
import { DescriptionList } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { minutesPdfHref } from '../links.ts';

/* The public copy of approved minutes in HTML, from the same model the PDF renderer takes. */

/** Plain text with blank lines between paragraphs, as the minutes store it. */
function Text({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <>
      {paragraphs.map((p) => (
        <p>
          {p.split('\n').map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

function Item({ item, level }: { item: DocumentItem; level: number }) {
  const Heading = level === 0 ? 'h3' : 'h4';
  const number = /^\d+$/.test(item.number) ? `${item.number}.` : item.number;
  return (
    <section class="sd-minutes-item">
      <Heading>{`${number} ${item.title}`}</Heading>
      {(item.theme || item.caseNumber) && (
        <p class="font-small">
          {[item.theme ? `Tema: ${item.theme}` : null, item.caseNumber ? `Sagsnr. ${item.caseNumber}` : null].filter(Boolean).join(' · ')}
        </p>
      )}
      {item.sections.map((s) => (
        <>
          <p>
            <strong>{s.heading}</strong>
          </p>
          <Text text={s.text} />
        </>
      ))}
      {item.text && <Text text={item.text} />}
      {item.notes && (
        <>
          <p>
            <strong>Referat</strong>
          </p>
          <Text text={item.notes} />
        </>
      )}
      {item.decisions.map((d) => (
        <>
          <p>
            <strong>
              {['Beslutning', d.body ? `i ${d.body}` : null, d.date ? `den ${formatDate(d.date)}` : null].filter(Boolean).join(' ')}
            </strong>
          </p>
          <Text text={d.text} />
          {d.vote && <p>{d.vote}</p>}
        </>
      ))}
      {item.actions.length > 0 && (
        <ScrollTable label={`Opfølgning på punkt ${number}`}>
          <table class="table table--compact">
            <caption class="sr-only">{`Opfølgning på punkt ${number}`}</caption>
            <thead>
              <tr>
                <th scope="col">Hvad</th>
                <th scope="col">Ansvarlig</th>
                <th scope="col">Frist</th>
              </tr>
            </thead>
            <tbody>
              {item.actions.map((a) => (
                <tr>
                  <td>{a.text}</td>
                  <td>{a.responsible ?? '–'}</td>
                  <td>{formatDate(a.due)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {item.absent.length > 0 && <p>Fraværende under punktet: {item.absent.join(', ')}</p>}
      {item.items.map((sub) => (
        <Item item={sub} level={level + 1} />
      ))}
    </section>
  );
}

export function MinutesPage({ id, doc }: { id: number; doc: MeetingDocument }) {
  const present = doc.participants.filter((p) => p.present);
  const absent = doc.participants.filter((p) => !p.present);
  const person = (p: MeetingDocument['participants'][number]) => (p.title ? `${p.name}, ${p.title}` : p.name);
  return (
    <>
      <p class="font-lead">{doc.meetingKindLabel}</p>
      <h1>{doc.title}</h1>
      <DescriptionList
        items={[
          ['Dato', doc.startsAt ? formatDateTime(doc.startsAt) : '–'],
          ['Sted', doc.place ?? '–'],
          ['Kommune', doc.municipality],
          ...(doc.organisations.length ? [['Boligorganisation', doc.organisations.join(', ')] as [string, string]] : []),
          ['Status', doc.status ?? '–'],
        ]}
      />
      <p>
        Dette er den offentlige udgave af referatet. Lukkede punkter og bilag er udeladt.{' '}
        <a href={minutesPdfHref(id)}>Hent referatet som PDF</a>
      </p>
      {present.length > 0 && (
        <section aria-labelledby="h-participants">
          <h2 id="h-participants">Deltagere</h2>
          <ul>
            {present.map((p) => (
              <li>{`${person(p)} (${p.sideLabel})`}</li>
            ))}
          </ul>
          {absent.length > 0 && <p>Afbud: {absent.map((p) => `${person(p)} (${p.sideLabel})`).join('; ')}</p>}
        </section>
      )}
      <section aria-labelledby="h-items">
        <h2 id="h-items">Dagsordenspunkter</h2>
        {doc.items.length === 0 ? <p>Referatet har ingen offentlige punkter.</p> : doc.items.map((item) => <Item item={item} level={0} />)}
      </section>
    </>
  );
}
