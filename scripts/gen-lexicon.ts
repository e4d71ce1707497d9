/**
 * Build-time language data: first and last names from compromise's own lexicon (the npm package ships
 * it), written to lib/checker/data/generated/ (not committed). Runs on `npm ci` via postinstall, so the
 * checker can recognise names without loading compromise's full tagger at run time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import humanNames from 'human-names';

const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } };
const lexicon = world.model.one.lexicon;
const first: string[] = [];
const last: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!/^[a-z][a-z'-]+$/.test(word)) continue;
  if (tags.some((t) => /FirstName|MaleName|FemaleName/.test(t))) first.push(word);
  else if (tags.includes('LastName')) last.push(word);
}
// English and Spanish given names from the human-names package widen the coverage.
const names = humanNames as unknown as { allEn: string[]; allEs: string[] };
for (const name of [...names.allEn, ...names.allEs]) {
  const word = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/^[a-z][a-z'-]+$/.test(word) && !first.includes(word)) first.push(word);
}
// Names that are also everyday words in compromise's lexicon ("said", "will", "grace"): in lower case,
// or at the start of a sentence, they are words, not names.
const NAME_TAGS = /FirstName|MaleName|FemaleName|LastName|Person|ProperNoun|Honorific/;
const ambiguous = first.filter((word) => {
  const tag = lexicon[word];
  if (tag === undefined) return false;
  return (Array.isArray(tag) ? tag : [tag]).some((t) => !NAME_TAGS.test(t));
});
mkdirSync('lib/checker/data/generated', { recursive: true });
const file = 'lib/checker/data/generated/names.json';
writeFileSync(
  file,
  `${JSON.stringify({ source: 'compromise lexicon, human-names (en, es)', first: first.sort(), last: last.sort(), ambiguous: ambiguous.sort() })}\n`,
);
console.log(
  `${file}: ${first.length} first names (${ambiguous.length} also everyday words), ${last.length} last names`,
);
