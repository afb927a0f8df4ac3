import { surveyCookie } from "./survey-cookie.server";

/** How long a browser remembers that it has answered a survey: long enough to outlast any fieldwork. */
const ANSWERED_MEMORY_DAYS = 365;
/** The cookie's only possible value: it says "this browser answered", never who or when. */
const ANSWERED = "yes";

/**
 * The second cookie a survey page sets, and only after "Send my answers": it tells this browser's next
 * visit to say "you have already answered" instead of starting again. It holds a constant, so it identifies
 * nobody, and nothing about it is stored on the server (issue 15, item 12). Scoped to the survey's path.
 */
const answeredCookie = (slug: string) => surveyCookie("ns_answered", slug, ANSWERED_MEMORY_DAYS);

export async function hasAnswered(request: Request, slug: string): Promise<boolean> {
  return (await answeredCookie(slug).parse(request.headers.get("Cookie"))) === ANSWERED;
}

export const markAnswered = (slug: string): Promise<string> => answeredCookie(slug).serialize(ANSWERED);

export const forgetAnswered = (slug: string): Promise<string> =>
  answeredCookie(slug).serialize("", { maxAge: 0 });
