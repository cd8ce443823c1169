// Links the first use of each glossary term in an article to its entry, as a hint that
// works without JavaScript: <a class="term" href="/glossary#id" title="definition">.
// Runs on the Markdown tree before HTML; never inside headings, links or code (code is
// not a text node), and never inside citation markers. Runs after citations.ts, whose
// markers it must see to skip them, and after internal-links.ts, which drops link titles
// and would record these links as the editor's.
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { GlossaryTerm } from "../schema";
import { isCitation } from "./plain-text";

export const GLOSSARY_PATH = "/glossary";

/** Every word or phrase that counts as a use of the term, lowercased. */
export const termForms = (term: GlossaryTerm) => [term.term, ...(term.aliases ?? [])];

const SKIP_PARENTS = new Set(["heading", "link", "linkReference"]);

/** Letters, digits and hyphens glue words together: "dermis" is not a use inside "epidermis". */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function matcher(forms: readonly string[], caseSensitive: boolean): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}-])`, caseSensitive ? "u" : "iu");
}

interface Finder {
  term: GlossaryTerm;
  patterns: RegExp[];
}

// Abbreviations such as "PIH" or "RCT" match only in capitals; words match in any case.
const isAbbreviation = (form: string) => (form.match(/\p{Lu}/gu) ?? []).length >= 2;

function finders(terms: readonly GlossaryTerm[]): Finder[] {
  return terms.map((term) => {
    const forms = termForms(term);
    const patterns = [matcher(forms.filter(isAbbreviation), true), matcher(forms.filter((form) => !isAbbreviation(form)), false)];
    return { term, patterns: patterns.filter((pattern): pattern is RegExp => pattern !== undefined) };
  });
}

/** The earliest use in `text` of a term not yet linked (the longest one when two start together). */
function firstMatch(text: string, open: readonly Finder[]): { finder: Finder; index: number; length: number } | undefined {
  let best: { finder: Finder; index: number; length: number } | undefined;
  for (const finder of open) {
    for (const pattern of finder.patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
        best = { finder, index: match.index, length: match[0].length };
      }
    }
  }
  return best;
}

function termLink(term: GlossaryTerm, text: string): Link {
  return {
    type: "link",
    url: `${GLOSSARY_PATH}#${term.id}`,
    title: term.definition,
    children: [{ type: "text", value: text }],
    data: { hProperties: { className: ["term"] } },
  };
}

/** Splits one text node at the first uses it holds; marks those terms as linked. */
function linkText(node: Text, open: Finder[]): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let rest = node.value;
  for (let hit = firstMatch(rest, open); hit; hit = firstMatch(rest, open)) {
    if (hit.index > 0) parts.push({ type: "text", value: rest.slice(0, hit.index) });
    parts.push(termLink(hit.finder.term, rest.slice(hit.index, hit.index + hit.length)));
    open.splice(open.indexOf(hit.finder), 1);
    rest = rest.slice(hit.index + hit.length);
  }
  if (parts.length === 0) return [node];
  if (rest) parts.push({ type: "text", value: rest });
  return parts;
}

/** Links the first use of each term, in document order. Mutates the tree. */
export function linkFirstUses(tree: Root, terms: readonly GlossaryTerm[]): void {
  const open = finders(terms);
  const walk = (parent: Parent) => {
    for (let index = 0; index < parent.children.length && open.length > 0; index++) {
      const child = parent.children[index] as RootContent;
      if (child.type === "text") {
        const parts = linkText(child, open);
        parent.children.splice(index, 1, ...parts);
        index += parts.length - 1;
        continue;
      }
      if (SKIP_PARENTS.has(child.type) || isCitation(child)) continue;
      if ("children" in child) walk(child);
    }
  };
  walk(tree);
}
