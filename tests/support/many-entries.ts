/**
 * A fixture tree with more entries than a list shows on one page (src/lib/pagination.ts), written
 * by code rather than kept as files: the shared base (fixtures.ts) plus, for each kind, a page and
 * a bit of entries, a few unpublished ones with secret markers, Spanish entries, and a brief whose
 * id is a page number. Written once under tests/.tmp, named by a hash of what it holds, so the test
 * files that build it share one copy (and one build, through sharedBuild).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { fixtureContent, BASE_SCENARIO } from './fixtures.ts';
import { TMP } from './build-site.ts';

/** The build clock of this tree: some events are before it, some after. */
export const MANY_ENTRIES_NOW = '2026-06-01T12:00:00Z';

/** In no byte of a production build: each is in one unpublished entry only. */
export const MANY_ENTRIES_SECRETS = ['SECRET-PAGED-DRAFT', 'SECRET-PAGED-REVIEW', 'SECRET-PAGED-EMBARGO'];

/** Upcoming events are fewer than a page, so the first page of /events/ ends with past ones. */
export const UPCOMING_EVENTS = PAGE_SIZE - 10;
export const PAST_EVENTS = PAGE_SIZE;

const ENGLISH_BRIEFS = PAGE_SIZE + 6;
const FINDINGS = PAGE_SIZE + 2;
const CHALLENGE_NOTES = PAGE_SIZE + 3;

interface File {
  path: string;
  text: string;
}

/** A day in 2025, counted from January 1, as `YYYY-MM-DD`: entry n is newer than entry n - 1. */
function day(offset: number): string {
  return new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function mdx(front: Record<string, string>, body: string): string {
  return `---\n${Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n${body}\n`;
}

const shared = { audiences: '[district-staff, researchers]', problems: '[attendance]', alliance: 'fixture-alliance' };

function brief(id: string, index: number, extra: Record<string, string> = {}, marker = ''): File {
  return {
    path: `briefs/${id}.mdx`,
    text: mdx(
      {
        title: `Attendance study number ${index} ${marker}`.trim(),
        summary: `A study of attendance in one school. It is one of many. ${marker}`.trim(),
        ...shared,
        published: day(index),
        authors: '[pat-fixture]',
        keyFindings: `\n  - Attendance rose a little. ${marker}`.trimEnd(),
        ...extra,
      },
      `The school tried a new way to reach families. ${marker}`.trim(),
    ),
  };
}

function finding(index: number): File {
  return {
    path: `findings/attendance-finding-${index}.mdx`,
    text: mdx(
      {
        title: `Attendance finding number ${index}`,
        summary: 'One claim about attendance, with its evidence.',
        ...shared,
        published: day(100 + index),
        sources: `[attendance-brief-1]`,
        evidence: `\n  design: quasi-experimental\n  outcome: student-behavior\n  sample: { students: ${400 + index * 10}, schools: ${2 + (index % 5)} }\n  effect: { size: 0.${10 + index}, significant: true, direction: positive }`,
        implications: '\n  - Try it in more schools.',
      },
      'A finding body.',
    ),
  };
}

function event(index: number, start: Date): File {
  const end = new Date(start.getTime() + 90 * 60_000);
  return {
    path: `events/attendance-forum-${index}.mdx`,
    text: mdx(
      {
        title: `Attendance forum number ${index}`,
        summary: 'A night to talk with families about school.',
        ...shared,
        start: start.toISOString().replace('.000Z', 'Z'),
        end: end.toISOString().replace('.000Z', 'Z'),
        timezone: 'UTC',
        format: 'online',
        onlineUrl: 'https://example.org/join',
        presenters: '[sam-presenter]',
        materials: '\n  - { label: Slides, href: "https://example.org/slides.pdf" }',
      },
      'An event body.',
    ),
  };
}

function challengeNote(index: number): File {
  return {
    path: `challenges/trust-note-${index}.mdx`,
    text: mdx(
      {
        title: `Keeping trust, note number ${index}`,
        summary: 'How a partnership kept the trust of the people it serves.',
        ...shared,
        published: day(200 + index),
        challenge: 'legitimacy',
        stakeholders: '[district]',
        strategies: '\n  - Share results early.',
      },
      'A note body.',
    ),
  };
}

/** The generated entries, relative to the content folder. */
export function manyEntryFiles(): File[] {
  const now = new Date(MANY_ENTRIES_NOW);
  const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);
  return [
    ...Array.from({ length: ENGLISH_BRIEFS }, (_, index) => brief(`attendance-brief-${index + 1}`, index + 1)),
    // The id rule allows an id that is a number: it must never meet a page of the list.
    brief('2', ENGLISH_BRIEFS + 1),
    brief('draft-paged-brief', ENGLISH_BRIEFS + 2, { status: 'draft' }, MANY_ENTRIES_SECRETS[0]),
    brief('review-paged-brief', ENGLISH_BRIEFS + 3, { status: 'review' }, MANY_ENTRIES_SECRETS[1]),
    brief('embargoed-paged-brief', ENGLISH_BRIEFS + 4, { status: 'embargoed', embargoUntil: '2026-12-01T09:00:00Z' }, MANY_ENTRIES_SECRETS[2]),
    brief('lifted-paged-brief', ENGLISH_BRIEFS + 5, { status: 'embargoed', embargoUntil: '2026-02-01T09:00:00Z' }),
    ...Array.from({ length: 3 }, (_, index) => brief(`estudio-de-asistencia-${index + 1}`, 300 + index, { lang: 'es' })),
    ...Array.from({ length: FINDINGS }, (_, index) => finding(index + 1)),
    ...Array.from({ length: UPCOMING_EVENTS }, (_, index) => event(index + 1, hours(24 * (index + 1)))),
    ...Array.from({ length: PAST_EVENTS }, (_, index) => event(UPCOMING_EVENTS + index + 1, hours(-24 * (index + 1)))),
    ...Array.from({ length: CHALLENGE_NOTES }, (_, index) => challengeNote(index + 1)),
  ];
}

/** The composed content folder: the shared base and the generated entries. */
export function manyEntriesContent(): string {
  const files = manyEntryFiles();
  const base = fixtureContent(BASE_SCENARIO);
  const hash = createHash('sha256').update(base);
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  const target = path.join(TMP, 'fixtures', `many-entries-${hash.digest('hex').slice(0, 10)}`, 'content');
  if (existsSync(target)) return target;
  const scratch = `${path.dirname(target)}.${process.pid}-${Date.now()}`;
  cpSync(base, path.join(scratch, 'content'), { recursive: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(scratch, 'content', file.path)), { recursive: true });
    writeFileSync(path.join(scratch, 'content', file.path), file.text);
  }
  try {
    renameSync(scratch, path.dirname(target));
  } catch (cause) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(target)) throw cause;
  }
  return target;
}
