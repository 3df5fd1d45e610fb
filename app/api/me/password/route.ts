import { NextResponse } from 'next/server';
import { passwordChange } from '@/lib/staff/schemas';
import { readBody, staffRoute } from '@/server/http/handler';
import { changeOwnPassword } from '@/server/staff/passwords';

export const dynamic = 'force-dynamic';

/** A person chooses their own password; every session of theirs ends, so they sign in with it. */
export const POST = staffRoute('password-change', async ({ request, staff, audit }) => {
  await changeOwnPassword(audit, staff.id, await readBody(request, passwordChange));
  return NextResponse.json({ ok: true, signInAgain: true });
});
