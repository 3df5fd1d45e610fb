/**
 * A call's `details` is a JSON string of whatever the clinic's entry form asked (API-NOTES §3.4).
 * This is patient data: it may be shown to signed-in staff, never logged or put in a URL.
 */
export interface PatientDetails {
  name: string | null;
  phone: string | null;
  medicareNumber: string | null;
  dateOfBirth: string | null;
  reason: string | null;
  /** Every other text field the form collected, by its own key. */
  extra: Record<string, string>;
}

const NAME_KEYS = ['name', 'fullName', 'full_name', 'patientName', 'patient_name', 'displayName'];
const PHONE_KEYS = ['phone', 'mobile', 'phoneNumber', 'phone_number'];
const MEDICARE_KEYS = ['medicare', 'medicareNumber', 'medicare_number'];
const DOB_KEYS = ['dob', 'dateOfBirth', 'date_of_birth', 'birthDate'];
const REASON_KEYS = ['reason', 'reasonForVisit', 'reason_for_visit', 'notes'];
const KNOWN = new Set([
  ...NAME_KEYS,
  ...PHONE_KEYS,
  ...MEDICARE_KEYS,
  ...DOB_KEYS,
  ...REASON_KEYS,
  'firstName',
  'lastName',
  'first_name',
  'last_name',
]);

function pick(fields: Record<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (value) return value;
  }
  return null;
}

function asFields(raw: unknown): Record<string, string> {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const fields: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') fields[key] = String(v).trim();
  }
  return fields;
}

/** Never throws: a malformed `details` string just yields no patient fields. */
export function parsePatientDetails(raw: unknown): PatientDetails {
  const fields = asFields(raw);
  const first = pick(fields, ['firstName', 'first_name']);
  const last = pick(fields, ['lastName', 'last_name']);
  const joined = [first, last].filter(Boolean).join(' ') || null;
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (!KNOWN.has(key) && value) extra[key] = value;
  return {
    name: pick(fields, NAME_KEYS) ?? joined,
    phone: pick(fields, PHONE_KEYS),
    medicareNumber: pick(fields, MEDICARE_KEYS),
    dateOfBirth: pick(fields, DOB_KEYS),
    reason: pick(fields, REASON_KEYS),
    extra,
  };
}

/** "Jane Citizen" → "J. C." for privacy mode and the wall display. */
export function initialsOf(name: string | null): string {
  if (!name) return '?';
  const parts = name.split(/\s+/).filter(Boolean);
  return parts.map((p) => `${p[0]!.toUpperCase()}.`).join(' ') || '?';
}
