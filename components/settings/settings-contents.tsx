/** The page's sections, in order: a list of links at the top on a phone, a column beside them on a wide screen. */
const SECTIONS = [
  ['wait-limits', 'Wait limits'],
  ['alerts', 'Alerts and escalation'],
  ['admission', 'Admitting callers'],
  ['practitioners', 'Practitioners'],
  ['clinic', 'Clinic and time zone'],
  ['billing', 'Billing'],
  ['displays', 'Wall displays'],
  ['signing-out', 'Signing out'],
] as const;

export function SettingsContents() {
  return (
    <nav aria-label="Settings sections" className="lg:sticky lg:top-4 lg:self-start">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-body lg:flex-col lg:gap-0.5">
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="inline-block rounded px-1 py-1 text-fg-muted underline-offset-2 hover:text-fg hover:underline lg:block lg:px-2"
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
