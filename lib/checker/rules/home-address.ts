/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). A street address where someone lives ("dropping a care package at
 * the Delgado twins' house (418 Birchwood Ln)"). The address of a school or District office is public.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches } from '../signals/pii';

const ADDRESS =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-zA-Z'-]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Ct|Court|Dr|Drive|Blvd|Boulevard|Way|Pl|Place|Cir|Circle|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Trl|Trail|Loop|Row|Sq|Square)\b\.?/g;
const PUBLIC_PLACE =
  /\b(district office|office|school|campus|building|library|gym|stadium|center|centre|county|city hall|headquarters|church|park|field|auditorium|cafeteria|polling|register|registration|museum|hall|arena|pantry|shelter|store|restaurant|theater|theatre)\b/i;

const scanner: Scanner = {
  id: 'home-address',
  scan(chunk) {
    return charMatches(chunk, ADDRESS)
      .filter((m) => !PUBLIC_PLACE.test(m.before.slice(-40)))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: `"${chunk.text.slice(m.start, m.end).trim()}" looks like a home address. Where students, families or staff live is confidential.`,
        fix: { label: 'Remove the address', replacement: '' },
      }));
  },
};

export const homeAddress: Rule = scannerRule('home-address', 'confidential', scanner);
