/** Addresses of the respondent's pages, shared by server code and components. */
export const surveyPath = (slug: string, rest = "") => `/s/${slug}${rest}`;
export const pagePath = (slug: string, pageId: string) => surveyPath(slug, `/p/${pageId}`);

/** A page opened with "Change" from the review: its "Continue" goes back to the review. */
export const RETURN_TO_REVIEW = "return=review";
export const changePath = (slug: string, pageId: string) => `${pagePath(slug, pageId)}?${RETURN_TO_REVIEW}`;

/** Whether a request came from the review's "Change" (the query string, so it works without JavaScript). */
export const returnsToReview = (request: Request) =>
  new URL(request.url).searchParams.get("return") === "review";
