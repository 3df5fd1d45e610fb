import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { requireStaff } from '@/server/auth/page';

/** Where a person signed in with a temporary password chooses their own (the only page open to them). */
export default async function ChangePasswordPage() {
  const staff = await requireStaff();
  return (
    <main id="main" className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-1 text-2xl font-bold text-brand">Choose your password</h1>
      <p className="mb-6 text-fg-muted">
        {staff.mustChangePassword
          ? `Welcome, ${staff.name}. The password you were given is temporary (it stops working 72 hours after it was made): choose one that only you know.`
          : 'Choose a new password. You will sign in again with it on every computer.'}
      </p>
      <ChangePasswordForm />
    </main>
  );
}
