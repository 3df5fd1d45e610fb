import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { email as emailSchema } from '@/lib/staff/schemas';
import { recordAudit } from '../audit';
import { recordActivity } from './activity';
import { endSession, sessionEnded } from './ended-sessions';
import { env } from '../env';
import { clientInfo } from './client-info';
import { authRequest } from './auth-request';
import { boundUser } from './sso/accounts';
import type { SsoClaims } from './sso/claims';
import { authLogger } from './sso/auth-logger';
import { ssoProvider, SSO_PROVIDER_ID } from './sso/provider';
import { admitSsoSignIn } from './sso/sign-in';
import { authenticate } from './credentials';
import { authSecret } from './secret';

const credentialsInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

let options: NextAuthOptions | null = null;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  const e = env();
  options = {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: e.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsInput.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await authenticate(parsed.data.email, parsed.data.password, clientInfo(req?.headers ?? {}));
          return (
            user && {
              id: user.id,
              email: user.email,
              name: user.name,
              role: user.role,
              sessionVersion: user.sessionVersion,
              mustChangePassword: user.mustChangePassword,
            }
          );
        },
      }),
      ...[ssoProvider()].filter((p) => p !== null),
    ],
    logger: authLogger,
    callbacks: {
      // Single sign-on admits people an administrator added, or whom the role mapping gives a role (sso/accounts.ts).
      async signIn({ account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        return admitSsoSignIn(profile as SsoClaims);
      },
      async jwt({ token, user, account, profile, trigger }) {
        const now = Date.now();
        if (user) {
          const viaSso = account?.provider === SSO_PROVIDER_ID;
          const row = viaSso ? await boundUser(profile as SsoClaims) : null;
          // signIn above bound the account; without it the provider's subject must never become an id here.
          if (viaSso && !row) throw new Error('The single sign-on account is not linked.');
          token.uid = row?.id ?? user.id;
          token.role = row?.role ?? user.role;
          token.sv = row?.sessionVersion ?? user.sessionVersion ?? 0;
          token.name = row?.name ?? user.name;
          token.email = row?.email ?? user.email;
          token.signedInAt = now;
          token.lastActiveAt = now;
          token.mustChange = Boolean(user.mustChangePassword);
          if (viaSso) {
            token.via = SSO_PROVIDER_ID;
            // For the provider's sign-out (id_token_hint); the cookie is encrypted and never shown to the page.
            token.idToken = account?.id_token ?? null;
          }
          if (row)
            await recordAudit(
              { ...authRequest().client, actor: { id: row.id, email: row.email } },
              { action: 'auth.sign_in', resourceType: 'session', resourceId: row.id, changes: { provider: 'oidc' } },
            );
        }
        // A signed-out session stays out, even if a response that raced the sign-out set its cookie
        // again: throwing here makes next-auth answer "no session" and clear the cookie.
        if (!user && token.uid && token.signedInAt && (await sessionEnded(token.uid, token.signedInAt))) {
          throw new Error('This session was signed out.');
        }
        // The browser reports activity (typing, clicking) through `update()`; polling does not count.
        if (trigger === 'update') {
          token.lastActiveAt = now;
          // Open event streams read no cookies: they learn of the activity from here.
          if (token.uid && token.signedInAt) await recordActivity(token.uid, token.signedInAt, now);
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? '',
          email: token.email ?? '',
          name: token.name ?? '',
          role: token.role ?? 'receptionist',
        };
        session.signedInAt = token.signedInAt ?? 0;
        session.lastActiveAt = token.lastActiveAt ?? 0;
        session.sessionVersion = token.sv ?? 0;
        session.mustChangePassword = Boolean(token.mustChange);
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.via === SSO_PROVIDER_ID) authRequest().endedSso = { idToken: token.idToken ?? null };
        if (token?.uid) {
          if (token.signedInAt) await endSession(token.uid, token.signedInAt);
          await recordAudit(
            { ...authRequest().client, actor: { id: token.uid, email: token.email ?? null } },
            { action: 'auth.sign_out', resourceType: 'session', resourceId: token.uid },
          );
        }
      },
    },
  };
  return options;
}

export function oidcConfigured(): { id: string; name: string } | null {
  const provider = ssoProvider();
  return provider ? { id: provider.id, name: provider.name } : null;
}
