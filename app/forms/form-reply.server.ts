import { data } from "@remix-run/node";
import type { FormFailure, FormSuccess, FormValues } from "./form-reply";

type FailureParts = { fieldErrors?: Record<string, string>; formError?: string | null; values?: FormValues };

/**
 * A refused submission: 400 by default — 401, 409 or 429 when the refusal is not about what the
 * fields say (wrong password, changed data, too many attempts) — always in the one shape.
 */
export function formFailure(parts: FailureParts, init: { status?: number; headers?: HeadersInit } = {}) {
  const failure: FormFailure = {
    status: "error",
    fieldErrors: parts.fieldErrors ?? {},
    formError: parts.formError ?? null,
    values: parts.values ?? {},
  };
  return data(failure, { status: init.status ?? 400, headers: init.headers });
}

/** A submission that was carried out, answered on the same page with a notice (and a result shown once). */
export function formSuccess<Result = null>(notice: string | null, result: Result = null as Result) {
  const success: FormSuccess<Result> = { status: "success", notice, result };
  return data(success);
}
