// What each respondent page makes a browser download, read from the pages themselves: a scripted
// respondent walks a survey over plain HTTP (cookies and "shown" stamps kept, as a browser keeps them)
// and every script a page names — <script src>, modulepreload links, inline scripts — is counted once.
import { gzipSync } from "node:zlib";
import { HONEYPOT_FIELD } from "../app/security/honeypot";
import type { PlannedPage } from "./journey-plan";

export type PageWeight = {
  route: string;
  htmlGzipBytes: number;
  scriptFiles: string[];
  scriptGzipBytes: number;
};

const gzipped = (text: string) => gzipSync(Buffer.from(text)).length;

function scriptsNamedBy(html: string): { files: string[]; inline: string[] } {
  const files = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? ""),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? ""),
  ];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? "",
  );
  return { files, inline };
}

/** A browser's visit: one cookie jar, redirects followed by hand so that every Set-Cookie is kept. */
function visitor(origin: string) {
  const cookies = new Map<string, string>();
  const fileSizes = new Map<string, number>();
  async function request(path: string, body?: URLSearchParams): Promise<{ path: string; html: string }> {
    const response = await fetch(`${origin}${path}`, {
      method: body ? "POST" : "GET",
      body,
      redirect: "manual",
      headers: {
        cookie: [...cookies.values()].join("; "),
        origin,
        "sec-fetch-site": "same-origin",
        accept: "text/html",
      },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0] ?? "";
      const name = pair.split("=")[0] ?? "";
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(setCookie)) cookies.delete(name);
      else cookies.set(name, pair);
    }
    const location = response.headers.get("location");
    if (location) return request(location);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return { path, html: await response.text() };
  }
  async function weigh(route: string, html: string): Promise<PageWeight> {
    const { files, inline } = scriptsNamedBy(html);
    for (const file of files) {
      if (!fileSizes.has(file)) fileSizes.set(file, gzipped(await (await fetch(`${origin}${file}`)).text()));
    }
    const fileBytes = files.reduce((sum, file) => sum + (fileSizes.get(file) ?? 0), 0);
    const inlineBytes = inline.reduce((sum, script) => sum + (script ? gzipped(script) : 0), 0);
    return {
      route,
      htmlGzipBytes: gzipped(html),
      scriptFiles: files,
      scriptGzipBytes: fileBytes + inlineBytes,
    };
  }
  return { request, weigh };
}

const form = (fields: [string, string][], intent: string, shown: string) =>
  new URLSearchParams([...fields, ["shown", shown], [HONEYPOT_FIELD, ""], ["intent", intent]]);
const shownStamp = (html: string) => /name="shown" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** Every respondent route of a whole journey, weighed: each page, review, thanks, answered, resume, saved. */
export async function respondentPageWeights(origin: string, slug: string, plan: PlannedPage[]) {
  const weights: PageWeight[] = [];
  const respondent = visitor(origin);
  for (const { pageId, fields } of plan) {
    const page = await respondent.request(`/s/${slug}/p/${pageId}`);
    weights.push(await respondent.weigh(`/s/${slug}/p/${pageId}`, page.html));
    await respondent.request(page.path, form(fields, "next", shownStamp(page.html)));
  }
  const review = await respondent.request(`/s/${slug}/review`);
  weights.push(await respondent.weigh(`/s/${slug}/review`, review.html));
  const thanks = await respondent.request(`/s/${slug}/review`, new URLSearchParams([[HONEYPOT_FIELD, ""]]));
  weights.push(await respondent.weigh(thanks.path, thanks.html));
  const answered = await respondent.request(`/s/${slug}`);
  weights.push(await respondent.weigh(answered.path, answered.html));

  const other = visitor(origin);
  const resume = await other.request(`/s/${slug}/resume`);
  weights.push(await other.weigh(resume.path, resume.html));
  // Saving needs a draft (and its resume code): the first page is sent, the second saved.
  const [first, second] = plan;
  if (first && second) {
    const firstPage = await other.request(`/s/${slug}/p/${first.pageId}`);
    const secondPage = await other.request(
      firstPage.path,
      form(first.fields, "next", shownStamp(firstPage.html)),
    );
    const saved = await other.request(
      secondPage.path,
      form(second.fields, "save", shownStamp(secondPage.html)),
    );
    weights.push(await other.weigh(saved.path, saved.html));
  }
  return weights;
}
