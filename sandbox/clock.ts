/**
 * The sandbox's own time. It runs at `timeScale` × real time (0 freezes it, 60 runs a clinic hour
 * in a minute) and can be moved forward by the control API. Coviu timestamps, token expiry and the
 * session rules all read this clock, so tests can step from "scheduled" to "finished" instantly.
 */
export class SandboxClock {
  private anchorReal: number;
  private anchorVirtual: number;

  constructor(
    private scale: number,
    start: number = Date.now(),
    private readonly realNow: () => number = Date.now,
  ) {
    this.anchorReal = realNow();
    this.anchorVirtual = start;
  }

  now(): number {
    return Math.floor(this.anchorVirtual + (this.realNow() - this.anchorReal) * this.scale);
  }

  get timeScale(): number {
    return this.scale;
  }

  advance(ms: number): void {
    this.reanchor();
    this.anchorVirtual += Math.max(0, ms);
  }

  setTimeScale(scale: number): void {
    this.reanchor();
    this.scale = scale;
  }

  private reanchor(): void {
    this.anchorVirtual = this.now();
    this.anchorReal = this.realNow();
  }
}
