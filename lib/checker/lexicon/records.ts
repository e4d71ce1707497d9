/**
 * What counts as a protected record when it is tied to a person: grades and scores, special
 * education, discipline, health and medication, attendance, family and custody matters, and status
 * (immigration, housing, free lunch, gender identity). Patterns use pattern.ts syntax; each topic
 * says in plain words what kind of information it is.
 */
export interface Topic {
  kind: string;
  /** Plain words for the message: "a grade or test result". */
  what: string;
  patterns: string[];
}

export const RECORD_TOPICS: Topic[] = [
  {
    kind: 'grades',
    what: 'grades or test results',
    patterns: [
      '(failed|failing|flunked|flunking|bombed|passed) (the|his|her|their|a|another|every|this|that|my)? *2? (test|tests|exam|exams|quiz|quizzes|final|finals|class|course|algebra|geometry|biology|chemistry|english|math|science|reading test|state test|semester|grade|year|sol|staar|regents)',
      '(failing|flunking) (every|all|most|two|three|his|her) *2? (classes|subjects|courses)?',
      "(would not|wouldn't|wouldnt|would n't) be failing",
      '(finally)? passing (algebra|geometry|biology|chemistry|english|math|science) *4',
      "(two|three|four|2|3|4|a couple of|several) (f|fs|d|ds) 's?",
      "(sitting on|has|got|getting|with) (two|three|four|2|3|4|an|a) (f|fs|d|ds) 's?",
      '(gpa|g.p.a.) (of)? /[0-9.]+/',
      '/[0-9]\\.[0-9]+/ (gpa|g.p.a.)',
      '{name} (at|with|is at|has)? /[0-9]\\.[0-9]{1,2}/',
      '{name} ,? /[0-9]{1,3}%/',
      '/[0-9]{1,3}%/ on (the|his|her|their|a|an|my|this|that)? *2? (test|tests|quiz|exam|final|midterm|essay|project|benchmark|assessment)',
      '(carrying|sitting at|sitting on|pulling) (a|an) /[0-9]{1,3}%?/ (right now|in|on|at|this)?',
      '(academically ineligible|ineligible)',
      '(below basic|far below basic|not proficient)',
      '(basic|proficient|advanced) (on|in) (the)? (map|sbac|staar|state test|reading test|math test)',
      '(went|moved|jumped) from (below basic|far below basic|basic) to *2',
      '(reading|math|reading level|math level) (at|on) (a|an)? *3? (grade|kindergarten) level',
      '(reads|read) (at|on) (a|an)? *3? (grade|kindergarten) level',
      '(retained|held back) (twice|again|a year|two years|in)?',
      '(test scores|scores|score|grades|grade|report card|progress report) (came back|are in|posted|were|was)',
      '(summer school|credit recovery)',
      '(only|just) {num} of my {num} (kids|students) passed',
      '(rest of you|the rest) *2? summer school',
      'valedictorian race',
    ],
  },
  {
    kind: 'special-education',
    what: 'special education or 504 information',
    patterns: [
      '(iep|ieps|504|504 plan|bip|behavior plan|behavior intervention plan|behavior contract|behavior charts|behavior chart)',
      '(special ed|special education|sped|resource room|self-contained|life skills class) (kid|kids|student|students|caseload|services|minutes|eligibility|class)?',
      '(in|is in|qualifies for|qualify for|qualify under|qualifies under|eligible for) (special ed|special education|sped|ed|an iep|a 504|services)',
      '(ed|ld|ohi|sld) (eligibility|eligible)',
      '(iep minutes|speech therapy|speech services|ot services|pull-out services)',
      '(testing out of|tested out of|tests out of|exited|exiting|qualifies for|qualified for|receives|gets) (ell services|esl services|el services|english learner services|ell|esl|el)',
      '(ell|esl) (kid|kiddo|student|status)',
      '(access|elpac|wida) (test|tests|score|scores|composite|overall)',
      '(the|new|his|her)? (school psych|school psychologist|psych) *2? (testing|evaluation|eval|report)',
      '(caseload) (this year)? ,? *2? (kids|students)',
      '(on|in) (my|our|her|his) (speech|sped|iep|resource|ot|pt|special ed)? caseload',
      'cum (file|files)',
      'thick file',
      '-(special ed|special education|sped|iep|504|resource room) (funding|teachers|teacher|program|programs|staff|budget|department|positions|coordinator|director|goals|training|workshop|pd|law|laws|bill|bills|rights)',
      '-(understanding|about|what is|how to request|writing|training on|difference between|explains|explain|request) *3? (iep|ieps|504|504 plan|504 plans|special ed|special education)',
      '-(director|coordinator|supervisor|department|dept|office|head|executive director|assistant director) of (special ed|special education|sped|student services)',
    ],
  },
  {
    kind: 'discipline',
    what: 'discipline records',
    patterns: [
      '(suspended|suspension|expelled|expulsion|expel|detention|detentions|iss|oss|in-school suspension|out-of-school suspension|alternative placement|alternative school|juvie|juvenile detention|referral|referrals|write-up|written up)',
      '(kicked off|kicked out of|banned from) (the|bus|a)? *2',
      '(sent|sending) (him|her|them) (to the office|home)',
      '(found|caught) *3 (vape|vapes|weed|drugs|a knife|knife|alcohol|a gun|cigarettes) (in|on) *2',
      '(caught|busted) (vaping|cheating|stealing|smoking|drinking|fighting)',
      '(detention list)',
      '-(lunch|after-school|after school|saturday|morning) (detention|iss) (is|will be|has) (moving|moved|in|at|starting|canceled|cancelled)',
      '-(can|could|will) give me detention',
      '(lived in|spent) (iss|detention|in-school suspension|the office)',
      'the biter',
      '(set|setting) *4 on fire',
      'for (spitting|fighting|bringing a knife|bringing a weapon|bullying|vaping|stealing|cheating|hitting)',
      '(academic probation|ankle monitor|on parole|out on parole|on probation|probation officer|arrested|got arrested|in jail|locked up)',
    ],
  },
  {
    kind: 'health',
    what: 'health or medical information',
    patterns: [
      '(diagnosed|diagnosis|chemo|chemotherapy|cancer|leukemia|tumor|diabetes|diabetic|ketoacidosis|seizure|seizures|epilepsy|asthma attack|concussion|surgery|hospitalized|hospital|admitted to|icu|er visit|hysterectomy|miscarriage|pregnant|pregnancy|had (her|a) baby|rehab|overdose|overdosed)',
      '(allergy|allergic|epipen|peanut allergy|severe allergy)',
      '-(allergy|allergies) (substitution|substitutions|form|forms|policy|policies|awareness|aware|friendly|free)',
      '(cochlear implant|hearing aid|hearing aids|feeding tube|insulin pump|g-tube|trach|wheelchair|prosthetic|dialysis|transplant)',
      '(adhd|autism|autistic|dyslexia|dyslexic|anxiety|depression|depressed|bipolar|ocd|ptsd|eating disorder|anorexia|bulimia|self-harm|trauma|mental health|mental illness)',
      '(kill (himself|herself)|killing (himself|herself)|suicidal|suicide (note|attempt|watch|risk)|written a note)',
      '(adderall|ritalin|zoloft|prozac|lexapro|concerta|vyvanse|insulin|antidepressants|meds|medication|medications|his pills|her pills)',
      '(seeing|sees|sees the|seeing the|goes to|going to) (a|the)? (counselor|therapist|psychiatrist|psychologist|social worker) *3',
      '(tore|torn|broke|broken|sprained) (his|her) *2',
      '(medical leave|sick leave) (for)? *2',
      '(makes herself|makes himself) throw up',
      '(on|off) (his|her|their) (meds|medication)',
    ],
  },
  {
    kind: 'attendance',
    what: 'attendance records',
    patterns: [
      '(missed|missing|has missed) {num} (days|classes|school days)',
      '(at)? {num} (unexcused|absences|tardies|tardy|days absent|excused)',
      '(truancy|truant|chronically absent|chronic absence|truancy court|attendance contract)',
      '(unexcused) (absence|absences)?',
      '(absent) {num} days',
    ],
  },
  {
    kind: 'family',
    what: 'family or custody matters',
    patterns: [
      '(divorce|divorced|divorcing|custody|custody order|custody paperwork|restraining order|protective order|no-contact order|parents split|parents separated|split up|separated)',
      '(foster care|foster home|foster family|foster placement|group home|ward of the state|(was|is|got|being|been) adopted|adoption)',
      '(mom|dad|mother|father|parent|parents|stepdad|stepmom) (is|are|was|got|went)? (in|to|back in)? (rehab|jail|prison|lockup|county lockup|deported)',
      '(not allowed to pick (him|her|them) up|is not allowed to pick)',
      '(grandma|grandpa|grandparents|aunt|uncle) (has|have|is raising|are raising) (the kids|them|him|her)',
      '(living|lives|sleeping|sleeps) (out)? (in|at) *3? (shelter|motel|car|hotel|tent|van|truck)',
      '(staying|stays) (in|at) *3? (shelter|motel|car|tent|van|truck)',
      '(homeless|evicted|eviction)',
      '(temporarily|still) (at|in) (the|a)? *3? (motel|shelter)',
      '(free lunch|free and reduced|free-reduced|reduced lunch) (list|kids|status)?',
      '(undocumented|illegal|no papers|immigration status|ice raid|deported)',
      '(ice|immigration|la migra) (picked up|detained|arrested|took|came for|raided|deported)',
      '(picked up|detained|arrested|taken|held) by (ice|immigration)',
      '(refugee camp|refugee|refugees|asylum|asylum case)',
      '(lost|losing|lost both|after losing) (both)? (his|her|their)? (parents|mom|dad|mother|father)',
      '(staying|stays|living|lives|moved in) with (his|her|their)? (grandparents|grandma|grandpa|aunt|uncle|foster parents|older sister|older brother)',
      '(getting|gets|got|been getting) (himself|herself|themselves) to school',
      '(hits|beats|hit|beat|chokes|choked) (her|his|their) (mom|mother|dad|father|wife|girlfriend)',
      '(goes by|going by|wants to be called) {name}',
      "(parents|mom|dad) (do not|does not|don't|doesn't) know (yet)?",
      '(came out (as|to (his|her|their) (parents|mom|dad|family))|is gay|is trans|is transitioning|is pregnant)',
      '(living|lives|is living) (out in|in|with) *2 (now)? ,? (she is|he is)? not (even)? supposed to be',
      'not (even)? supposed to be at our school',
    ],
  },
];

