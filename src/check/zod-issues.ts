import type { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest.ts';
import { describeFound, error, formatFieldPath, type Problem } from './problem.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * Turns zod's issues into problems an author can act on. Our schemas write their messages as the
 * expected value; zod's own issues (lengths, unknown fields) are translated here.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  file: string,
  schema: z.ZodType,
  lineOf: (topLevelField: string) => number | undefined,
): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return error({
          file,
          field: formatFieldPath(path),
          line: lineOf(String(path[0])),
          found: 'a field the content model does not know',
          expected: `no such field${didYouMean(key, known)}; known fields: ${known.join(', ')}`,
        });
      });
    }
    return [
      error({
        file,
        field: formatFieldPath(issue.path) || undefined,
        line: issue.path.length ? lineOf(String(issue.path[0])) : undefined,
        found: describeIssueInput(issue),
        expected: describeExpected(issue),
      }),
    ];
  });
}

function describeIssueInput(issue: Issue): string {
  const input = issue.input;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof input === 'string') {
    return `${input.length} character${input.length === 1 ? '' : 's'}`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && Array.isArray(input)) {
    return `${input.length} item${input.length === 1 ? '' : 's'}`;
  }
  return describeFound(input);
}

function describeExpected(issue: Issue): string {
  const message = issue.message;
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    return `${message}${didYouMean(issue.input, issue.values.map(String))}`;
  }
  // zod's own default wording ("Invalid input: expected string, received number") is rewritten.
  const defaultType = /^Invalid input: expected (\w+)/.exec(message);
  if (defaultType) return `${/^[aeiou]/.test(defaultType[1]!) ? 'an' : 'a'} ${defaultType[1]}`;
  return message;
}

type Shape = Record<string, z.ZodType>;

/** The field names an object schema accepts at `path`, for "known fields" and suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return [];
    if (typeof part === 'number') {
      const def = current.def as { element?: z.ZodType };
      current = def.element ? unwrap(def.element) : undefined;
    } else {
      const shape = (current as unknown as { shape?: Shape }).shape;
      current = shape?.[String(part)] ? unwrap(shape[String(part)]!) : undefined;
    }
  }
  const shape = current ? (current as unknown as { shape?: Shape }).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** Looks through optional, default and pipe wrappers to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = current.def as { innerType?: z.ZodType; in?: z.ZodType; type: string };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}
