/**
 * Facebook (www/web): Lexical editors with no data-testids, so surfaces key on role, structure
 * (dialog > form > editor) and localized aria-labels kept in per-language tables.
 */
import { CONFIRM_LABELS, LANDMARKS, type SiteSpec } from './types';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';

export const FACEBOOK_SITE: SiteSpec = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com'],
  handlePrefix: '',
  surfaces: [
    {
      id: 'facebook-messenger',
      surface: 'message',
      kind: 'lexical',
      editor: ['[role="textbox"][contenteditable="true"]'],
      editorLabels: { en: ['Message'], es: ['Mensaje'], pt: ['Mensagem'], fr: ['Message'] },
      keySubmit: 'enter',
      // The send control is not always given role=button.
      submit: ['[role="button"][aria-label]', 'div[aria-label]'],
      submitLabels: {
        en: ['Press enter to send', 'Send'],
        es: ['Pulsa Intro para enviar', 'Presiona Enter para enviar', 'Enviar'],
        pt: ['Pressione Enter para enviar', 'Enviar'],
        fr: ['Appuyez sur Entrée pour envoyer', 'Envoyer'],
      },
    },
    {
      id: 'facebook-reply',
      surface: 'reply',
      kind: 'lexical',
      editor: [LEXICAL],
      editorLabels: { en: ['Reply to', 'Reply as'], es: ['Responder a', 'Responder como'], pt: ['Responder a'] },
      keySubmit: 'enter',
      submit: ['#focused-state-composer-submit [role="button"]', '[role="button"][aria-label]'],
      submitLabels: { en: ['Reply', 'Comment'], es: ['Responder', 'Comentar'], pt: ['Responder', 'Comentar'] },
    },
    {
      id: 'facebook-comment',
      surface: 'comment',
      kind: 'lexical',
      editor: [LEXICAL],
      editorLabels: {
        en: ['Comment as', 'Answer as', 'Write a comment', 'Write a public comment'],
        es: ['Comentar como', 'Escribe un comentario', 'Escribe un comentario público'],
        pt: ['Comentar como', 'Escreva um comentário'],
        fr: ['Commenter en tant que', 'Écrivez un commentaire'],
      },
      keySubmit: 'enter',
      submit: ['#focused-state-composer-submit [role="button"]', '[role="button"][aria-label]'],
      submitLabels: {
        en: ['Comment', 'Post comment'],
        es: ['Comentar', 'Publicar comentario'],
        pt: ['Comentar'],
        fr: ['Commenter'],
      },
    },
    {
      id: 'facebook-post',
      surface: 'post',
      kind: 'lexical',
      editor: [LEXICAL],
      within: ['[role="dialog"] form'],
      keySubmit: 'mod-enter',
      submit: ['[role="button"][aria-label]'],
      // A Page posts through Next, then "Post settings": the review happens at Next, with the text final.
      submitLabels: {
        en: ['Post', 'Next'],
        es: ['Publicar', 'Siguiente'],
        pt: ['Publicar', 'Avançar'],
        fr: ['Publier', 'Suivant'],
      },
    },
  ],
  // Local previews are blob: images; the dialog also holds the poster's avatar (a CDN URL), never a blob.
  attachments: { previews: ['img[src^="blob:"]'], scopes: ['[role="dialog"]'], inputs: ['input[type="file"]'] },
  // Friend requests: "Confirm" on /friends/requests, /friends and in notifications (the requester link
  // `/friends/requests/?profile_id=<id>` is two parents up); a profile's "Confirm request" (also in its
  // "Respond" menu); and "Add friend" on profiles and suggestion cards. Only aria-labels, all localized.
  requests: {
    controls: [
      {
        id: 'facebook-confirm',
        action: 'accept',
        control: ['[role="button"][aria-label]'],
        labels: CONFIRM_LABELS,
        scope: 'card',
      },
      {
        // The profile's "Respond" menu: its items sit in a layer outside any card.
        id: 'facebook-respond-confirm',
        action: 'accept',
        control: ['[role="menuitem"]'],
        labels: CONFIRM_LABELS,
        scope: 'card-or-profile',
      },
      {
        id: 'facebook-confirm-request',
        action: 'accept',
        control: ['[role="button"]', '[role="menuitem"]'],
        labels: {
          en: ['Confirm request', 'Confirm friend request'],
          es: ['Confirmar solicitud', 'Confirmar solicitud de amistad'],
          pt: ['Confirmar solicitação'],
          fr: ['Confirmer la demande'],
        },
        scope: 'card-or-profile',
      },
      {
        id: 'facebook-add-friend',
        action: 'send',
        control: ['[role="button"]'],
        labels: {
          en: ['Add friend'],
          es: ['Agregar a amigos', 'Añadir a amigos', 'Agregar amigo'],
          pt: ['Adicionar amigo', 'Adicionar aos amigos'],
          fr: ['Ajouter en ami', 'Ajouter'],
        },
        scope: 'card-or-profile',
      },
    ],
    cards: [],
    headers: [],
    profileLinks: ['a[href*="profile_id="]', 'a[href*="profile.php?id="]', 'a[role="link"][href]', 'a[href]'],
    linkDepth: 5,
    linkStop: LANDMARKS,
    name: ['a[href*="profile_id="] span', 'a[href*="profile_id="]', 'a[href] strong', 'strong', 'a[href] span'],
    profile: {
      name: ['[role="main"] h1', 'h1', '[role="main"] h2'],
      details: ['[data-pagelet^="ProfileTilesFeed"]', '[role="main"]'],
    },
    profileIds: ['[?&]profile_id=(\\d+)', '^/profile\\.php\\?id=(\\d+)', '^/([A-Za-z0-9.]{5,})/?$'],
    reservedPaths: [
      'friends',
      'notifications',
      'messages',
      'groups',
      'watch',
      'marketplace',
      'gaming',
      'events',
      'pages',
      'settings',
      'help',
      'search',
      'bookmarks',
      'reel',
      'stories',
      'photo',
      'photo.php',
      'profile.php',
    ],
  },
  identity: [
    { from: 'cookie', name: 'i_user' },
    { from: 'cookie', name: 'c_user' },
    {
      from: 'json-script',
      marker: 'CurrentUserInitialData',
      idKey: 'USER_ID',
      nameKeys: ['NAME', 'SHORT_NAME'],
      as: 'name',
    },
    {
      from: 'label-prefix',
      selector: '[data-lexical-editor="true"][aria-label]',
      prefixes: { en: ['Comment as '], es: ['Comentar como '], pt: ['Comentar como '], fr: ['Commenter en tant que '] },
    },
  ],
};
