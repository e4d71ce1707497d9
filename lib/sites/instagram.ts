/**
 * Instagram (www): a textarea for comments, Lexical for the caption and DMs; no data-testids, so surfaces
 * key on role, form structure and localized labels (the ellipsis may be "…" or "...": labels are prefixes).
 */
import { CONFIRM_LABELS, LANDMARKS, type SiteSpec } from './types';

export const INSTAGRAM_SITE: SiteSpec = {
  platform: 'instagram',
  hosts: ['www.instagram.com'],
  handlePrefix: '@',
  surfaces: [
    {
      id: 'instagram-message',
      surface: 'message',
      kind: 'lexical',
      editor: ['[role="textbox"][contenteditable="true"]'],
      editorLabels: { en: ['Message'], es: ['Mensaje'], pt: ['Mensagem'], fr: ['Votre message', 'Message'] },
      keySubmit: 'enter',
      submit: ['[role="button"]', 'button'],
      submitLabels: { en: ['Send'], es: ['Enviar'], pt: ['Enviar'], fr: ['Envoyer'] },
    },
    {
      id: 'instagram-comment',
      surface: 'comment',
      kind: 'textarea',
      editor: ['form textarea'],
      editorLabels: {
        en: ['Add a comment'],
        es: ['Añade un comentario', 'Agrega un comentario'],
        pt: ['Adicione um comentário'],
        fr: ['Ajouter un commentaire'],
      },
      keySubmit: 'enter',
      submit: ['[role="button"]', 'button'],
      submitLabels: { en: ['Post'], es: ['Publicar'], pt: ['Publicar'], fr: ['Publier'] },
    },
    {
      id: 'instagram-caption',
      surface: 'caption',
      kind: 'lexical',
      editor: ['[contenteditable="true"][role="textbox"]', 'textarea'],
      editorLabels: {
        en: ['Write a caption'],
        es: ['Escribe un pie de foto', 'Escribe una descripción'],
        pt: ['Escreva uma legenda'],
        fr: ['Écrivez une légende'],
      },
      keySubmit: 'none',
      submit: ['[role="button"]', 'button'],
      submitLabels: { en: ['Share'], es: ['Compartir'], pt: ['Compartilhar'], fr: ['Partager'] },
    },
  ],
  // The Create new post dialog: the picked photos show as blob: images (crop step, then beside the caption).
  attachments: { previews: ['img[src^="blob:"]'], scopes: ['[role="dialog"]'], inputs: ['input[type="file"]'] },
  // Follow requests (activity / notifications) are rows with text buttons Confirm / Delete; Follow and
  // Follow Back are buttons whose inner `div[dir=auto]` holds the text; no testids, labels are localized.
  requests: {
    controls: [
      {
        id: 'instagram-confirm',
        action: 'accept',
        control: ['button', '[role="button"]'],
        labels: CONFIRM_LABELS,
        scope: 'card',
      },
      {
        id: 'instagram-follow',
        action: 'send',
        control: ['button', '[role="button"]'],
        labels: {
          en: ['Follow', 'Follow Back'],
          es: ['Seguir', 'Seguir también'],
          pt: ['Seguir', 'Seguir de volta'],
          fr: ['Suivre', 'Suivre en retour'],
        },
        scope: 'card-or-profile',
      },
    ],
    cards: [],
    headers: ['main header', 'header'],
    profileLinks: ['a[href^="/"]'],
    linkDepth: 6,
    linkStop: LANDMARKS,
    name: ['h2', 'h1', 'a[href^="/"] span', 'a[href^="/"]'],
    profile: {
      name: ['main header h2', 'header h2', 'header h1', 'main h2'],
      details: ['main header, header', 'main'],
    },
    profileIds: ['^/([A-Za-z0-9._]{1,30})/?$'],
    reservedPaths: [
      'explore',
      'reels',
      'reel',
      'direct',
      'accounts',
      'p',
      'stories',
      'about',
      'legal',
      'developer',
      'web',
      'emails',
      'challenge',
    ],
  },
  identity: [
    { from: 'cookie', name: 'ds_user_id' },
    { from: 'json-script', marker: 'PolarisViewer', idKey: 'id', nameKeys: ['username'], as: 'handle' },
  ],
};
