import type { APIRequestContext, BrowserContext } from '@playwright/test';

export const DEMO = {
  receptionist: 'reception@example.com',
  practitioner: 'practitioner@example.com',
  manager: 'manager@example.com',
  admin: 'admin@example.com',
} as const;
export type DemoRole = keyof typeof DEMO;
export const DEMO_PASSWORD = 'waitboard-demo';

/** Signs in through next-auth's own endpoints; the session cookie lands in the request's jar. */
export async function signInRequest(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<number> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    headers: { origin: new URL((await request.get('/api/health')).url()).origin },
  });
  return response.status();
}

export async function signInAs(context: BrowserContext, role: DemoRole): Promise<void> {
  const status = await signInRequest(context.request, DEMO[role]);
  if (status !== 200) throw new Error(`could not sign in as ${role}: ${status}`);
}
