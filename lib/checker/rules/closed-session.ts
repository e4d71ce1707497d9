/**
 * Policy: "Do not post or comment on confidential or protected information about the District ..."
 * (all.confidential). District business that is not public: closed or executive session, pending
 * litigation and settlements, security details (door codes, camera blind spots), and news shared
 * "before it is announced". A public board meeting or agenda is not confidential.
 */
import { DISTRICT_CONFIDENTIAL_TOPICS, SECRECY_TOPICS } from '../lexicon/records';
import type { Doc, Hit, Rule } from '../rule';
import { topicScanner } from '../signals/disclosure';

const topics = topicScanner('closed-session-topics', DISTRICT_CONFIDENTIAL_TOPICS);
const secrecy = topicScanner('secrecy-topics', SECRECY_TOPICS);
/** District news a secrecy marker can be about. */
const PUBLIC_NOTICE =
  /\b(agenda|public notice|livestream|public comment|followed by (an? )?(open|public|the regular)|will be discussed|regular meeting|public hearing|open session)\b/i;
const DISTRICT_NEWS =
  /\b(board|district|school|principal|superintendent|closing|closed|close|budget|cuts?|layoffs?|staff|teacher|coach|admin|contract|job|hired|fired|leaving|leave|investigat\w*|hr|lawsuit|merger|boundary|calendar|position)\b/i;

export const closedSession: Rule = {
  id: 'closed-session',
  category: 'confidential',
  run(doc) {
    // A public notice or agenda that lists a closed session is public information.
    if (doc.has(PUBLIC_NOTICE)) return doc.has(DISTRICT_NEWS) ? doc.scan(secrecy).map(toHit(doc)) : [];
    const found = [...doc.scan(topics), ...(doc.has(DISTRICT_NEWS) ? doc.scan(secrecy) : [])];
    return found.map(toHit(doc));
  },
};

function toHit(doc: Doc) {
  return (topic: Hit): Hit => ({
    start: topic.start,
    end: topic.end,
    message: `This shares ${topic.message} ("${doc.text.slice(topic.start, topic.end)}"). District business that is not public (closed session, legal matters, security) is confidential.`,
    fix: { label: 'Remove the detail', replacement: '' },
  });
}
