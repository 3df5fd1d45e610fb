export interface WaitingQueue {
  id: string;
  name: string;
}

export interface Team {
  id: string;
  name: string;
  /** IANA zone of the clinic, e.g. Australia/Sydney. */
  timezone: string;
  queues: WaitingQueue[];
}
