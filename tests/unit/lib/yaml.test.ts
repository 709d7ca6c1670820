import { parseYaml } from '@astrojs/internal-helpers/yaml';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { YAML_WIDTH, yamlFields, yamlInline } from '../../../src/lib/yaml.ts';

/** The two readers of every content file: the check's (js-yaml, no timestamps) and Astro's. */
function readBoth(text: string): [unknown, unknown] {
  return [yaml.load(text, { schema: yaml.CORE_SCHEMA }), parseYaml(text)];
}

describe('yamlInline', () => {
  it.each([
    ['riverbend-alliance', 'riverbend-alliance'],
    ['2026-03-14', '2026-03-14'],
    ['2027-02-11T18:00:00-06:00', '2027-02-11T18:00:00-06:00'],
    ['Plain words.', '"Plain words."'],
    ['true', '"true"'],
    ['no', '"no"'],
    ['2014', '"2014"'],
    ['1e5', '"1e5"'],
    [['es', 'ar'], '[es, ar]'],
    [{ size: 0.19, significant: true }, '{ size: 0.19, significant: true }'],
    [[{ collection: 'findings', id: 'x' }], '[{ collection: findings, id: x }]'],
  ])('writes %j as %s', (value, written) => {
    expect(yamlInline(value)).toBe(written);
  });

  it('writes text that reads back as the same text', () => {
    for (const text of ['Plain words.', 'a: b', '# not a comment', "it's", 'yes', '12', 'null', 'x-1', 'École']) {
      expect(yaml.load(`value: ${yamlInline(text)}`, { schema: yaml.CORE_SCHEMA })).toEqual({ value: text });
    }
  });
});

describe('yamlFields', () => {
  it('writes plain text, bare ids and dates, lists of ids in brackets, groups below their name', () => {
    const text = yamlFields({
      title: 'A title',
      audiences: ['district-staff', 'community'],
      published: '2026-03-14',
      keyFindings: ['One.', 'Two, with a comma.'],
      venue: { name: 'Library', address: '1 Main St' },
      doi: undefined,
      order: 2,
    });
    expect(text).toBe(
      [
        'title: A title',
        'audiences: [district-staff, community]',
        'published: 2026-03-14',
        'keyFindings:\n  - One.\n  - Two, with a comma.',
        'venue:\n  name: Library\n  address: 1 Main St',
        'order: 2',
        '',
      ].join('\n'),
    );
  });

  it('puts groups of numbers, booleans and ids on one line below the top level, other groups on lines', () => {
    const text = yamlFields({
      evidence: {
        design: 'rct',
        sample: { students: 412, schools: 3 },
        effect: { size: 0.19, ciLow: -0.04, significant: true, direction: 'positive' },
      },
      related: [{ collection: 'findings', id: 'summer-gains' }],
      materials: [{ label: 'Brief: the slides', collection: 'briefs', id: 'x' }],
      translations: { es: { role: 'Directora' } },
    });
    expect(text).toBe(
      [
        'evidence:',
        '  design: rct',
        '  sample: { students: 412, schools: 3 }',
        '  effect: { size: 0.19, ciLow: -0.04, significant: true, direction: positive }',
        'related:',
        '  - { collection: findings, id: summer-gains }',
        'materials:',
        '  - label: "Brief: the slides"',
        '    collection: briefs',
        '    id: x',
        'translations:',
        '  es:',
        '    role: Directora',
        '',
      ].join('\n'),
    );
  });

  it('folds text that does not fit on its line into lines of at most the width', () => {
    const summary = 'Students who went to a summer program missed fewer days in ninth grade than similar students who did not go, and the gap held all year.';
    const text = yamlFields({ summary });
    expect(text.startsWith('summary: >-\n  Students who went')).toBe(true);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(YAML_WIDTH);
    expect(readBoth(text)).toEqual([{ summary }, { summary }]);
  });

  it('leaves dates and date-times bare, as authors write them', () => {
    expect(yamlFields({ published: '2026-03-14', start: '2027-02-11T18:00:00-06:00' })).toBe('published: 2026-03-14\nstart: 2027-02-11T18:00:00-06:00\n');
  });

  it('writes a list of ids that does not fit on one line as one item a line', () => {
    const ids = ['ninth-grade-on-track-rate', 'failing-grades-reviewed', 'family-contact-within-five-days', 'recovery-plans-in-place'];
    expect(yamlFields({ measures: ids })).toBe(`measures:\n${ids.map((id) => `  - ${id}\n`).join('')}`);
  });

  it('writes a list of groups holding text with the first field on the dash line', () => {
    const drivers = [{ id: 'early-response', text: 'Adults notice early', secondary: [{ id: 'weekly', text: 'Teams meet weekly', changeIdeas: ['huddle'] }] }];
    const text = yamlFields({ drivers });
    expect(text).toBe(
      [
        'drivers:',
        '  - id: early-response',
        '    text: Adults notice early',
        '    secondary:',
        '      - id: weekly',
        '        text: Teams meet weekly',
        '        changeIdeas: [huddle]',
        '',
      ].join('\n'),
    );
    expect(readBoth(text)).toEqual([{ drivers }, { drivers }]);
  });

  // Text that plain YAML would read as something else, or not read at all, or that the
  // folding would change: each must come back from both readers exactly as it went in.
  const tricky = [
    'a: b', 'x #y', '- a', '? a', 'yes', 'No', 'TRUE', 'null', '~', '0x1F', '1_000', '.inf', '+1', '1e5', '12:30',
    '2026-03-14 is a date', 'Brief: a', '[a]', '{a', '@x', '`x', '%', "'quoted'", '"quoted"', '!tag',
    '&anchor', '*alias', '|pipe', '>fold', 'ends with colon:', ' leading space', 'trailing space ', 'two  spaces',
    'tab\there', 'line\nbreak', 'línea con acentos', '¿Por qué?', 'emoji 🙂 here', 'del\u007fchar', 'nel\u0085char',
    'bom\ufeffchar', 'a\\b', 'fewer than <10 students', '{expression}', 'https://example.org/a?b=c#d',
    `${'word '.repeat(40)}end`, `${'x'.repeat(150)}`, `${'long '.repeat(30)}with: colon`, `${'folded '.repeat(30)}#hash`,
  ];

  it.each(tricky)('writes %j so that both readers read it back exactly', (value) => {
    for (const document of [{ title: value }, { keyFindings: [value] }, { venue: { name: value } }, { materials: [{ label: value }] }]) {
      const text = yamlFields(document);
      expect(readBoth(text)).toEqual([document, document]);
    }
  });

  it('writes the same text again when it reads its own output back', () => {
    const document = { title: tricky[20], summary: `${'Plain words '.repeat(20)}end.`, keyFindings: tricky.slice(0, 10), order: 1 };
    const text = yamlFields(document);
    expect(yamlFields(yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>)).toBe(text);
  });
});
