import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { switchLanguage } from "~/respondent/language-choice.server";
import { surveyPath } from "~/respondent/paths";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";

/** Only the language switch's POST comes here; an address typed by hand goes to the survey. */
export async function loader({ params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  throw redirect(surveyPath(slug));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  throw redirect(await switchLanguage(request, slug));
}
