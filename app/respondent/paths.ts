/** Addresses of the respondent's pages, shared by server code and components. */
export const surveyPath = (slug: string, rest = "") => `/s/${slug}${rest}`;
export const pagePath = (slug: string, pageId: string) => surveyPath(slug, `/p/${pageId}`);
