import { describe, expect, it } from 'vitest';
import { backendConfig, backendOrigins, resolveEditorBackend } from '../../../../src/lib/editor/backend.ts';

describe('resolveEditorBackend', () => {
  it('has no editor without PORTAL_EDITOR_BACKEND', () => {
    expect(resolveEditorBackend({})).toBeUndefined();
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: ' ' })).toBeUndefined();
  });

  it('reads the local file server, on its default port or another', () => {
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'local' })).toEqual({ kind: 'local', port: 8081 });
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'local', PORTAL_EDITOR_PORT: '8099' })).toEqual({ kind: 'local', port: 8099 });
    expect(() => resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'local', PORTAL_EDITOR_PORT: 'x' })).toThrow(/expected a port number/);
  });

  it('reads a GitHub repository and branch, and an OAuth proxy', () => {
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'github:riverbend/portal@main' })).toEqual({ kind: 'github', repo: 'riverbend/portal', branch: 'main' });
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'github:riverbend/portal@release/2026', PORTAL_EDITOR_AUTH_URL: 'https://auth.example.org/' })).toEqual({
      kind: 'github',
      repo: 'riverbend/portal',
      branch: 'release/2026',
      authUrl: 'https://auth.example.org',
    });
  });

  it('reads a GitLab project, which needs the OAuth application id', () => {
    expect(resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'gitlab:district/research/portal@main', PORTAL_EDITOR_APP_ID: 'abc' })).toEqual({
      kind: 'gitlab',
      repo: 'district/research/portal',
      branch: 'main',
      appId: 'abc',
    });
    expect(() => resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'gitlab:district/portal@main' })).toThrow(/PORTAL_EDITOR_APP_ID/);
  });

  it.each(['github:portal', 'github:riverbend/portal', 'bitbucket:a/b@main', 'github:a/b@'])('refuses %s, saying what it expects', (value) => {
    expect(() => resolveEditorBackend({ PORTAL_EDITOR_BACKEND: value })).toThrow(/expected local, github:<owner>\/<repo>@<branch> or gitlab/);
  });

  it('refuses an auth address that is not https', () => {
    expect(() => resolveEditorBackend({ PORTAL_EDITOR_BACKEND: 'github:a/b@main', PORTAL_EDITOR_AUTH_URL: 'http://auth.example.org' })).toThrow(/https/);
  });
});

describe('backendConfig and backendOrigins', () => {
  it('talks to decap-server on 127.0.0.1 only, with no sign-in service', () => {
    expect(backendConfig({ kind: 'local', port: 8081 })).toEqual({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' } });
    expect(backendOrigins({ kind: 'local', port: 8081 })).toEqual(['http://127.0.0.1:8081']);
  });

  it('reviews through pull requests on GitHub, reaching only its API', () => {
    expect(backendConfig({ kind: 'github', repo: 'a/b', branch: 'main', authUrl: 'https://auth.example.org' })).toEqual({
      backend: { name: 'github', repo: 'a/b', branch: 'main', base_url: 'https://auth.example.org' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendOrigins({ kind: 'github', repo: 'a/b', branch: 'main' })).toEqual(['https://api.github.com']);
  });

  it('signs in to GitLab with PKCE, reaching its API and its token endpoint', () => {
    const gitlab = { kind: 'gitlab', repo: 'a/b', branch: 'main', appId: 'abc' } as const;
    expect(backendConfig(gitlab).backend).toEqual({ name: 'gitlab', repo: 'a/b', branch: 'main', auth_type: 'pkce', app_id: 'abc' });
    expect(backendOrigins(gitlab)).toEqual(['https://gitlab.com']);
    expect(backendOrigins({ ...gitlab, apiRoot: 'https://git.district.example/api/v4', authUrl: 'https://git.district.example' })).toEqual(['https://git.district.example']);
  });
});
