/*
 * Web pages of case systems print a meeting's facts as a label in capitals on one line and its
 * value on the next ("UDVALG" / "Udvalget for Ældre og Sundhed", "STED" / "Kanalstræde 2"), and
 * put the page's chrome around the minutes ("You are here", "Til toppen", a cookie banner).
 * The labels become "Udvalg: …" lines the header reader knows; the chrome is dropped.
 */

const LABEL =
  /^(UDVALG|MØDE|STED|MØDESTED|LOKALE|DATO|MØDEDATO|TIDSPUNKT|STARTTIDSPUNKT|SLUTTIDSPUNKT|DELTAGERE|MEDLEMMER|FRAVÆRENDE|AFBUD|BEMÆRKNINGER)$/;

/** Lines of a web page around the minutes, not part of them. */
const WEB_CHROME =
  /^(?:you are here|du er her:?|til toppen|fold alle ud|luk alle|udskriv(?: siden)?|skip to (?:main )?content|gå til (?:hovedindhold|indhold)|se vores "?cookiepolitik"?\.?)$/i;
const COOKIE_BANNER = /\bcookies?\b[^\n]{0,300}\b(?:accept|samtykke|cookiepolitik|cookie-politik)/i;

export function isWebChrome(line: string): boolean {
  const t = line.trim();
  return WEB_CHROME.test(t) || (t.length < 400 && COOKIE_BANNER.test(t));
}

export function joinLabelLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = LABEL.exec(lines[i].trim());
    if (label) {
      let j = i + 1;
      while (j < lines.length && !lines[j].trim()) j++;
      const value = lines[j]?.trim();
      if (value && value.length <= 120 && !LABEL.test(value)) {
        out.push(`${label[1].charAt(0)}${label[1].slice(1).toLowerCase()}: ${value}`);
        i = j;
        continue;
      }
    }
    out.push(lines[i]);
  }
  return out.join('\n');
}
