import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { ROOT } from '../support/build-site.ts';
import { copyFixtureContent, runCheck, runCli } from '../support/cli.ts';

const TREE = path.join(ROOT, 'tests/.tmp/format-cli/content');
const TREE_ARG = path.relative(ROOT, TREE);
const format = (...args: string[]) => runCli('scripts/format.ts', [...args, '--content', TREE_ARG]);

/** A brief written by hand: fields out of the schema's order, quoted and flow-styled its own way, a comment. */
const HAND_WRITTEN = `---
# written by hand
audiences: [district-staff]
title: "Hand written"
problems:
  - attendance
summary: 'A brief typed by hand.'
alliance: fixture-alliance
published: 2026-05-01
authors: [pat-fixture]
keyFindings: ["One finding."]
---
Body text with a \\<10 count.
`;

describe('npm run format on a copy of the editor fixture', () => {
  beforeEach(() => copyFixtureContent('editor', TREE));

  it('finds nothing to rewrite in files already in the layout', () => {
    const checked = format('--check');
    expect(checked.output).not.toContain('briefs/tutoring-pilot.mdx');
    expect(checked.output).not.toContain('findings/tutoring-gains.mdx');
  });

  it('lists a hand-written file with --check and writes nothing', () => {
    const file = path.join(TREE, 'briefs/hand-written.mdx');
    writeFileSync(file, HAND_WRITTEN);
    const checked = format('--check');
    expect(checked.status).toBe(1);
    expect(checked.output).toContain(`${TREE_ARG}/briefs/hand-written.mdx: not in the layout`);
    expect(readFileSync(file, 'utf8')).toBe(HAND_WRITTEN);
  });

  it('rewrites it in schema order without changing what it says, and the check still passes', () => {
    const file = path.join(TREE, 'briefs/hand-written.mdx');
    const text = HAND_WRITTEN;
    writeFileSync(file, text);
    const result = format();
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/\d+ files, \d+ rewritten\n/);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(
      [
        '---',
        'title: Hand written',
        'summary: A brief typed by hand.',
        'audiences: [district-staff]',
        'problems: [attendance]',
        'alliance: fixture-alliance',
        'published: 2026-05-01',
        'authors: [pat-fixture]',
        'keyFindings:',
        '  - One finding.',
        '---',
        '',
        'Body text with a \\<10 count.',
        '',
      ].join('\n'),
    );
    expect(parseEntryFile(written, '.mdx')).toEqual(parseEntryFile(text, '.mdx'));
    expect(runCheck(TREE_ARG, '--public', 'public').status).toBe(0);
    expect(format('--check').status).toBe(0);
  });

  it('names a file that does not parse, and leaves it alone', () => {
    const file = path.join(TREE, 'briefs/broken.mdx');
    writeFileSync(file, '---\ntitle: [unclosed\n---\n');
    const result = format();
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${TREE_ARG}/briefs/broken.mdx: does not parse`);
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: [unclosed\n---\n');
  });

  it('answers --help', () => {
    const result = runCli('scripts/format.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^Usage: npm run format/);
  });
});
