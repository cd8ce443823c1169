// Code points that HTML forbids in a page (the Nu checker reports each as an error):
// C0 controls other than tab, line feed, form feed and carriage return; DEL and the
// C1 controls; and the Unicode noncharacters. Text from a content file or a query string
// must not carry them into a page.

/** U+1FFFE, U+1FFFF, … U+10FFFF: the last two code points of every plane above the first. */
const PLANE_ENDS = Array.from(
  { length: 16 },
  (_, plane) => `\\u{${(plane + 1).toString(16)}FFFE}\\u{${(plane + 1).toString(16)}FFFF}`,
).join("");
/** One forbidden code point; global, so use with matchAll/replace, or reset lastIndex. */
export const FORBIDDEN_CODE_POINT = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_ENDS}]`,
  "gu",
);

/** "U+0001" */
export const codePointName = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The text without forbidden code points (for text a visitor typed, such as a query string). */
export const withoutForbiddenCodePoints = (text: string) => text.replace(FORBIDDEN_CODE_POINT, "");
