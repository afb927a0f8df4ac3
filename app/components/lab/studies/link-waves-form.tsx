import { Form } from "@remix-run/react";
import { Field } from "~/components/field";
import { type FormReplyView, type FormValues, sentValue } from "~/forms/form-reply";

export const LINK_WAVES_FIELDS = [
  { name: "earlier", id: "link-earlier", label: "Earlier wave" },
  { name: "later", id: "link-later", label: "Later wave" },
  { name: "threshold", id: "link-threshold", label: "Threshold" },
];

type WaveChoice = { waveNumber: number; slug: string; title: string };

function WaveSelect(props: {
  name: string;
  id: string;
  label: string;
  waves: readonly WaveChoice[];
  chosen: string;
  error: string | undefined;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(control) => (
        <select {...control} name={props.name} defaultValue={props.chosen}>
          <option value="">Choose a wave</option>
          {props.waves.map((wave) => (
            <option key={wave.slug} value={wave.slug}>
              Wave {wave.waveNumber}: {wave.title}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The GET form that runs the linkage; the threshold field appears once weights have been seen. */
export function LinkWavesForm({
  waves,
  reply,
  values,
  suggestedThreshold,
}: {
  waves: readonly WaveChoice[];
  reply: FormReplyView<unknown>;
  values: FormValues;
  suggestedThreshold: number | null;
}) {
  const chosen = (name: string, fallback: string) => sentValue(values, name) ?? fallback;
  const showThreshold = suggestedThreshold !== null || reply.fieldErrors.threshold !== undefined;
  return (
    <Form method="get" noValidate className="form-stack">
      <WaveSelect
        name="earlier"
        id="link-earlier"
        label="Earlier wave"
        waves={waves}
        chosen={chosen("earlier", waves[0]?.slug ?? "")}
        error={reply.fieldErrors.earlier}
      />
      <WaveSelect
        name="later"
        id="link-later"
        label="Later wave"
        waves={waves}
        chosen={chosen("later", waves[1]?.slug ?? "")}
        error={reply.fieldErrors.later}
      />
      {showThreshold ? (
        <Field
          id="link-threshold"
          label="Threshold (bits)"
          format={
            suggestedThreshold === null
              ? "A number of bits; empty for the suggested threshold."
              : `Links need at least this total weight. Suggested: ${suggestedThreshold.toFixed(1)}; empty takes it.`
          }
          error={reply.fieldErrors.threshold}
        >
          {(control) => (
            <input {...control} name="threshold" inputMode="decimal" defaultValue={chosen("threshold", "")} />
          )}
        </Field>
      ) : null}
      <div>
        <button type="submit">{suggestedThreshold === null ? "Link" : "Link again"}</button>
      </div>
    </Form>
  );
}
