/**
 * Where the browser editor reads and writes files: `PORTAL_EDITOR_BACKEND`.
 *
 * - `local` (set by `npm run edit`): Decap's own file server, `decap-server`, on 127.0.0.1,
 *   writing into the content folder on this machine. Only for the dev server.
 * - `github:<owner>/<repo>@<branch>`: the repository on GitHub. Authors sign in with GitHub
 *   through an OAuth proxy (`PORTAL_EDITOR_AUTH_URL`, Decap's default is Netlify's); every entry
 *   is saved on a branch of its own and reviewed as a pull request.
 * - `gitlab:<group>/<repo>@<branch>`: the same on GitLab, signing in with an OAuth application
 *   of the group (`PORTAL_EDITOR_APP_ID`, PKCE: no secret); `PORTAL_EDITOR_AUTH_URL` and
 *   `PORTAL_EDITOR_API_ROOT` point it at a GitLab of your own.
 *
 * Without the variable there is no editor: a production build has no /admin/ page.
 */

export const EDITOR_BACKEND_ENV = 'PORTAL_EDITOR_BACKEND';
/** The port `npm run edit` starts decap-server on, unless told otherwise. */
export const DEFAULT_LOCAL_PORT = 8081;

export type EditorBackend =
  | { kind: 'local'; port: number }
  | { kind: 'github'; repo: string; branch: string; authUrl?: string }
  | { kind: 'gitlab'; repo: string; branch: string; appId: string; authUrl?: string; apiRoot?: string };

const REPO = /^(github|gitlab):([\w.-]+(?:\/[\w.-]+)+)@([\w./-]+)$/;

/** The backend the environment names, or undefined when it names none (no editor). */
export function resolveEditorBackend(env: Record<string, string | undefined>): EditorBackend | undefined {
  const value = env[EDITOR_BACKEND_ENV]?.trim();
  if (!value) return undefined;
  if (value === 'local') return { kind: 'local', port: localPort(env) };
  const match = REPO.exec(value);
  if (!match) {
    throw new Error(
      `${EDITOR_BACKEND_ENV} is "${value}"; expected local, github:<owner>/<repo>@<branch> or gitlab:<group>/<repo>@<branch>, such as github:riverbend/portal@main`,
    );
  }
  const [, host, repo, branch] = match as unknown as [string, 'github' | 'gitlab', string, string];
  const authUrl = optionalUrl(env, 'PORTAL_EDITOR_AUTH_URL');
  if (host === 'github') return { kind: 'github', repo, branch, ...(authUrl ? { authUrl } : {}) };
  const appId = env['PORTAL_EDITOR_APP_ID']?.trim();
  if (!appId) throw new Error(`${EDITOR_BACKEND_ENV} names GitLab: set PORTAL_EDITOR_APP_ID to the id of the group's OAuth application`);
  const apiRoot = optionalUrl(env, 'PORTAL_EDITOR_API_ROOT');
  return { kind: 'gitlab', repo, branch, appId, ...(authUrl ? { authUrl } : {}), ...(apiRoot ? { apiRoot } : {}) };
}

function localPort(env: Record<string, string | undefined>): number {
  const text = env['PORTAL_EDITOR_PORT'];
  if (text === undefined || text === '') return DEFAULT_LOCAL_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORTAL_EDITOR_PORT is "${text}"; expected a port number`);
  return port;
}

function optionalUrl(env: Record<string, string | undefined>, name: string): string | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  if (!/^https:\/\/[^\s/]+/.test(text)) throw new Error(`${name} is "${text}"; expected an https:// address`);
  return text.replace(/\/+$/, '');
}

/** The local file server's address, on this machine only. */
export function localBackendUrl(port: number): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/** Decap's `backend` settings, and the review workflow for git hosts. */
export function backendConfig(backend: EditorBackend): { backend: Record<string, unknown>; publish_mode?: 'editorial_workflow' } {
  switch (backend.kind) {
    case 'local':
      // The proxy backend talks to decap-server alone: no sign-in service, no fallback to another host.
      return { backend: { name: 'proxy', proxy_url: localBackendUrl(backend.port), branch: 'main' } };
    case 'github':
      return {
        backend: { name: 'github', repo: backend.repo, branch: backend.branch, ...(backend.authUrl ? { base_url: backend.authUrl } : {}) },
        publish_mode: 'editorial_workflow',
      };
    case 'gitlab':
      return {
        backend: {
          name: 'gitlab',
          repo: backend.repo,
          branch: backend.branch,
          auth_type: 'pkce',
          app_id: backend.appId,
          ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
          ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
        },
        publish_mode: 'editorial_workflow',
      };
  }
}

/** The addresses the editor's page fetches from besides the site: its backend's API. */
export function backendOrigins(backend: EditorBackend): string[] {
  switch (backend.kind) {
    case 'local':
      return [new URL(localBackendUrl(backend.port)).origin];
    case 'github':
      return ['https://api.github.com'];
    case 'gitlab':
      // Sign-in (PKCE) fetches its token from the GitLab itself.
      return [...new Set([new URL(backend.apiRoot ?? 'https://gitlab.com/api/v4').origin, new URL(backend.authUrl ?? 'https://gitlab.com').origin])];
  }
}
