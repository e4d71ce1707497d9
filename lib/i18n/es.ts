import type { MessageKey } from './en';
import { esOptions } from './es-options';
import { esPopup } from './es-popup';

/** Spanish UI strings. The policy text itself stays in the District's own language. */
export const es: Record<MessageKey, string> = {
  ...esPopup,
  ...esOptions,
  'app.name': 'Preflight',
  'category.derogatory': 'Lenguaje despectivo o amenazante',
  'category.confidential': 'Información confidencial',
  'category.political': 'Promoción política en una cuenta del Distrito',
  'category.personal-district-use': 'Asuntos del Distrito en una cuenta personal',
  'category.mandatory-report': 'Debe denunciarse, no publicarse',
  'category.student-image': 'Estudiantes en una foto',
  'category.district-branding': 'Logotipo o marca del Distrito',
  'category.student-connection': 'Posible estudiante actual',
  'severity.block': 'Debe corregirse',
  'severity.warn': 'Advertencia',
  'severity.info': 'Nota',
};
