import { describe, expect, it } from 'vitest';
import { evidenceRow, strongestFirst } from '../../../../src/lib/evidence/table.ts';
import type { Evidence } from '../../../../src/lib/evidence/types.ts';

const rct: Evidence = {
  design: 'rct',
  outcome: 'student-achievement',
  sample: { students: 2633, schools: 12 },
  effect: { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' },
};
const claim = (title: string) => ({ title, url: `/findings/${title}/`, lang: 'en' });

describe('evidence table rows', () => {
  it('describes a study in words, with months for a learning outcome', () => {
    expect(evidenceRow(claim('tutoring'), rct)).toEqual({
      title: 'tutoring',
      url: '/findings/tutoring/',
      titleLang: 'en',
      design: 'Randomized controlled trial',
      students: 2633,
      schools: 12,
      effect: '0.19 (95% interval 0.08 to 0.30)',
      months: 'about 3 months of additional progress (95% interval: between 1 and 4 months)',
      tier: 1,
    });
  });

  it('leaves months out for outcomes that are not learning, and counts sites as schools', () => {
    const row = evidenceRow(claim('mentors'), { ...rct, outcome: 'student-behavior', sample: { students: 500, sites: 3 } });
    expect(row.months).toBeUndefined();
    expect(row.schools).toBe(3);
  });

  it('orders strongest tier first, then the larger study, then by title', () => {
    const rows = [
      evidenceRow(claim('unrated'), { design: 'descriptive', outcome: 'system' }),
      evidenceRow(claim('small-rct'), { ...rct, sample: { students: 120, schools: 1 } }),
      evidenceRow(claim('b-rct'), rct),
      evidenceRow(claim('a-rct'), rct),
      evidenceRow(claim('qed'), { ...rct, design: 'quasi-experimental', sample: { students: 9000, schools: 40 } }),
      evidenceRow(claim('logic'), { design: 'qualitative', outcome: 'system', logicModel: true }),
    ];
    expect(strongestFirst(rows).map((row) => row.title)).toEqual(['a-rct', 'b-rct', 'qed', 'small-rct', 'logic', 'unrated']);
  });
});
