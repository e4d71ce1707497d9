/** The decision log as CSV (RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused). */
import type { DecisionLogEntry } from '@/lib/log';

const HEADER = ['time', 'kind', 'platform', 'account', 'categories', 'rules', 'reason'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function decisionsToCsv(entries: readonly DecisionLogEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.time).toISOString(),
    e.kind,
    e.platform,
    e.account,
    e.categories.join(';'),
    e.rules.join(';'),
    e.reason ?? '',
  ]);
  return `${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
