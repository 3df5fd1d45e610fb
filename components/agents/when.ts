const MOMENT = new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium' });

/** A moment in this browser's time, as the rest of the staff pages write it: "1 Dec 2026, 10:42 am". */
export const when = (iso: string) => MOMENT.format(new Date(iso));

/** Its day only ("1 Dec 2026"), where the hour would only make a column wrap; `when` goes in its title. */
export const day = (iso: string) => DAY.format(new Date(iso));
