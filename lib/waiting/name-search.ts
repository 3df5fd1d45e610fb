import { initialsOf } from './patient-details';

/** Lower case without accents, so "zoe" finds "Zoë". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a caller's name matches what was typed in the search box. Every word typed must appear
 * in the name. With names hidden the list shows initials only, so only initials are searched
 * ("js" or "J. S." finds Jane Smith): a match is always something the screen shows.
 */
export function nameMatches(name: string | null, query: string, namesHidden: boolean): boolean {
  return nameMatcher(query, namesHidden)(name);
}

/** The same test, with the query read once: for checking every caller on the list. */
export function nameMatcher(query: string, namesHidden: boolean): (name: string | null) => boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  if (namesHidden) {
    const letters = words.join('').replace(/[^\p{L}\p{N}]/gu, '');
    if (!letters) return () => true;
    return (name) =>
      fold(initialsOf(name))
        .replace(/[^\p{L}\p{N}]/gu, '')
        .includes(letters);
  }
  return (name) => {
    const folded = fold(name ?? '');
    return words.every((w) => folded.includes(w));
  };
}
