import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ALL_COLLECTIONS } from '../../src/lib/collections.ts';
import { runCli } from '../support/cli.ts';

/** The parts of npm run edit that need no server; tests/e2e/editor.test.ts runs it whole. */
describe('npm run edit', () => {
  it('prints the configuration generated from the schemas, every collection in it', () => {
    const result = runCli('scripts/edit.ts', ['--print-config', '--backend-port', '8123']);
    expect(result.status).toBe(0);
    const config = yaml.load(result.output) as { backend: unknown; collections: { name: string; folder: string }[] };
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8123/api/v1', branch: 'main' });
    expect(config.collections.map((collection) => collection.name)).toEqual([...ALL_COLLECTIONS]);
    expect(config.collections[0]!.folder).toBe('content/briefs');
  });

  it('answers --help with the one address to open', () => {
    const result = runCli('scripts/edit.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^Usage: npm run edit/);
    expect(result.output).toContain('http://127.0.0.1:4321/admin/');
  });

  it('refuses an unknown option and a port that is not a number', () => {
    expect(runCli('scripts/edit.ts', ['--prot', '1']).output).toContain('Unknown option --prot');
    const port = runCli('scripts/edit.ts', ['--port', 'x']);
    expect(port.status).toBe(1);
    expect(port.output).toContain('--port: found "x", expected a whole number of 1 or more');
  });
});
