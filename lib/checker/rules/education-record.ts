/**
 * Policy: "Do not post or comment on confidential or protected information about the District, its
 * students, alumni, or employees." (all.confidential). Education records tied to an identifiable
 * student: grades and scores, special education and 504 plans, discipline, health and medication,
 * attendance, family and custody matters, and status such as immigration, housing or free lunch.
 * Recognition ("congrats to Maya on her blue ribbon") and general information ("Understanding 504
 * Plans night") identify no record and are not flagged.
 */
import { RECORD_TOPICS } from '../lexicon/records';
import type { Doc, Hit, Rule } from '../rule';
import { disclosures, topicScanner } from '../signals/disclosure';
import { personScanner } from '../signals/person';
import { safetyTopics } from './mandatory-report';

const topics = topicScanner('education-record-topics', RECORD_TOPICS);
/**
 * Abuse, neglect or self-harm of a student who can be picked out (a class or period, a full name, two
 * named children) is also confidential. A first name alone ("shoot Tyler") does not single a child out,
 * and a @mention at the start of a reply names the colleague being answered, not the child.
 */
const STRONG = new Set(['name', 'class', 'addressed', 'cohort', 'mention']);

function pinsDown(doc: Doc, person: Hit): boolean {
  if (person.kind === 'class' || person.kind === 'addressed' || person.kind === 'cohort') return true;
  if (person.kind === 'mention') return doc.text.slice(0, person.start).trim() !== '';
  const names = new Set(
    doc
      .scan(personScanner)
      .filter((p) => p.kind === 'name')
      .map((p) => doc.text.slice(p.start, p.end)),
  );
  return /\s/.test(doc.text.slice(person.start, person.end).trim()) || names.size >= 2;
}

export const educationRecord: Rule = {
  id: 'education-record',
  category: 'confidential',
  run(doc) {
    const safety = disclosures(doc, doc.scan(safetyTopics), STRONG).filter(({ person }) => pinsDown(doc, person));
    // "I have Type 1 diabetes": the writer's own health or history is theirs to share.
    const own = (topic: Hit) =>
      /\b(i|i've|i'm|i am|my own|myself)\b[^.!?]{0,25}$/i.test(
        doc.text.slice(Math.max(0, topic.start - 40), topic.start),
      );
    const found = [...disclosures(doc, doc.scan(topics)), ...safety].filter(({ topic }) => !own(topic));
    return found.map(({ topic, person }) => ({
      start: topic.start,
      end: topic.end,
      message: `This shares ${topic.message} ("${doc.text.slice(topic.start, topic.end)}") about an identifiable student ("${doc.text.slice(person.start, person.end)}"). Student records are confidential and must not be posted.`,
      fix: { label: 'Remove the detail', replacement: '' },
    }));
  },
};
