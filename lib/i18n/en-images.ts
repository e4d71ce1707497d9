/** English strings for checks on attached photos (composer badge, card, review dialog, toolbar). */
export const enImages = {
  'images.unreadable': 'Could not check this image: Preflight could not read its preview. You can still post it.',
  'composer.badge.checking': 'Preflight: checking photo {index} of {total}. Show details',
  'composer.badge.checked.one': '1 photo checked',
  'composer.badge.checked.other': '{count} photos checked',
  'composer.badge.unchecked.one': '1 photo could not be checked.',
  'composer.badge.unchecked.other': '{count} photos could not be checked.',
  'composer.card.checking': 'Checking photo {index} of {total}…',
  'composer.review.release': 'Release forms are on file for every student pictured',
  'composer.review.releaseRequired': 'Required before posting a photo of people from a District account.',
  'composer.review.releaseOptional':
    'On a personal account this is a warning: if anyone pictured is a student, make sure a release form is on file.',
  'composer.review.waitingIntro': 'Preflight is still checking the attached photos.',
  'composer.review.waiting':
    'Checking photo {index} of {total}. Wait here and the post goes out by itself if nothing is found, or post now without waiting for the photo check.',
  'composer.review.postNow': 'Post without waiting',
  'composer.review.notesTitle': 'Photos that could not be checked',
  'composer.announce.waiting': 'Post held while Preflight checks photo {index} of {total}.',
  'composer.announce.checked': 'Photos checked: nothing to flag. Posting now.',
  'toolbar.title.checking': 'Preflight is checking photo {index} of {total} on this page.',
} as const;
