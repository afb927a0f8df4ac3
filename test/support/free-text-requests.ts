// Calls the free-text page's loader, action and downloads as a browser would (lab-requests.ts).
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";
import type { FreeTextCode } from "~/lab/free-text-codebook.server";
import type { ItemCodeCounts } from "~/lab/free-text-counts.server";
import type { FreeTextPage } from "~/lab/free-text-review.server";
import { action as downloadAction } from "~/routes/lab.surveys.$slug.free-text.$file";
import { action as freeTextAction, loader as freeTextLoader } from "~/routes/lab.surveys.$slug.free-text";
import { formPost, ORIGIN, outcomeOf } from "./lab-requests";

type Researcher = { cookie: string; csrfToken: string };
export type FreeTextView = {
  texts: FreeTextPage;
  codebook: { codes: FreeTextCode[]; items: ItemCodeCounts[] };
};

export function freeTextRequests(slug: string, researcher: () => Researcher) {
  const params = { slug };
  const path = `/lab/surveys/${slug}/free-text`;
  // formPost takes one value per field; a checkbox group sends its field once per ticked box.
  const post = (url: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    body.set(CSRF_FIELD_NAME, researcher().csrfToken);
    const { headers } = formPost(url, {}, { cookie: researcher().cookie });
    return new Request(`${ORIGIN}${url}`, { method: "POST", headers, body });
  };
  return {
    async view(query = "") {
      const request = new Request(`${ORIGIN}${path}${query}`, { headers: { Cookie: researcher().cookie } });
      const outcome = await outcomeOf(() => freeTextLoader({ request, params, context: {} }));
      return { status: outcome.status, view: outcome.data as FreeTextView | null };
    },
    async act(fields: Record<string, string | string[]>) {
      const request = post(path, fields);
      return outcomeOf(() => freeTextAction({ request, params, context: {} }));
    },
    async download(file: string) {
      const request = post(`${path}/${file}`, {});
      return downloadAction({ request, params: { ...params, file }, context: {} });
    },
  };
}
