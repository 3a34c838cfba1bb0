import type { WrittenDocument } from '../../../lib/written-document/index.ts';
import { WrittenDocumentView } from '../../../ui/written-document.tsx';
import type { PublicAgreementDocumentPage } from '../read.ts';
import { DocumentVersions } from './documents.tsx';

/** A published aftaledokument or an approved council report: its title, the PDF link, the document as HTML. */
export function WrittenPage({ doc, pdfHref, lead }: { doc: WrittenDocument; pdfHref: string; lead: string }) {
  return (
    <>
      <p class="font-lead">{doc.kindLabel}</p>
      <h1>{doc.title}</h1>
      <p>
        {lead} <a href={pdfHref}>Hent som PDF</a>
      </p>
      <WrittenDocumentView doc={doc} />
    </>
  );
}

/** A version of a published aftaledokument, with the year's other published versions. */
export function AgreementDocumentPage({ d, pdfHref }: { d: PublicAgreementDocumentPage; pdfHref: string }) {
  const newest = d.versions[0]?.id === d.id;
  return (
    <>
      <WrittenPage
        doc={d.document}
        pdfHref={pdfHref}
        lead={
          newest
            ? `Version ${d.number}, den gældende udgave, som kommunen og boligorganisationen har godkendt.`
            : `Version ${d.number}. Der findes en nyere version.`
        }
      />
      {d.versions.length > 1 && (
        <section aria-labelledby="h-versions">
          <h2 id="h-versions">Alle offentliggjorte versioner</h2>
          <DocumentVersions rows={d.versions} code={d.municipalityCode} />
        </section>
      )}
    </>
  );
}
