import { expectedWords, type QueueSummary } from '@/lib/display/queue-summary';

/** "Physio — 4 waiting · expected 10–20 min", one per queue, large enough to read with the rows. */
export function QueueSummaryStrip({ summaries }: { summaries: QueueSummary[] }) {
  if (!summaries.length) return null;
  return (
    <section aria-label="Queues" className="mb-[1.5vh]">
      <ul className="flex flex-wrap gap-x-[2.5vw] gap-y-[0.8vh] text-[max(18px,min(3.4vh,4vw))] leading-tight">
        {summaries.map((q) => (
          <li key={q.id} data-queue={q.id} data-testid="display-queue" title={q.estimate?.basis}>
            <span className="font-bold">{q.name}</span>
            <span className="text-fg-muted"> — </span>
            {q.waiting} waiting
            <span className="text-fg-muted"> · </span>
            <span data-testid="display-queue-expected">{expectedWords(q.estimate)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
