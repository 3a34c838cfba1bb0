/** Danish formatting of numbers, money and dates; everything shown is in Europe/Copenhagen time. */
import { TIME_ZONE as TZ } from '../lib/copenhagen-time.ts';

const integerFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: TZ, day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: TZ,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatInteger = (n: number | null | undefined) => (n == null ? '–' : integerFormat.format(n));
export const formatDecimal = (n: number | null | undefined) => (n == null ? '–' : decimalFormat.format(n));

const fixedFormats = new Map<string, Intl.NumberFormat>();
/**
 * "1.234,57" with exactly `decimals` decimals (0–4), for a figure shown as precisely as its
 * indicator says. `signed` writes "+12" for a difference; a value rounded to zero is never "-0".
 */
export function formatNumber(n: number | null | undefined, decimals: number, opts: { signed?: boolean } = {}): string {
  if (n == null || !Number.isFinite(n)) return '–';
  const d = Math.min(4, Math.max(0, Math.trunc(decimals)));
  const key = `${d}${opts.signed ? '+' : ''}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
      signDisplay: opts.signed ? 'exceptZero' : 'negative',
    });
    fixedFormats.set(key, format);
  }
  return format.format(n);
}
/** Amounts are kept in øre; shown as "1.234,50 kr." or "748.000 kr." when whole. */
export function formatKroner(oere: number | null | undefined): string {
  if (oere == null) return '–';
  const kr = oere / 100;
  const f = Number.isInteger(kr) ? integerFormat : new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${f.format(kr)} kr.`;
}

function toDate(value: Date | string): Date {
  // A plain date (YYYY-MM-DD) means that calendar day, not midnight UTC.
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** "512 kB" below a megabyte, else "3,4 MB": a small file is not "0,0 MB". */
export const formatFileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${formatInteger(Math.ceil(bytes / 1024))} kB` : `${formatDecimal(bytes / 1024 / 1024)} MB`;
export const formatDate = (d: Date | string | null | undefined) => (d == null ? '–' : dateFormat.format(toDate(d)));
export const formatShortDate = (d: Date | string | null | undefined) => (d == null ? '–' : shortDateFormat.format(toDate(d)));
export const formatDateTime = (d: Date | string | null | undefined) => (d == null ? '–' : dateTimeFormat.format(toDate(d)));

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "31. december" for a fiscal year that ends with month 12. */
export function formatFiscalYearEnd(month: number): string {
  const lastDay = new Date(Date.UTC(2001, month, 0)).getUTCDate();
  return `${lastDay}. ${MONTHS[month - 1]}`;
}
