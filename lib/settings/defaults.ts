import type { Settings } from './schema';
import { SETTINGS_VERSION } from './version';

/** A sample District that works out of the box; administrators replace it through options or policy. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'auto',
  district: {
    name: 'Cedar Valley Schools',
    aliases: ['Cedar Valley School District', 'Cedar Valley SD', 'CVSD'],
    studentEmailDomains: ['students.cedarvalley.example'],
  },
  contact: {
    office: 'Community Relations Office',
    name: 'Community Relations Office',
    email: 'communityrelations@cedarvalley.example',
    phone: '(555) 010-2000',
  },
  accounts: {
    x: ['@CedarValleySch'],
    facebook: ['Cedar Valley Schools'],
    instagram: ['cedarvalleyschools'],
  },
  schools: [
    { name: 'Cedar Valley High School', aliases: ['CVHS', 'Cedar Valley High'], mascots: ['Cougars'] },
    { name: 'Cedar Valley Middle School', aliases: ['CVMS'], mascots: ['Cubs'] },
    { name: 'Lincoln Elementary', aliases: ['Lincoln'], mascots: ['Lions'] },
  ],
  graduationYears: null,
  studentIdFormats: ['\\d{7}', '\\d{4}-\\d{5}'],
  categories: {
    derogatory: { mode: 'warn', override: 'acknowledge' },
    confidential: { mode: 'block', override: 'reason' },
    political: { mode: 'block', override: 'reason' },
    'personal-district-use': { mode: 'warn', override: 'acknowledge' },
    'mandatory-report': { mode: 'block', override: 'reason' },
    'student-image': { mode: 'warn', override: 'acknowledge' },
    'district-branding': { mode: 'warn', override: 'acknowledge' },
  },
  allowlist: [],
  policy: null,
  requests: { mode: 'signal' },
  images: { enabled: true, logos: [], brandingApproved: false },
};
