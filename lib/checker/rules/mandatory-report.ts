/**
 * Policy: "Report, as required by law, any information found on a social networking site or post that
 * falls under the mandatory reporting guidelines." (all.mandatory-reporting). Signs that a child may be
 * abused, neglected, at risk of self-harm or threatened. Such information must go to the proper
 * authorities now, not onto social media. Awareness posts ("Know the signs", "988 is the Suicide &
 * Crisis Lifeline"), lessons and book talk do not disclose a case and are not flagged.
 */
import { DISCLOSURE, HARM_WORDS, SAFETY_INFORMATION, SAFETY_TOPICS } from '../lexicon/safety';
import { alternation } from '../lexicon/words';
import type { Doc, Hit, Rule, Scanner } from '../rule';
import { topicScanner } from '../signals/disclosure';

export const safetyTopics = topicScanner('safety-topics', SAFETY_TOPICS);
const HARM = new RegExp(`\\b(?:${alternation(HARM_WORDS)})\\b`, 'gi');

/** A child or student is the subject (the writer's class, a grader, a kid, pronouns about one). */
const CHILD =
  /\b(kids?|kiddos?|child|children|students?|boys?|girls?|sons?|daughters?|graders?|kinders?|kindergart(e)?ners?|pre-?k|juniors?|seniors?|freshm[ae]n|sophomores?|middle schoolers?|class|homeroom|period|years? old|little ones?|baby|toddlers?|teens?|teenagers?|\d+(st|nd|rd|th)\s+grade|school|recess|dismissal|snap story|journal|essay|your (parents|mom|dad|mother|father))\b/i;

const harmScanner: Scanner = {
  id: 'harm-words',
  scan(chunk) {
    const found: Hit[] = [];
    HARM.lastIndex = 0;
    for (let m = HARM.exec(chunk.text); m; m = HARM.exec(chunk.text)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: 'a possible disclosure of harm to a child' });
    }
    return found;
  },
};

function harmWords(doc: Doc): Hit[] {
  const found = doc.scan(harmScanner);
  // One harm word alone is too little ("said he would die laughing"); two are a pattern.
  return found.length >= 2 ? found.slice(0, 3) : [];
}

export const mandatoryReport: Rule = {
  id: 'mandatory-report',
  category: 'mandatory-report',
  run(doc) {
    if (doc.has(SAFETY_INFORMATION) || !doc.has(CHILD)) return [];
    let topics = doc.scan(safetyTopics);
    // A child's disclosure ("told me", "came in with") of harm words, when no phrase matched.
    if (topics.length === 0 && doc.has(DISCLOSURE)) topics = harmWords(doc);
    return topics.map((topic) => ({
      start: topic.start,
      end: topic.end,
      message: `This describes ${topic.message} ("${doc.text.slice(topic.start, topic.end)}"). As a mandated reporter, report it now to your administrator and child protective services (or 911 if a child is in danger). Do not post it on social media.`,
      fix: { label: 'Remove the post text and report instead', replacement: '' },
    }));
  },
};
