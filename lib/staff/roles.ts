// Imported by the proxy too, so no `server-only` here.
export const ROLES = ['receptionist', 'practitioner', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  receptionist: 'Receptionist',
  practitioner: 'Practitioner',
  manager: 'Practice manager',
  admin: 'Administrator',
};
