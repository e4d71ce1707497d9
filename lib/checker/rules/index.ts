/** The rule registry, in priority order (an earlier rule wins an overlap within one category). */
import type { Rule } from '../rule';
import { birthDate } from './birth-date';
import { closedSession } from './closed-session';
import { defamation } from './defamation';
import { districtBusiness } from './district-business';
import { educationRecord } from './education-record';
import { emailAddress } from './email-address';
import { harassment } from './harassment';
import { homeAddress } from './home-address';
import { identityAttack } from './identity-attack';
import { insult } from './insult';
import { mandatoryReport } from './mandatory-report';
import { personnel } from './personnel';
import { phoneNumber } from './phone-number';
import { aboutPolitics, politicalAdvocacy } from './political-advocacy';
import { profanity } from './profanity';
import { slur } from './slur';
import { ssn } from './ssn';
import { studentId } from './student-id';
import { threatRule } from './threat';
import { wordingRule } from './wording';

export const RULES: Rule[] = [
  // derogatory
  slur,
  threatRule,
  identityAttack,
  harassment,
  profanity,
  defamation,
  insult,
  // confidential
  ssn,
  studentId,
  phoneNumber,
  homeAddress,
  birthDate,
  emailAddress,
  educationRecord,
  personnel,
  closedSession,
  // political (District accounts only)
  politicalAdvocacy,
  // personal-district-use (personal accounts only)
  districtBusiness,
  // mandatory-report
  mandatoryReport,
  // the learned wording model, for what no rule above named
  wordingRule('derogatory'),
  wordingRule('confidential'),
  wordingRule('political', (context) => context.account === 'district', aboutPolitics),
  wordingRule('personal-district-use', (context) => context.account === 'personal'),
  wordingRule('mandatory-report'),
];
