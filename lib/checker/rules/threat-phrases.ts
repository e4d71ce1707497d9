/**
 * More threat phrasings for threat.ts: veiled threats ("I'll be seeing you 🙂", "you've been warned"),
 * threats to someone's career or of revenge ("you'll regret this", "teach him a lesson he won't
 * forget"), and calls for punishment of people. The messages and
 * fix are shared with threat.ts.
 */
import type { PatternSpec } from '../rule';

export const threat = (quote: string) =>
  `"${quote}" reads as a threat of violence. Threats and calls for violence are never allowed, even as a joke.`;
export const incitement = (quote: string) =>
  `"${quote}" calls for violence or harm against people. Incitement to violence is never allowed.`;
export const fix = { label: 'Remove the threat', replacement: '' };

export const MORE_THREATS: PatternSpec[] = [
  // Veiled: "I'll be seeing you, whoever you are 🙂", "I'll thank them in person. At their homes."
  { pattern: '!((i will|ill) be seeing (you|u)) ,? (whoever you are|soon|real soon|🙂|😉)', message: threat, fix },
  {
    pattern: '(i have|i got|i know) (your|his|her) *3 !(and a (baseball bat|bat|crowbar|gun|knife|shovel|tire iron))',
    message: threat,
    fix,
  },
  {
    pattern: '!(you have been warned|you ve been warned|consider yourself warned|(better|should) bring security)',
    message: threat,
    fix,
  },
  {
    pattern:
      '(hope|hoping|pray|praying) *3 !((breaks|break|snaps|snap) (both)? (your|his|her|their) (legs|neck|arms|face|jaw))',
    message: threat,
    fix,
  },
  {
    pattern:
      '(i|we) (will|would|could|am going to)? !(end|destroy|ruin|wreck) (you|him|her|them|your career|his career|her career)',
    message: threat,
    fix,
  },
  { pattern: "!((you'll|you will|they will|he will|she will) (regret|pay for) (it|this|that))", message: threat, fix },
  {
    pattern: '!((you|he|she|they|yall) (are|is)? (going to|gonna) (regret|pay for) (it|this|that))',
    message: threat,
    fix,
  },
  {
    pattern:
      "!(teach (you|him|her|them|that|this|those) *3 a lesson) (you|he|she|they)? (will not|won't|wont|never|will never) forget",
    message: threat,
    fix,
  },
  {
    pattern:
      '(someone|somebody|anyone|anybody) (needs to|should|has to|gotta|got to|ought to) !(teach (him|her|them|that|this|those) *3 a lesson)',
    message: incitement,
    fix,
  },
  {
    pattern:
      "!((will not|won't|wont|can not|not going to) be (held)? responsible for what (happens|happens next|i do))",
    message: threat,
    fix,
  },
  {
    pattern:
      '(keep|try) (posting|talking|messaging|texting|commenting|running your mouth|testing me|pushing me|it up) *6? !(see what happens)',
    message: threat,
    fix,
  },
  // "... Denise. See what happens 👋": the dare on its own, ending the sentence.
  { pattern: '<s> !(see what happens) *1? .', message: threat, fix },
  {
    pattern:
      '(anyone|anybody|everyone|whoever) *8 (should|needs to|ought to|must) (all)? !(be locked up|be jailed|be arrested|go to jail|rot in jail|be shot|be hanged)',
    message: incitement,
    fix,
  },
];
