/**
 * Command-line options for the repo's CLIs, read with Node's own `util.parseArgs`: one way to
 * read them, and one wording for every mistake, naming the flag, what was found and what to do.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../src/lib/suggest.ts';

/** The options a CLI takes, besides `--help` (and `-h`), which every CLI takes. */
export type OptionSpec = Record<string, { type: 'string' } | { type: 'boolean' }>;

type Values<S extends OptionSpec> = {
  [K in keyof S]?: S[K] extends { type: 'boolean' } ? boolean : string;
} & { help?: boolean };

/**
 * The options given in `argv`, or an error an author can act on: an unknown option (with the
 * nearest known one), an option without its value, or an argument no option takes.
 */
export function readOptions<S extends OptionSpec>(argv: readonly string[], spec: S): Values<S> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { ...spec, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return values as Values<S>;
  } catch (cause) {
    throw new Error(`${usageProblem(cause, Object.keys(spec))}. Run with --help for usage.`);
  }
}

function usageProblem(cause: unknown, known: readonly string[]): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
  if (unknown) return `Unknown option ${unknown[1]}${unknown[2]}${didYouMean(unknown[2], known)}`;
  const missing = /^Option '--([^ ']+)/.exec(message);
  if (missing) return `--${missing[1]} needs a value`;
  const positional = /^Unexpected argument '([^']*)'/.exec(message);
  if (positional) return `Unexpected argument ${positional[1]}: every value follows its option, as in --content <dir>`;
  return message;
}

/** `text` as a whole number of at least `least`, or an error that says so. */
export function wholeNumberOption(text: string, flag: string, least: number): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < least) {
    throw new Error(`${flag}: found "${text}", expected a whole number of ${least} or more`);
  }
  return value;
}
