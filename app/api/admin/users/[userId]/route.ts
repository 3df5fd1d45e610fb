import { NextResponse } from 'next/server';
import { z } from 'zod';
import { userChanges } from '@/lib/staff/schemas';
import { HttpError } from '@/server/errors';
import { readBody, route } from '@/server/http/handler';
import { getUser, updateUser } from '@/server/staff/users';

export const dynamic = 'force-dynamic';

function userId(value: string): string {
  if (!z.uuid().safeParse(value).success) throw new HttpError(404, 'user_not_found', 'No such user.');
  return value;
}

export const GET = route<{ userId: string }>('admin-user', async ({ params }) => {
  const user = await getUser(userId(params.userId));
  if (!user) throw new HttpError(404, 'user_not_found', 'No such user.');
  return NextResponse.json({ user });
});

export const PATCH = route<{ userId: string }>('admin-user-update', async ({ request, params, audit }) => {
  const user = await updateUser(audit, userId(params.userId), await readBody(request, userChanges));
  return NextResponse.json({ user });
});
