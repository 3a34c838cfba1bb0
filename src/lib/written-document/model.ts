/**
 * A written document that is not a meeting: the aftaledokument and the council report
 * (redegørelse). A feature maps its rows to this plain, already-Danish data; the renderers in
 * this folder turn it into PDF and DOCX in the meeting export's layout (typeface, page header,
 * "side N af M"), and src/ui/written-document.tsx into HTML, so all three read the same.
 *
 * Text follows the conventions of the meeting forms (blocks.ts): paragraphs separated by blank
 * lines, "- " bullets, two spaces of indentation per level.
 */
export type WrittenColumn = { label: string; /** relative width */ width: number; align?: 'left' | 'right' };
export type WrittenBlock =
  | { kind: 'text'; text: string }
  /** A remark about the document rather than its text ("Ikke udfyldt endnu."), set apart in italics. */
  | { kind: 'note'; text: string }
  /** A table; cells are plain text (a cell may hold line breaks). `empty` is shown instead when there are no rows. */
  | { kind: 'table'; columns: WrittenColumn[]; rows: string[][]; empty?: string }
  /** "Label: value" lines, the label bold. */
  | { kind: 'facts'; lines: { label: string; value: string }[] };
export type WrittenSection = {
  /** The feature's own name for a stored section, so the HTML page can put its edit link beside the heading. */
  key?: string;
  heading: string;
  blocks: WrittenBlock[];
  /** One level of sub-sections (e.g. one per estate). */
  sections?: WrittenSection[];
};
/** Who signs or approved, shown side by side at the end ("For Hillerød Kommune" / "Godkendt 3. december 2026 af …"). */
export type WrittenSignature = { label: string; lines: string[] };
export type WrittenDocument = {
  kindLabel: string; // "Aftaledokument", "Redegørelse"
  title: string; // "Aftaledokument 2026 – Lejerbo Næstved"
  municipality: string; // "Næstved Kommune": the page header and the PDF's author
  /** Lines under the title ("Boligorganisation: …", "Møde afholdt: …"). */
  meta: { label: string; value: string }[];
  status: string | null; // "Udkast", "Offentliggjort 3. december 2026"
  version: number | null;
  generatedAt: string; // ISO date-time
  sections: WrittenSection[];
  signatures: WrittenSignature[];
};
