import type { ReactNode } from 'react';
import { AdminNav } from '@/components/layout/admin-nav';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
