/**
 * What each setting means, for administrators: shown by policy editors that read the managed schema and
 * kept in step with the schema by a unit test (every node must have one). English only, like the
 * Chrome policy templates.
 */
import { TEXT_CATEGORIES } from '../policy/schema';

const CATEGORY_KEYS = [...TEXT_CATEGORIES, 'student-image', 'district-branding'] as const;

const perCategory = Object.fromEntries(
  CATEGORY_KEYS.flatMap((category) => [
    [`categories.${category}`, `How Preflight treats findings of the "${category}" category.`],
    [`categories.${category}.mode`, 'off: not checked; warn: shown, posting allowed; block: shown, posting held.'],
    [
      `categories.${category}.override`,
      'What "Post anyway" needs: not-allowed, acknowledge (a tick box) or reason (a written reason, kept locally).',
    ],
  ]),
);

export const SETTING_DESCRIPTIONS: Record<string, string> = {
  '': 'Preflight settings pushed by the District. Every key is optional; keys you set are locked for employees.',
  language: 'Interface language: auto follows the browser.',
  district: 'The District: its name as people write it.',
  'district.name': 'The District name, e.g. "Cedar Valley Schools".',
  'district.aliases': 'Other names and abbreviations of the District.',
  'district.studentEmailDomains': 'E-mail domains of student accounts, e.g. "students.cedarvalley.k12.example".',
  contact: 'Community Relations contact shown in the popup Help and in findings.',
  'contact.office': 'Name of the office, e.g. "Community Relations Office".',
  'contact.name': 'A person or team to contact.',
  'contact.email': 'Contact e-mail address.',
  'contact.phone': 'Contact phone number.',
  accounts: 'Official District accounts: posting from one of these counts as posting for the District.',
  'accounts.x': 'X handles, e.g. "@CedarValleySch".',
  'accounts.facebook': 'Facebook Page names or numeric Page ids.',
  'accounts.instagram': 'Instagram usernames.',
  schools: 'Schools of the District.',
  'schools[]': 'One school.',
  'schools[].name': 'The school name.',
  'schools[].aliases': 'Abbreviations and short names of the school.',
  'schools[].mascots': 'Team names and mascots.',
  graduationYears: 'Graduation years that mean "current student". Leave out to follow the calendar.',
  'graduationYears.first': "First graduation year of current students (this year's seniors).",
  'graduationYears.last': "Last graduation year of current students (this year's kindergarten).",
  studentIdFormats: 'Regular expressions (whole word, no flags) matching student ID numbers, e.g. "\\\\d{7}".',
  categories: 'Strictness per category of finding.',
  ...perCategory,
  allowlist: 'Words and phrases never flagged (case-insensitive, whole words).',
  policy: "The District's own policy document, replacing the shipped one (same shape as the exported policy).",
  'policy.title': 'Title of the policy.',
  'policy.language': 'Language of the policy text (BCP 47), e.g. "en".',
  'policy.revision': 'Approval and revision dates.',
  'policy.preamble': 'Introductory paragraphs.',
  'policy.sections': 'Sections of the policy.',
  'policy.sections[]': 'One section.',
  'policy.sections[].id': 'Stable section id, e.g. "personal".',
  'policy.sections[].title': 'Section title.',
  'policy.sections[].clauses': 'Clauses of the section.',
  'policy.sections[].clauses[]': 'One clause.',
  'policy.sections[].clauses[].id': 'Stable clause id, e.g. "personal.student-connections".',
  'policy.sections[].clauses[].text': 'The clause exactly as the District wrote it.',
  'policy.sections[].clauses[].explanation': 'What the clause means, in one plain sentence.',
  'policy.sections[].clauses[].action': 'What to do instead.',
  'policy.sections[].clauses[].keywords': 'Everyday words people search for this clause.',
  'policy.sections[].clauses[].enforces': 'Finding categories that cite this clause.',
  requests: 'Friend and follow requests.',
  'requests.mode': 'always: ask before every accept; signal: ask when the requester looks like a student; off.',
  images: 'Checks of attached images (runs on the device).',
  'images.enabled': 'Check attached photos for students and District logos.',
  'images.logos': 'Reference logos to recognise; empty uses the shipped sample logo.',
  'images.logos[]': 'One reference logo.',
  'images.logos[].name': 'Name of the logo.',
  'images.logos[].dataUrl': 'The logo image as a data: URL (PNG or JPEG).',
  'images.brandingApproved': 'Community Relations has approved use of the logo on District accounts.',
};
