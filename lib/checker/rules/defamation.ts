/**
 * Policy: "Do not post or use language that could be considered to be ... defamatory ... or libelous"
 * (all.derogatory). Damaging claims about an identifiable person or family: crimes, substance abuse,
 * dishonesty or misconduct stated as fact ("Coach Brenner was fired for drinking on the team bus",
 * "Principal Castellano has been cooking the attendance numbers"). Reporting a concern to the proper
 * channel is the right path; posting it is not.
 */
import { compileSpecs, patternHits } from '../patterns';
import type { PatternSpec, Rule } from '../rule';
import { scannerRule } from '../rule';

const said = (quote: string) =>
  `"${quote}" accuses an identifiable person of wrongdoing. Unproven damaging claims about real people can be defamatory.`;
const fix = { label: 'Remove the claim', replacement: '' };

const WHO =
  '({name}|{title} {name}|the (new|old|other|night|head|assistant|substitute|sub)? {person}|that {person}|this {person}|our {person}|my {person}|he|she|man|woman|guy|lady|the {name} family|the {name}|{name} family)';
const ACCUSATION =
  '(a|an)? (drunk|alcoholic|addict|junkie|drug addict|thief|crook|fraud|con artist|liar|cheat|cheater|racist|bigot|pedophile|pedo|predator|groomer|abuser|wife beater|criminal|meth head|meth heads|crackhead|crackheads|embezzler|sex offender|deadbeat|cokehead|pothead|drug dealer|dealer)';
const MISCONDUCT =
  '(lied on (his|her|their) (resume|résumé|application|timesheet)|lied about|pocketing|pocketed|taking money|took money|under the table|on the take|sells (test answers|answers|drugs|weed|pills)|selling (test answers|answers|pills)|deals (weed|drugs|pills)|dealing (weed|pills|out of|from|behind)|cooking the (books|numbers|attendance numbers|attendance)|stealing|stole|embezzling|embezzled|skimming|taking bribes|took bribes|paid off|bought off|sleeping with|slept with|cheating on|cheated on|fired for|fired from|drinking on|drunk on|drunk at|using drugs|high at work|on drugs|on meth|selling drugs|dealing drugs|molesting|molested|abusing|hitting (his|her) (wife|kids|husband|girlfriend|boyfriend)|beats (his|her) (wife|kids|husband)|lying about|faking|falsifying|fudging)';

const SPECS: PatternSpec[] = [
  { pattern: `${WHO} *3? (is|was|'s|are|were|been|is just|is basically) !(${ACCUSATION})`, message: said, fix },
  {
    pattern: `${WHO} *6? !((recruits|recruiting|recruited|pays|paying|paid|hires|hiring) *4 (illegally|under the table))`,
    message: said,
    fix,
  },
  {
    pattern: `${WHO} *3? (has been|have been|was|is|got|were|are|keeps|kept)? (caught)? !(${MISCONDUCT})`,
    message: said,
    fix,
  },
  {
    pattern: `!(meth heads|crackheads|junkies|drunks|thieves|criminals) ,? (every|all|the whole) *3`,
    message: said,
    fix,
  },
  { pattern: '!(probably|definitely|obviously|clearly) (paid off|bought|on the take|drunk|high)', message: said, fix },
];

export const defamation: Rule = scannerRule('defamation', 'derogatory', {
  id: 'defamation',
  scan: (
    (compiled) => (chunk) =>
      patternHits(chunk, compiled)
  )(compileSpecs(SPECS)),
});
