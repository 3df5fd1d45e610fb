/** What the sign-in page says for each refusal code next-auth reports (the form and the page alike). */
export const SIGN_IN_ERRORS: Record<string, string> = {
  CredentialsSignin:
    'That email and password did not work, or there were too many attempts. Wait 15 minutes and try again, or ask your administrator.',
  TemporaryPasswordExpired:
    'Your temporary password has expired (they work for 72 hours). Ask your Waitboard administrator for a new one.',
  AccessDenied: 'Your clinic account is not set up in Waitboard. Ask your Waitboard administrator to add you.',
  // Single sign-on refusals (server/auth/sso/sign-in.ts).
  SsoUnknown:
    'Your organisation account is not set up in Waitboard. Ask your Waitboard administrator to add you, with the email address your organisation uses for you.',
  SsoDisabled: 'Your Waitboard account is disabled. Ask your Waitboard administrator if you need it again.',
  SsoNoEmail:
    'Your organisation’s sign-in did not tell Waitboard your email address, so Waitboard cannot tell who you are. Ask your IT team to release the email claim to Waitboard.',
  SsoUnverified:
    'Your organisation says your email address is not verified, so Waitboard cannot sign you in with it. Ask your IT team to verify it.',
  SsoLinkedElsewhere:
    'This Waitboard account is linked to a different organisation sign-in. Ask your Waitboard administrator to unlink it if that is wrong.',
  SsoNoRole:
    'Your organisation no longer gives you a Waitboard role, so Waitboard cannot sign you in. Ask your IT team if you still need Waitboard.',
  SsoStale:
    'Your organisation’s sign-in did not ask for your password again, so Waitboard cannot be sure who is at this computer. Sign out of your organisation account in this browser and try again; if this keeps happening, tell your IT team.',
  // next-auth's own codes: the provider could not be reached to start, or refused to finish.
  OAuthSignin:
    'The single sign-on service could not be reached. Try again in a minute, or sign in with your email and password.',
  OAuthCallback:
    'Single sign-on did not finish: the sign-on service did not accept Waitboard. Try again; if it keeps happening, your administrator can find why in Waitboard’s log.',
  Callback: 'Single sign-on did not finish. Try again.',
  Configuration: 'Sign-in is not set up correctly on this Waitboard server. Tell your administrator.',
};

export function signInError(code: string | null | undefined): string {
  // Own keys only: `constructor` or `toString` in the address must not become a message.
  return code && Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code]! : 'Sign-in did not work. Try again.';
}
