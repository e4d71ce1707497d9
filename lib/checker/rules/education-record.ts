/**
 * Policy: "Do not post or comment on confidential or protected information about the District, its
 * students, alumni, or employees." (all.confidential). Education records tied to an identifiable
 * student: grades and scores, special education and 504 plans, discipline, health and medication,
 * attendance, family and custody matters, and status such as immigration, housing or free lunch.
 * Recognition ("congrats to Maya on her blue ribbon") and general information ("Understanding 504
 * Plans night") identify no record and are not flagged.
 */
import { RECORD_TOPICS } from '../lexicon/records';
import type { Rule } from '../rule';
import { disclosures, topicScanner } from '../signals/disclosure';

const topics = topicScanner('education-record-topics', RECORD_TOPICS);

export const educationRecord: Rule = {
  id: 'education-record',
  category: 'confidential',
  run(doc) {
    return disclosures(doc, doc.scan(topics)).map(({ topic, person }) => ({
      start: topic.start,
      end: topic.end,
      message: `This shares ${topic.message} ("${doc.text.slice(topic.start, topic.end)}") about an identifiable student ("${doc.text.slice(person.start, person.end)}"). Student records are confidential and must not be posted.`,
      fix: { label: 'Remove the detail', replacement: '' },
    }));
  },
};
