/** A colleague's name as a busy row shows it: "Riley Reception" → "Riley R." (the full name goes in a tooltip). */
export function shortStaffName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return name.trim() || 'Someone';
  const last = parts[parts.length - 1]!;
  return `${parts.slice(0, -1).join(' ')} ${last[0]!.toUpperCase()}.`;
}
