// Flesch–Kincaid grade level of plain English text.
// Blocks (paragraphs, list items, table cells) are passed separately so that a
// list item without a full stop still counts as one sentence.

const VOWEL_GROUPS = /[aeiouy]+/g;

/** Estimated syllables in one word; the usual English heuristic, good to about ±1 grade. */
export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, "");
  if (word.length === 0) return 0;
  if (word.length <= 3) return 1;
  const trimmed = word.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(VOWEL_GROUPS)?.length ?? 0;
  return Math.max(1, groups);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*/g;

export function textStats(blocks: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const found = block.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    for (const word of found) syllables += /^\d/.test(word) ? 1 : countSyllables(word);
    // Sentence ends: . ! ? followed by space or end, but not inside numbers like 1.5.
    const ends = block.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
    const endsWithStop = /[.!?]["'”’)]*\s*$/.test(block);
    sentences += ends + (endsWithStop ? 0 : 1);
  }
  return { words, sentences, syllables };
}

/** Flesch–Kincaid grade: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
export function fleschKincaidGrade(blocks: readonly string[]): number {
  const { words, sentences, syllables } = textStats(blocks);
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(grade * 10) / 10;
}
