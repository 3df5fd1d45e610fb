'use client';
import { TriangleAlert } from 'lucide-react';
import { useId } from 'react';
import { FieldError } from '@/components/ui/field';
import { AGENT_SCOPES, SCOPE_LABEL, scopeAllowedFor, type AgentScope } from '@/lib/agents/scopes';
import type { Role } from '@/lib/staff/roles';

const READ_ALWAYS = 'Always on: an assistant has to see what it acts on.';
const PATIENT_WARNING =
  'Names, phone and Medicare numbers then go to the assistant and the company that runs it. Leave this off unless the assistant cannot do its job with initials.';

interface Props {
  role: Role;
  value: AgentScope[];
  onChange: (scopes: AgentScope[]) => void;
  error?: string;
}

/**
 * What the token may do, each scope with what it means. `read` is always on; reports are offered
 * only to the people whose own screens show them; patient details are off until chosen, with why.
 */
export function ScopeChoices({ role, value, onChange, error }: Props) {
  const id = useId();
  const offered = AGENT_SCOPES.filter((s) => scopeAllowedFor(s, role));
  const toggle = (scope: AgentScope, on: boolean) =>
    onChange(on ? [...value, scope] : value.filter((s) => s !== scope));
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-fg">What it may do</legend>
      <p className="mt-0.5 text-xs text-fg-muted">
        Never more than you can do yourself: it acts as you, in your clinics, with your role.
      </p>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {offered.map((scope) => {
          const always = scope === 'read';
          const sensitive = scope === 'patient-details';
          const checked = always || value.includes(scope);
          return (
            <li key={scope}>
              <label
                className={`flex h-full cursor-pointer gap-2.5 rounded-md border p-2.5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus ${
                  sensitive && checked
                    ? 'border-wait-warn/60 bg-wait-warn-bg'
                    : checked
                      ? 'border-brand/50 bg-selected'
                      : 'border-line bg-surface'
                } ${always ? 'cursor-default' : ''}`}
              >
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  className="mt-0.5 size-4 shrink-0 accent-brand"
                  checked={checked}
                  disabled={always}
                  aria-describedby={`${id}-${scope}`}
                  onChange={(e) => toggle(scope, e.target.checked)}
                />
                <span className="min-w-0">
                  <span className="block text-body font-medium text-fg">{SCOPE_LABEL[scope].title}</span>
                  <span id={`${id}-${scope}`} className="block text-body-sm text-fg-muted">
                    {SCOPE_LABEL[scope].detail}
                    {always && <span className="mt-1 block font-medium text-fg">{READ_ALWAYS}</span>}
                    {sensitive && (
                      <span className="mt-1 flex items-start gap-1 font-medium text-wait-warn">
                        <TriangleAlert aria-hidden="true" size={14} className="mt-0.5 shrink-0" />
                        <span>{PATIENT_WARNING}</span>
                      </span>
                    )}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
