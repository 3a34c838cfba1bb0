import type { Child } from 'hono/jsx';

/**
 * Every table of the app, in a box that scrolls sideways when the table is wider than the screen:
 * the design system's table--responsive-scroll, focusable and named so a keyboard can scroll it.
 * app.js shades the edge where columns are hidden; without JavaScript the browser's scrollbar shows it.
 */
export function ScrollTable({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: Child }) {
  return (
    <div class="sd-table-scroll">
      <div class="table--responsive-scroll sd-table-wrap" tabindex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
        {children}
      </div>
    </div>
  );
}
