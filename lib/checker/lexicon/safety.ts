/**
 * Signs that a child may be abused, neglected, at risk of self-harm, or threatened by someone: what a
 * mandated reporter must report through the proper channel. Pattern syntax: pattern.ts.
 */
import type { Topic } from './records';

export const SAFETY_TOPICS: Topic[] = [
  {
    kind: 'physical-abuse',
    what: 'signs of physical abuse',
    patterns: [
      '(bruise|bruises|bruised|bruising|black eye|welts|welt|burn marks|burns|cigarette burns|belt marks|belt-shaped|handprint|hand print|marks on (his|her|their) (arm|arms|back|neck|face|legs))',
      '(flinches|flinched|flinch) *6?',
      '(daddy|mommy|dad|mom|stepdad|stepmom|boyfriend|uncle) (was|is|got) (mad|angry|drunk)',
      '(hits|hit|beats|beat|whips|whipped|slaps|slapped|chokes|choked|kicks|kicked) (her|him|them|me) (with|when|every|at|if)?',
      '(scared|afraid|terrified) (to go|of going) home',
      'long sleeves *6? (even when|in|when it)',
      "from (her|his) (mom|dad|stepdad|stepmom|mother|father) 's (cigarette|belt|hand)",
    ],
  },
  {
    kind: 'sexual-abuse',
    what: 'a possible disclosure of sexual abuse',
    patterns: [
      '(does things to|touches|touched|touching) (her|him|me)',
      '(keep a secret|keep it a secret|told me a secret) *8?',
      '(molest|molested|molesting|molestation|inappropriate touching|sexually abused|sexual abuse|grooming (her|him))',
    ],
  },
  {
    kind: 'neglect',
    what: 'signs of neglect',
    patterns: [
      "(has not eaten|hasn't eaten|had not eaten|no food (in|at) (the|his|her) (house|home)|nothing to eat|starving|always hungry|asks for seconds|asking for seconds)",
      '(no heat|no running water|no electricity|no power) *4?',
      '(same clothes|same outfit) *3? (all week|every day|for days)',
      "(mom|dad|parents|mother|father) (has not|hasn't|have not|haven't) been home",
      '(home alone|left alone|alone at home) (for days|all weekend|overnight|with the baby|every night)',
      '(babysits|babysitting|watches) (his|her) (baby|little|younger) *2 until',
      '(raising (himself|herself|themselves))',
      '(sleepy medicine|gives (her|him) (pills|medicine|something) (to sleep|so))',
      '(nobody|no one) (ever)? (answers|picks up) (the phone|at home)',
      '(falls asleep|fell asleep) *4? (before|at (his|her) desk|at (his|her) table|in class)',
      '(showering at|showers at) the',
    ],
  },
  {
    kind: 'self-harm',
    what: 'signs of self-harm or suicide risk',
    patterns: [
      '(cuts|cut marks|scars|fresh cuts|cutting) (up and down|on) (his|her|their) (arm|arms|forearm|forearms|wrist|wrists|legs|thighs)',
      '(fresh cuts|self-harm|self harm|cutting (herself|himself)|hurting (herself|himself))',
      '(wants to die|wanting to die|want to die|wanted to die|kill (myself|herself|himself)|killing (myself|herself|himself)|suicidal|suicide note|end it all|end (her|his) life)',
      '(nobody|no one) would (even)? (notice|care|miss me) if i (was|were|am) gone',
      "(better off without me|better off dead|don't want to be here anymore|do not want to be here anymore)",
      '(makes herself|makes himself) throw up',
      'exactly how (she|he) would do it',
    ],
  },
  {
    kind: 'exploitation',
    what: 'signs that an adult may be exploiting a student',
    patterns: [
      '(older|adult|grown|/[0-9]+-something/|/[0-9]+-year-old/) (man|guy|men|woman|dude|boyfriend) *8? (picks her up|picks him up|picking her up|picked up|buys her|buys him|gives her|gives him|texts her|dating|sleeping with)',
      '(moving in with|move in with|run away with|running away with) (him|her|her boyfriend|his girlfriend|a guy|an older)',
    ],
  },
  {
    kind: 'threat',
    what: 'a threat against students',
    patterns: [
      '(bring|bringing|brought) (his|her|a|their) *2? (gun|guns|knife|weapon|rifle|pistol) *4',
      '(shoot|stab|kill|jump|beat up|hurt) (a kid|a student|tyler|him|her|them|someone|everyone|/\\^[a-z]+/) *3? (tomorrow|tmrw|friday|monday|after school|behind the gym|at school)',
      '(planning|plans|planned) to (jump|fight|beat up|hurt|attack|shoot|stab) *3',
      '(pic|picture|photo|video|post|story) of a (gun|knife|weapon)',
      '(hit list|kill list)',
      '(he|she) (will|would|is going to) kill (my|your|her|his) (dog|cat|mom|family|sister|brother)',
      '(finds out|will find out|gonna find out|going to find out) *2?',
      'brass knuckles',
    ],
  },
];

/** Posts that teach, announce or raise awareness about these subjects rather than disclose a case. */
export const SAFETY_INFORMATION =
  /\b(prevention|awareness|month|know the signs|signs of|training|mandated reporter|lifeline|hotline|crisis line|988|resources|if you suspect|workshop|\bpd\b|professional development|curriculum|unit|lesson|novel|book|reading|chapter|lord of the flies|not credible|drill|family night|parent night|info night|speaker|assembly|counselors are here|reach out|helpline)\b/i;
