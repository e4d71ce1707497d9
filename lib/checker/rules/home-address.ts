/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). A street address where someone lives ("dropping a care package at
 * the Delgado twins' house (418 Birchwood Ln)"). The address of a school or District office is public.
 */
import type { Rule, Scanner } from '../rule';
import { charMatches } from '../signals/pii';

const ADDRESS =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-zA-Z'-]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Ct|Court|Dr|Drive|Blvd|Boulevard|Way|Pl|Place|Cir|Circle|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Trl|Trail|Loop|Row|Sq|Square)\b\.?/g;
const PUBLIC_PLACE =
  /\b(district office|office|school|campus|building|library|gym|stadium|center|centre|county|city hall|headquarters|church|park|field|auditorium|cafeteria|polling|register|registration|museum|hall|arena|pantry|shelter|store|restaurant|theater|theatre|address is|new address|location|board room|meeting|apply|hiring|doors open|stop by|visit us|see you at|round-up|enroll|suite)\b/i;
/** Words that say someone lives there. */
const HOME =
  /\b(lives?|living|house|home|apartment|apt|family|families|drop-?offs?|porch|driveway|moved into|care package|meal train)\b/i;

const scanner: Scanner = {
  id: 'home-address',
  scan(chunk) {
    return charMatches(chunk, ADDRESS)
      .filter((m) => HOME.test(`${m.before.slice(-60)} ${m.after}`) || !PUBLIC_PLACE.test(`${m.before} ${m.after}`))
      .map((m) => ({
        kind: HOME.test(`${m.before.slice(-60)} ${m.after}`) ? 'home' : 'unmarked',
        start: m.start,
        end: m.end,
        message: `"${chunk.text.slice(m.start, m.end).trim()}" looks like a home address. Where students, families or staff live is confidential.`,
        fix: { label: 'Remove the address', replacement: '' },
      }));
  },
};

export const homeAddress: Rule = {
  id: 'home-address',
  category: 'confidential',
  // District accounts post their own buildings' addresses; only a home counts there.
  run: (doc) => doc.scan(scanner).filter((hit) => doc.context.account === 'personal' || hit.kind === 'home'),
};
