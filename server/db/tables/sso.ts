// Which person at the clinic's identity provider each Waitboard account is: bound at the first
// single sign-on (by verified email), matched on issuer and subject from then on.
import { pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './staff';

export const ssoIdentities = pgTable(
  'sso_identities',
  {
    /** The ID token's `iss`: a subject is unique only within its issuer. */
    issuer: text('issuer').notNull(),
    /** The ID token's `sub`: stable for the person, unlike their email. */
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Made at first sign-in from the provider's role claim: its role and clinics follow that claim. */
    provisioned: boolean('provisioned').notNull().default(false),
    createdAt: createdAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.issuer, t.subject] }),
    // One sign-in per provider per account: a second person claiming the same email is refused.
    uniqueIndex('sso_identities_user_issuer_idx').on(t.userId, t.issuer),
  ],
);
