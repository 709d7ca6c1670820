/**
 * Whole-number command-line values for the repo's CLIs (bench, lighthouse): one rule and one
 * message, naming the flag, what was found and what was expected.
 */

/** `text` as a whole number of at least `least`, or an error that says so. */
export function wholeNumberOption(text: string, flag: string, least: number): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < least) {
    throw new Error(`${flag}: found "${text}", expected a whole number of ${least} or more`);
  }
  return value;
}
