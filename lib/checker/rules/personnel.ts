/**
 * Policy: "Do not post or comment on confidential or protected information about the District, its
 * students, alumni, or employees." (all.confidential). Personnel matters of a named or titled employee:
 * investigations, leave, discipline, non-renewal, evaluations, references, health, job moves not yet
 * announced. Public announcements ("please welcome our new principal") are not personnel matters.
 */
import { PERSONNEL_TOPICS } from '../lexicon/records';
import type { Rule } from '../rule';
import { disclosures, topicScanner } from '../signals/disclosure';

const topics = topicScanner('personnel-topics', PERSONNEL_TOPICS);
const STAFF = new Set(['name', 'title', 'mention', 'pronoun']);

export const personnel: Rule = {
  id: 'personnel',
  category: 'confidential',
  run(doc) {
    return disclosures(doc, doc.scan(topics), STAFF).map(({ topic, person }) => ({
      start: topic.start,
      end: topic.end,
      message: `This shares ${topic.message} ("${doc.text.slice(topic.start, topic.end)}") about an identifiable employee ("${doc.text.slice(person.start, person.end)}"). Personnel matters are confidential.`,
      fix: { label: 'Remove the detail', replacement: '' },
    }));
  },
};
