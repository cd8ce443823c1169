// The topics, in the order a reader walks through them. This order drives
// the home page, the navigation and previous/next links.

export const TOPIC_IDS = [
  "what-it-is",
  "benefits",
  "science",
  "related-treatments",
  "user-reports",
  "sessions",
  "side-effects",
  "contraindications",
  "before-you-book",
  "aftercare",
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  /** Short label for navigation. */
  label: string;
  /** The reader's question this topic answers. */
  question: string;
}

export const TOPICS: readonly Topic[] = [
  { id: "what-it-is", label: "What it is", question: "What is microneedling and how is it done?" },
  { id: "benefits", label: "Benefits", question: "What can it help with?" },
  { id: "science", label: "The science", question: "What does the research show?" },
  { id: "related-treatments", label: "Related treatments", question: "How does it compare with other treatments?" },
  { id: "user-reports", label: "What users report", question: "What do people who have had it say?" },
  { id: "sessions", label: "Sessions", question: "How many sessions does it take?" },
  { id: "side-effects", label: "Side effects", question: "What can go wrong?" },
  { id: "contraindications", label: "Who should avoid it", question: "Is it safe for me?" },
  { id: "before-you-book", label: "Before you book", question: "What should I know before booking?" },
  { id: "aftercare", label: "Aftercare", question: "What should I do afterwards?" },
];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

export function getTopic(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
