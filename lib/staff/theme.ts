/** A person's colour theme: the computer's setting (the default), or always light or dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The theme stored in a person's preferences; anything unknown means "follow the computer". */
export function themeOf(preferences: Record<string, unknown>): ThemeChoice {
  const t = preferences.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}
