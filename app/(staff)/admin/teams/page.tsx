import { TeamsAdmin } from '@/components/admin/teams-admin';

export default function TeamsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Teams and waiting queues</h1>
      <p className="mb-4 text-fg-muted">
        Coviu has no way to list a team&apos;s waiting queues, so they are listed here. Queues seen in calls are added
        by themselves.
      </p>
      <TeamsAdmin />
    </>
  );
}
