import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContent, scenarioFiles } from '../../support/fixtures.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

describe('scenarioFiles', () => {
  it('puts the shared base under every scenario', () => {
    const files = scenarioFiles('basic');
    expect(files.get('audiences/community.yaml')).toBe(path.join(FIXTURES, 'base/content/audiences/community.yaml'));
    expect(files.get('briefs/public-brief.mdx')).toBe(path.join(FIXTURES, 'basic/content/briefs/public-brief.mdx'));
  });

  it("lets a scenario's file replace the base file at the same path", () => {
    expect(scenarioFiles('plugins').get('glossary/effect-size.yaml')).toBe(path.join(FIXTURES, 'plugins/content/glossary/effect-size.yaml'));
  });

  it('leaves out the base files a scenario lists in omit-from-base.txt', () => {
    const files = scenarioFiles('broken');
    expect(files.has('audiences/community.yaml')).toBe(false);
    expect(files.has('audiences/district-staff.yaml')).toBe(true);
  });

  it('names a scenario that does not exist', () => {
    expect(() => scenarioFiles('no-such-scenario')).toThrow('No fixture scenario at tests/fixtures/no-such-scenario/content');
  });
});

describe('fixtureContent', () => {
  it('writes the composed tree once and returns the same folder while the sources are unchanged', () => {
    const first = fixtureContent('plugins');
    expect(fixtureContent('plugins')).toBe(first);
    for (const [relative, source] of scenarioFiles('plugins')) {
      expect(readFileSync(path.join(first, relative), 'utf8')).toBe(readFileSync(source, 'utf8'));
    }
  });

  it('gives different scenarios different folders', () => {
    const broken = fixtureContent('broken');
    expect(broken).not.toBe(fixtureContent('basic'));
    expect(existsSync(path.join(broken, 'audiences/community.yaml'))).toBe(false);
  });
});
