// A steady trickle of respondents against a running server, timed request by request: "viewers" open
// the first survey page (a read), "starters" send it (a write: a new draft through writeTransaction).
// For bench/arrival-order-maintenance.ts, which compares requests made while maintenance runs with
// the rest.
import { HONEYPOT_FIELD } from "../app/security/honeypot";

/** startedAt in epoch milliseconds, so that another process's times can be compared with it. */
export type TimedRequest = { kind: "view" | "start"; startedAt: number; ms: number; ok: boolean };

type Options = {
  origin: string;
  path: string;
  fields: [string, string][];
  viewers: number;
  starters: number;
};

/** Runs until `stop()`; each client sends its next request as soon as the previous one is answered. */
export function startRespondentTraffic({ origin, path, fields, viewers, starters }: Options) {
  const timings: TimedRequest[] = [];
  let running = true;
  const body = new URLSearchParams([...fields, [HONEYPOT_FIELD, ""], ["intent", "next"]]).toString();
  const headers = {
    "content-type": "application/x-www-form-urlencoded",
    origin,
    "sec-fetch-site": "same-origin",
  };
  const send = (kind: TimedRequest["kind"]) =>
    kind === "view"
      ? fetch(`${origin}${path}`).then((response) => response.status === 200)
      : fetch(`${origin}${path}`, { method: "POST", body, headers, redirect: "manual" }).then(
          (response) => response.status === 302,
        );
  const client = async (kind: TimedRequest["kind"]) => {
    while (running) {
      const startedAt = Date.now();
      const started = performance.now();
      const ok = await send(kind).catch(() => false);
      timings.push({ kind, startedAt, ms: performance.now() - started, ok });
    }
  };
  const clients = [
    ...Array.from({ length: viewers }, () => client("view")),
    ...Array.from({ length: starters }, () => client("start")),
  ];
  return {
    timings,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;

export type Window = { from: number; to: number };
type Phase = "before" | "during" | "after";

/** Before: answered before the window opened; during: open at any time in it; after: sent after it closed. */
function phaseOf(timing: TimedRequest, { from, to }: Window): Phase {
  if (timing.startedAt + timing.ms < from) return "before";
  return timing.startedAt > to ? "after" : "during";
}

/** "n requests, p50 / p99 / max ms, failures" for the requests of one kind in one phase around `window`. */
export function summarize(
  timings: TimedRequest[],
  kind: TimedRequest["kind"],
  phase: Phase,
  window: Window,
): string {
  const chosen = timings.filter((timing) => timing.kind === kind && phaseOf(timing, window) === phase);
  const sorted = chosen.map((timing) => timing.ms).sort((a, b) => a - b);
  const failed = chosen.filter((timing) => !timing.ok).length;
  return `${String(chosen.length).padStart(5)} requests, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms, ${failed} failed`;
}
