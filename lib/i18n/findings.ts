/**
 * Findings in the UI language. The checker writes its messages in English (the CLI, logs-free tests and
 * the evaluation read them); in Spanish the UI shows the message for the finding's rule from this table
 * instead, and translates the fix's label. The flagged text itself is shown beside it either way.
 */
import type { Finding } from '../checker/types';
import { getLanguage } from '.';

const CONFIDENTIAL = 'La información de estudiantes, familias y personal es confidencial.';

/** Spanish message per rule id (wording-model rules are `<category>-wording`). */
const ES_MESSAGES: Record<string, string> = {
  profanity: 'Esto es lenguaje obsceno o vulgar. Las publicaciones de empleados del Distrito no deben contenerlo.',
  slur: 'Esto es un insulto contra un grupo de personas. El lenguaje despectivo está prohibido.',
  'identity-attack':
    'Esto ataca o desprecia a un grupo de personas por quiénes son. El lenguaje despectivo está prohibido.',
  insult: 'Esto insulta o menosprecia a una persona. El lenguaje despectivo o de acoso está prohibido.',
  harassment: 'Esto se burla de una persona o la acosa. El lenguaje despectivo o de acoso está prohibido.',
  threat: 'Esto se lee como una amenaza o una incitación a la violencia. Las amenazas están prohibidas.',
  defamation:
    'Esto afirma algo dañino sobre una persona identificable como si fuera un hecho. Evite acusaciones que no puede demostrar.',
  'student-id': `Esto parece un número de identificación de estudiante. ${CONFIDENTIAL}`,
  ssn: `Esto parece un número de seguro social. ${CONFIDENTIAL}`,
  'phone-number': `Esto parece el número de teléfono de un estudiante, una familia o un empleado. ${CONFIDENTIAL}`,
  'home-address': `Esto parece una dirección particular. ${CONFIDENTIAL}`,
  'birth-date': `Esto parece una fecha de nacimiento. ${CONFIDENTIAL}`,
  'email-address': `Esto parece la dirección de correo de un estudiante u otra persona. ${CONFIDENTIAL}`,
  'education-record':
    'Esto comparte datos del expediente de un estudiante identificable (calificaciones, educación especial, disciplina, salud, asistencia o asuntos familiares). Los expedientes son confidenciales.',
  personnel: 'Esto comparte un asunto de personal de un empleado. Los asuntos de personal son confidenciales.',
  'closed-session':
    'Esto comparte asuntos del Distrito que no son públicos (sesión cerrada, asuntos legales o de seguridad). Son confidenciales.',
  'political-advocacy':
    'Esto apoya o se opone a un candidato o a una medida electoral. Las cuentas del Distrito deben mantenerse neutrales.',
  'district-business':
    'Esto anuncia asuntos oficiales del Distrito, de una escuela, una clase o un equipo desde una cuenta personal. Use los canales oficiales del Distrito.',
  'mandatory-report':
    'Esto describe un posible caso de abuso, negligencia, autolesión o amenaza que involucra a un estudiante. No lo publique: repórtelo de inmediato por el canal establecido.',
  'derogatory-wording': 'La redacción parece despectiva, amenazante o de acoso hacia una persona o un grupo.',
  'confidential-wording':
    'Esto parece compartir información privada de un estudiante, una familia o un empleado identificable.',
  'political-wording': 'Esto se lee como apoyo u oposición a un candidato o medida electoral.',
  'personal-district-use-wording': 'Esto parece un asunto oficial del Distrito publicado desde una cuenta personal.',
  'mandatory-report-wording':
    'Esto parece describir un posible caso de abuso, negligencia, autolesión o amenaza que involucra a un estudiante. Repórtelo por el canal establecido, no en redes sociales.',
  'faces-in-photo':
    'Esta foto muestra personas. Si alguna es estudiante, debe haber autorizaciones de los padres archivadas.',
  'logo-in-image':
    'Esta imagen muestra el logotipo del Distrito. Usar el logotipo requiere la aprobación previa de Relaciones con la Comunidad.',
};

const ES_FIX_LABELS: Record<string, string> = {
  'Remove it': 'Quitarlo',
  'Remove the word': 'Quitar la palabra',
  'Remove the slur': 'Quitar el insulto',
  'Remove the insult': 'Quitar el insulto',
  'Remove the remark': 'Quitar el comentario',
  'Remove the threat': 'Quitar la amenaza',
  'Remove the claim': 'Quitar la afirmación',
  'Remove the advocacy': 'Quitar el llamado a votar',
  'Remove the detail': 'Quitar el dato',
  'Remove the address': 'Quitar la dirección',
  'Remove the date of birth': 'Quitar la fecha de nacimiento',
  'Remove the emoji': 'Quitar el emoji',
  'Remove the post text and report instead': 'Quitar el texto y reportarlo por el canal establecido',
  'Mask the number': 'Ocultar el número',
  'Mask the ID': 'Ocultar el número de identificación',
  'Use another word': 'Usar otra palabra',
};

/** What lib/images/findings.ts puts before a finding in text read from a photo: the file and the words. */
const FROM_IMAGE = /^Text in image "([^"]*)" \("([^"]*)"\): /;

/** The finding's message in the UI language. */
export function findingMessage(finding: Finding): string {
  if (getLanguage() !== 'es') return finding.message;
  const spanish = ES_MESSAGES[finding.rule];
  if (!spanish) return finding.message;
  const image = FROM_IMAGE.exec(finding.message);
  return image ? `Texto en la imagen "${image[1]}" ("${image[2]}"): ${spanish}` : spanish;
}

/** The label of the finding's fix in the UI language. */
export function fixLabel(fix: NonNullable<Finding['fix']>): string {
  if (getLanguage() === 'es') return ES_FIX_LABELS[fix.label] ?? fix.label;
  return fix.label;
}

/** For the test that every rule and fix has a Spanish text. */
export const SPANISH_FINDINGS = { messages: ES_MESSAGES, fixLabels: ES_FIX_LABELS };
