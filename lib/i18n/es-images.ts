import type { enImages } from './en-images';

/** Spanish strings for checks on attached photos. */
export const esImages: Record<keyof typeof enImages, string> = {
  'images.unreadable':
    'No se pudo revisar esta imagen: Preflight no pudo leer su vista previa. Aun así puede publicarla.',
  'composer.badge.checking': 'Preflight: revisando la foto {index} de {total}. Mostrar detalles',
  'composer.badge.checked.one': '1 foto revisada',
  'composer.badge.checked.other': '{count} fotos revisadas',
  'composer.badge.unchecked.one': 'No se pudo revisar 1 foto.',
  'composer.badge.unchecked.other': 'No se pudieron revisar {count} fotos.',
  'composer.card.checking': 'Revisando la foto {index} de {total}…',
  'composer.review.release': 'Hay formularios de autorización archivados para cada estudiante que aparece',
  'composer.review.releaseRequired':
    'Obligatorio antes de publicar una foto de personas desde una cuenta del Distrito.',
  'composer.review.releaseOptional':
    'En una cuenta personal es una advertencia: si alguien de la foto es estudiante, asegúrese de que haya un formulario de autorización archivado.',
  'composer.review.waitingIntro': 'Preflight todavía está revisando las fotos adjuntas.',
  'composer.review.waiting':
    'Revisando la foto {index} de {total}. Espere aquí y la publicación saldrá sola si no se encuentra nada, o publique ahora sin esperar la revisión de las fotos.',
  'composer.review.postNow': 'Publicar sin esperar',
  'composer.review.notesTitle': 'Fotos que no se pudieron revisar',
  'composer.announce.waiting': 'Publicación retenida mientras Preflight revisa la foto {index} de {total}.',
  'composer.announce.checked': 'Fotos revisadas: nada que señalar. Publicando.',
  'toolbar.title.checking': 'Preflight está revisando la foto {index} de {total} en esta página.',
};
