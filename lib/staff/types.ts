import type { Role } from './roles';

/** A staff account as `server/staff/users.ts` returns it and the admin screens show it: never its password hash. */
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  teamIds: string[];
  createdAt: string;
  /** When the person's single sign-on account was linked (at their first single sign-on); null if never. */
  ssoLinkedAt: string | null;
}
