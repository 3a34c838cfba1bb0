/**
 * The app's CSP (style-src 'self') also covers the SVG when it is opened on its own, so the picture
 * carries no inline styles: echarts' style="…" becomes presentation attributes and its hover
 * <style> block, which a static picture does not need, goes.
 */
export function withoutInlineStyles(svg: string): string {
  return svg.replace(/<style\b[\s\S]*?<\/style>/g, '').replace(/ style="([^"]*)"/g, (_, css: string) =>
    css
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .flatMap((d) => {
        const i = d.indexOf(':');
        const [name, value] = [
          d.slice(0, i).trim(),
          d
            .slice(i + 1)
            .trim()
            .replaceAll('"', "'"),
        ];
        return name === 'font' ? fontAttributes(value) : [[name, value]];
      })
      .map(([name, value]) => ` ${name}="${value}"`)
      .join(''),
  );
}

/** `font: bold 12px Arial` is no presentation attribute: its parts are. */
function fontAttributes(font: string): [string, string][] {
  const m = /^(?:(italic|oblique|normal)\s+)?(?:(bold|bolder|lighter|normal|\d{3})\s+)?([\d.]+px)\s+(.+)$/.exec(font);
  if (!m) return [];
  return [
    ['font-style', m[1]],
    ['font-weight', m[2]],
    ['font-size', m[3]],
    ['font-family', m[4]],
  ].filter((a): a is [string, string] => !!a[1]);
}
