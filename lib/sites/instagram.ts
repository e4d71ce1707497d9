/**
 * Instagram (www): a textarea for comments, Lexical for the caption and DMs; no data-testids, so surfaces
 * key on role, form structure and localized labels (the ellipsis may be "…" or "...": labels are prefixes).
 */
import type { SiteSpec } from './types';

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
  identity: [
    { from: 'cookie', name: 'ds_user_id' },
    { from: 'json-script', marker: 'PolarisViewer', idKey: 'id', nameKeys: ['username'], as: 'handle' },
  ],
};
