import { NextResponse } from 'next/server';
import { newUser } from '@/lib/staff/schemas';
import { readBody, route } from '@/server/http/handler';
import { createUser, listUsers } from '@/server/staff/users';

export const dynamic = 'force-dynamic';

export const GET = route('admin-users', async () => NextResponse.json({ users: await listUsers() }));

export const POST = route('admin-users-create', async ({ request, audit }) => {
  const created = await createUser(audit, await readBody(request, newUser));
  return NextResponse.json(created, { status: 201 });
});