/** Staff personnel matters: discipline, investigations, evaluations, leave and job moves of a named employee. */
export const PERSONNEL_TOPICS: Topic[] = [
  {
    kind: 'personnel',
    what: 'a personnel matter',
    patterns: [
      '(investigated|under investigation|being investigated|pending (an)? investigation|investigation)',
      '(admin leave|administrative leave|put on leave|paid leave|unpaid leave|placed on leave)',
      '(non-renewed|nonrenewed|not being renewed|not renewed|non-renewal|being let go|let go|fired|terminated|termination|written up|write-up|disciplined|reprimand|reprimanded|grievance|improvement plan|pip)',
      '(reference check|references|background check) (came back|was|were)',
      '(needs improvement|unsatisfactory|ineffective) (rating|eval|evaluation)?',
      '(maternity leave|paternity leave|medical leave|sick leave|stress leave) *6 (not coming back|is not coming back|quitting|leaving|taking the job|new job)',
      '(not coming back|is not coming back|taking the job|interviewing at|applied at|leaving us for)',
      '(medical leave|leave) for (depression|anxiety|cancer|surgery|rehab|a breakdown|mental health)',
      '(reported|report|complaint|complaints) (him|her|them)? (to|with) (hr|human resources)',
      '(hr|human resources) (is|was|are) (investigating|looking into)',
      'recovering from (her|his) *2',
      '(certification|certificate|credential|credentials|license|teaching license) *3? (pulled|revoked|suspended|yanked|taken away)',
      '(on|taking|took|filed for) fmla',
      'postpartum (depression|anxiety|psychosis)',
      'relocated',
    ],
  },
];

