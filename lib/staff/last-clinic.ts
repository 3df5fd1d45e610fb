/** The clinic a person last chose on a page with a clinic picker, as stored in their preferences. */
export function lastClinicOf(preferences: Record<string, unknown>): string | null {
  const id = preferences.lastClinic;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
}

/**
 * The clinic a page opens on: the person's last one if this page offers it, else the first
 * offered (a clinic they have since left, or a page showing fewer clinics, falls back quietly).
 */
export function openingClinic(teams: readonly { id: string }[], remembered: string | null): string {
  return teams.find((t) => t.id === remembered)?.id ?? teams[0]?.id ?? '';
}
