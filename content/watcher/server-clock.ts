// The server's clock as the page shows it, against the agent's PC clock (round 45). The workbench prints each row's
// server time ("M-D HH:mm:ss"); the PC's clock may be minutes off (fast, slow, or set right by NTP while a buyer
// waits). The watcher dates messages in server time (the ledger's records follow the printed times) and the timers
// turn deadlines back into PC time with the offset estimated here (server − PC, ms). See docs/timers-and-ledger.md.
//
// Only two kinds of evidence, each a proven bound, never a guess:
// - LOWER bound, any row whose stamp prints seconds: the message was on the server before it was seen here, so
//   server − PC ≥ printed − seen. A late-delivered row (background tab, slow network) only makes the bound looser.
// - UPPER bound, the agent's own message: the server stamped it after the agent pressed send, so
//   server − PC ≤ printed + 1 s (the printed second is truncated) − the send moment.
// The estimate is the upper bound when there is one (never below the lower bound: evidence that contradicts
// itself falls to the side that shows less time), else the lower bound when it is positive (the PC is proven slow),
// else 0 (the PC's clock is trusted, as before). So the countdown never shows more time than the buyer has: an
// estimate at or above the true offset puts every deadline at or before the true one.
// Evidence is kept against a monotonic clock (performance.now), so a step of the wall clock BACK (a fast PC set right)
// raises the PC-time estimate by the step and every interval already elapsed keeps its real length. A jump FORWARD is
// also what a sleeping machine looks like (the monotonic clock stands still meanwhile): the estimate is held (deadlines
// early, never late) until the agent's next send calibrates it again.

import { MAX_SKEW_MS } from '../../utils/clock-offset';

export { MAX_SKEW_MS };
/** An own message's row is matched to a send attempt made at most this long before it appears. */
const SEND_MATCH_MS = 60_000;
/** A change of mono − wall larger than this is a jump of the wall clock (a step, or the machine slept). */
const JUMP_MS = 2000;

const norm = (text: string) => text.replace(/\s+/g, '');

export interface ClockSource {
  /** The wall clock (Date.now). */
  wall(): number;
  /** A monotonic clock in ms (performance.timeOrigin + performance.now()): never steps. */
  mono(): number;
}

export const browserClocks: ClockSource = {
  wall: () => Date.now(),
  mono: () => performance.timeOrigin + performance.now(),
};

export class ServerClock {
  readonly #clocks: ClockSource;
  /** max(printed − seen), in server − mono terms. */
  #lower: number | null = null;
  /** min(printed + 1 s − sent), in server − mono terms. */
  #upper: number | null = null;
  /** Send attempts not matched to a row yet (oldest first): the normalized text and the monotonic moment. */
  #sends: { text: string; at: number }[] = [];
  /** The estimate held across a forward jump of the wall clock (server − mono terms), until a send calibrates again. */
  #floor: number | null = null;
  /** mono − wall when last looked at (a jump of the wall clock shows as a change). */
  #lastDrift: number | null = null;

  constructor(clocks: ClockSource = browserClocks) {
    this.#clocks = clocks;
  }

  /**
   * mono − wall now: what turns server − mono into server − PC (changes by the step when the wall clock steps). `wall`:
   * a reading the caller made a moment ago (it dates things with it); the monotonic clock is read after it, so the
   * result errs up by that moment, towards the side that shows less time.
   */
  #drift(wall = this.#clocks.wall()): number {
    const drift = this.#clocks.mono() - wall;
    // The wall clock jumped FORWARD against the monotonic one: a clock set forward (a slow PC set right), or the
    // machine slept (the monotonic clock may stand still meanwhile). The two cannot be told apart, and after a sleep
    // the offset is what it was: the estimate is held where it was (never more time shown), the upper bound (which a
    // sleep would make too low) is dropped, and the next send calibrates afresh. A backward jump (a fast PC set
    // right) needs nothing: the evidence is kept against the monotonic clock, so the estimate rises by the step.
    if (this.#lastDrift !== null && drift < this.#lastDrift - JUMP_MS && this.#evidence()) {
      this.#floor = this.#estimate(this.#lastDrift) - drift;
      this.#upper = null;
    }
    this.#lastDrift = drift;
    return drift;
  }

  #evidence(): boolean {
    return this.#upper !== null || this.#lower !== null || this.#floor !== null;
  }

  /** The estimate in PC terms (server − PC) for a given mono − wall, unclamped. */
  #estimate(drift: number): number {
    const lower = this.#lower === null ? -Infinity : this.#lower + drift;
    const est = this.#upper === null ? Math.max(lower, 0) : Math.max(this.#upper + drift, lower);
    return this.#floor === null ? est : Math.max(est, this.#floor + drift);
  }

  /** The agent is sending `text` now (the guard's send hook: the attempt comes before the send itself). */
  noteSend(text: string): void {
    const at = this.#clocks.mono();
    this.#sends = this.#sends.filter((s) => at - s.at <= SEND_MATCH_MS);
    const t = norm(text);
    if (t) this.#sends.push({ text: t, at });
  }

  /** A row with a printed server time (epoch ms, read as Beijing time) seen now. */
  noteSeen(printed: number): void {
    this.#drift();
    const wall = this.#clocks.wall();
    if (Math.abs(printed - wall) > MAX_SKEW_MS) return;
    const bound = printed - this.#clocks.mono();
    if (this.#lower === null || bound > this.#lower) this.#lower = bound;
  }

  /** The agent's own row appeared live now, printed `printed` with seconds: matched to its send attempt by its text. */
  noteOwnRow(printed: number, text: string): void {
    this.#drift();
    const now = this.#clocks.mono();
    const t = norm(text);
    const at = this.#sends.findIndex((s) => s.text === t && now - s.at <= SEND_MATCH_MS);
    if (at < 0) return;
    const send = this.#sends[at]!;
    this.#sends.splice(at, 1);
    if (Math.abs(printed - (send.at - this.#drift())) > MAX_SKEW_MS) return;
    const bound = printed + 1000 - send.at;
    if (this.#upper === null || bound < this.#upper) this.#upper = bound;
    this.#floor = null; // calibrated afresh
  }

  /** Whether any evidence says something the default (0) does not: a calibration by a send, or a proven slow PC. */
  get calibrated(): boolean {
    const drift = this.#drift();
    return this.#upper !== null || this.#floor !== null || (this.#lower !== null && this.#lower + drift > 0);
  }

  /** Round 57: the estimate rests on the agent's own send (an upper bound), not only on rows seen (a lower bound). */
  get bySend(): boolean {
    return this.#upper !== null;
  }

  /** Server − PC now (ms), clamped to ±MAX_SKEW_MS; `wall`: the caller's reading of the wall clock, if it has one. */
  offset(wall?: number): number {
    const est = this.#estimate(this.#drift(wall));
    // Rounded up: the side that shows less time (and a row seen now is never dated after its printed second).
    return Math.ceil(Math.min(MAX_SKEW_MS, Math.max(-MAX_SKEW_MS, est)));
  }
}
