import { enOptions } from './en-options';
import { enPopup } from './en-popup';

/** English UI strings. Keys are grouped by surface; `es.ts` must have every key (type-checked). */
export const en = {
  ...enPopup,
  ...enOptions,
  'app.name': 'Preflight',
  'category.derogatory': 'Derogatory or threatening language',
  'category.confidential': 'Confidential information',
  'category.political': 'Political advocacy on a District account',
  'category.personal-district-use': 'District business on a personal account',
  'category.mandatory-report': 'Must be reported, not posted',
  'category.student-image': 'Students in a photo',
  'category.district-branding': 'District logo or branding',
  'category.student-connection': 'Possible current student',
  'severity.block': 'Must fix',
  'severity.warn': 'Warning',
  'severity.info': 'Note',
} as const;

export type MessageKey = keyof typeof en;
