import { Form } from "@remix-run/react";
import { Field } from "~/components/field";
import { ANALYSIS_K_MAX, ANALYSIS_K_MIN } from "~/limits";

/** The analysis tab's "Re-run" with another small-cell rule: a GET form, so the address says which k is shown. */
export function SmallCellRuleForm({
  value,
  error,
}: {
  value: string | number | undefined;
  error: string | undefined;
}) {
  return (
    <Form method="get" className="inline-form">
      <Field
        id="k"
        label="Small-cell rule k"
        hint={`A whole number from ${ANALYSIS_K_MIN} to ${ANALYSIS_K_MAX}: groups with fewer respondents are left out of every table and chart.`}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            name="k"
            type="number"
            min={ANALYSIS_K_MIN}
            max={ANALYSIS_K_MAX}
            defaultValue={value}
          />
        )}
      </Field>{" "}
      <button type="submit" className="secondary">
        Re-run
      </button>
    </Form>
  );
}
