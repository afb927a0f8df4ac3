/**
 * A label as it reads inside a sentence: the first letter lowered unless the first word is an
 * acronym ("Work-related burnout" → "work-related burnout"; "CBI client-related burnout" stays).
 *
 * Cost: O(length).
 *
 * @example
 * inSentence("Work-related burnout"); // "work-related burnout"
 * inSentence("CBI personal burnout"); // "CBI personal burnout"
 */
export function inSentence(label: string): string {
  const firstWord = label.split(/[\s-]/)[0] ?? "";
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
