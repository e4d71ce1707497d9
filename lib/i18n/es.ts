import type { MessageKey } from './en';
import { esImages } from './es-images';
import { esOptions } from './es-options';
import { esPopup } from './es-popup';
import { esRequests } from './es-requests';

/** Spanish UI strings. The policy text itself stays in the District's own language. */
export const es: Record<MessageKey, string> = {
  ...esPopup,
  ...esOptions,
  ...esImages,
  ...esRequests,
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
  'composer.badge.none': 'Preflight: nada que señalar. Ver detalles',
  'composer.badge.one': 'Preflight: 1 hallazgo, {severity}. Ver detalles',
  'composer.badge.other': 'Preflight: {count} hallazgos, el más grave: {severity}. Ver detalles',
  'composer.card.title': 'Preflight',
  'composer.card.close': 'Cerrar',
  'composer.card.empty': 'Nada en esta publicación va en contra de la política del Distrito.',
  'composer.identity.district': 'Publicando como {name} (cuenta del Distrito)',
  'composer.identity.personal': 'Publicando como {name} (cuenta personal)',
  'composer.identity.unknown': 'Cuenta no reconocida (se revisa como cuenta personal)',
  'composer.review.title': 'Revisar antes de publicar',
  'composer.review.intro.one':
    'Preflight encontró 1 cosa que revisar según la política del Distrito antes de publicar.',
  'composer.review.intro.other':
    'Preflight encontró {count} cosas que revisar según la política del Distrito antes de publicar.',
  'composer.review.edit': 'Editar',
  'composer.review.postAnyway': 'Publicar de todos modos',
  'composer.review.notAProblem': 'No es un problema',
  'composer.review.post': 'Publicar',
  'composer.review.acknowledge': 'He leído la política y quiero publicar esto de todos modos.',
  'composer.review.reasonLabel': '¿Por qué es apropiada esta publicación? (obligatorio para publicar)',
  'composer.review.reasonHint':
    'Se guarda en este dispositivo con los identificadores de regla y la hora, nunca la publicación.',
  'composer.review.notAllowed':
    'La configuración del Distrito no permite publicar esto. Edite la publicación o contacte a {office}.',
  'composer.review.allFixed': 'Todo lo señalado está corregido. Ya puede publicar.',
  'composer.review.reported': 'Gracias: se registró que no es un problema. Queda en este dispositivo.',
  'composer.review.reportedHeld':
    'Se registró que no es un problema. La configuración del Distrito aún exige lo anterior para publicar.',
  'composer.review.fixFailed': 'No se pudo aplicar esa corrección aquí. Edite el texto usted mismo.',
  'composer.review.controlGone':
    'El botón Publicar ya no está, así que no se publicó nada. Su texto sigue en el cuadro.',
  'finding.flagged': 'Texto señalado',
  'finding.policy': 'Política del Distrito',
  'finding.clauseAbove': 'Política del Distrito: la cláusula citada arriba ({id}).',
  'finding.clause': 'Cláusula {id}',
  'composer.announce.none': 'Preflight: nada que señalar.',
  'composer.announce.one': 'Preflight: 1 hallazgo. {summary}',
  'composer.announce.other': 'Preflight: {count} hallazgos. {summary}',
  'composer.announce.held': 'Publicación retenida. Preflight encontró {count} para revisar.',
  'composer.announce.fixed': 'Corrección aplicada.',
  'status.noComposer': 'no hay un cuadro para publicar en esta página',
  'status.notRecognised': 'cuadro de texto no reconocido',
  'status.noSubmit': 'botón Publicar no reconocido',
  'status.error': 'error interno',
  'toolbar.on': 'sí',
  'toolbar.off': 'no',
  'toolbar.title.active': 'Preflight revisa las publicaciones en esta página.',
  'toolbar.title.findings.one': 'Preflight revisa las publicaciones en esta página: 1 hallazgo.',
  'toolbar.title.findings.other': 'Preflight revisa las publicaciones en esta página: {count} hallazgos.',
  'toolbar.title.inactive': 'Preflight no está activo en esta página: {reason}.',
};
