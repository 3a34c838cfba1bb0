/*
 * Search snippets from PostgreSQL's ts_headline with the matched words marked. The marks are
 * control characters no stored text keeps, so a text that itself contains « » or quotes is not
 * mistaken for a hit, and the page shows <mark> instead of quotation marks around the words.
 */
export const HIT_START = '\u0001';
export const HIT_END = '\u0002';
/** ts_headline's StartSel and StopSel options for these marks. */
export const HIT_MARKS = `StartSel="${HIT_START}", StopSel="${HIT_END}"`;

/** A ts_headline snippet with the matched words marked (the text itself is escaped by JSX). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(HIT_START);
  return (
    <span class="sd-snippet">
      {parts.map((part, i) => {
        if (i === 0) return part;
        const [hit, ...rest] = part.split(HIT_END);
        return (
          <>
            <mark>{hit}</mark>
            {rest.join('')}
          </>
        );
      })}
    </span>
  );
}
