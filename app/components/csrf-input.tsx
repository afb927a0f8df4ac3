import { useRouteLoaderData } from "@remix-run/react";
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";

/** The lab layout loader's data this component needs; lab.tsx returns it for every lab page. */
export type CsrfTokenData = { csrfToken: string };

/** Hidden field with the session's CSRF token. Put one in every lab form that posts. */
export function CsrfInput() {
  const data = useRouteLoaderData<CsrfTokenData>("routes/lab");
  return <input type="hidden" name={CSRF_FIELD_NAME} value={data?.csrfToken ?? ""} />;
}