/** District business that is not public: closed session, litigation, security. */
export const DISTRICT_CONFIDENTIAL_TOPICS: Topic[] = [
  {
    kind: 'closed-session',
    what: 'closed-session or legal matters',
    patterns: [
      '(closed session|closed-session|exec session|executive session|behind closed doors)',
      '-(will|to|shall|then)? (meet|meets|convene|convenes|hold|holds|reconvene|go|goes|adjourn|adjourns) (in|into) (a)? (closed|executive|exec) session',
      '-(closed|executive|closed-session) (session)? (items|item|under|agenda|to discuss|to deliberate|at /[0-9]+/|followed by)',
      '-(approval of|approve|approving) (the)? (settlement|settlement agreement)',
      '(settling|settle|settled|settlement) (the)? *2? (lawsuit|suit|case|claim)',
      "(lawsuit|litigation|due process case|due process hearing|legal counsel|district 's lawyer|districts lawyer|our lawyer|the lawyer|our attorney|district 's attorney)",
      '-(our|the)? (attorney|lawyer) (coach|coaches|mentor|mentors|volunteer|volunteers|judges)',
      '(lose|losing) the *2? (case|lawsuit|suit)',
      "(alarm code|door code|keypad code|gate code|wifi password|admin password|lockdown code|camera blind spot|cameras do not work|cameras don't work)",
      '(code word|codeword|all-clear code|all clear code|all-clear word|all clear word|safe word) (is|was|for)',
      '(security) (cams|cameras|camera|system) *6 (down|broken|out|offline|not working|dead)',
    ],
  },
];

/** Secrecy markers: on their own harmless, beside District news they mark it as not public. */
export const SECRECY_TOPICS: Topic[] = [
  {
    kind: 'secrecy',
    what: 'information that is not public yet',
    patterns: [
      "(not public yet|isn't public yet|is not public yet|not announced yet|before it is announced|you did not hear it from me|you didn't hear it from me|did not hear it from me|between us|don't say anything|do not say anything|off the record|i'm not supposed to know|i am not supposed to know|not supposed to know|that is all i can say|thats all i can say|can't say more|she doesn't even know yet|he doesn't even know yet|does not even know yet)",
    ],
  },
];
