import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Researcher sign-in — Negative Space" }];

export default function SignIn() {
  return (
    <>
      <h1>Researcher sign-in</h1>
      <p>The research lab is for the researchers who run Negative Space surveys. Respondents never need an account.</p>
      <p className="notice notice--placeholder">
        Placeholder: accounts and the sign-in form are built in issue #6. Until then the lab cannot be entered.
      </p>
    </>
  );
}
