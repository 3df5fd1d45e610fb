/** What the sign-in page says for each refusal code next-auth reports (the form and the page alike). */
export const SIGN_IN_ERRORS: Record<string, string> = {
  CredentialsSignin:
    'That email and password did not work, or there were too many attempts. Wait 15 minutes and try again, or ask your administrator.',
  TemporaryPasswordExpired:
    'Your temporary password has expired (they work for 72 hours). Ask your Waitboard administrator for a new one.',
  AccessDenied: 'Your clinic account is not set up in Waitboard. Ask your Waitboard administrator to add you.',
};

export function signInError(code: string | null | undefined): string {
  return SIGN_IN_ERRORS[code ?? ''] ?? 'Sign-in did not work. Try again.';
}
