/**
 * A text as V8 stores it one byte a character, where every character fits in one (Latin-1). A slice of a document
 * that holds Chinese is stored two bytes a character even where the slice itself is all ASCII, as an English
 * paragraph of a bilingual release is, and V8's regular expressions run several times slower on such a string: the
 * Unicode classes of the English place rules five times slower on the bench's English paragraphs. The copy has the
 * same characters, so no offset moves; a text with a character beyond Latin-1 is returned as it is.
 */
const BEYOND_LATIN1 = /[^\x00-\xff]/;

export const oneByte = (text: string): string => (BEYOND_LATIN1.test(text) ? text : Buffer.from(text, "latin1").toString("latin1"));
