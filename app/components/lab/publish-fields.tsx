import { Field, FieldGroup } from "~/components/field";
import { type FormValues, sentValue } from "~/forms/form-reply";
import type { PublishStart } from "~/findings/publish-start";

/** The fields a researcher fills in to publish, in the order the form shows them. */
export const PUBLISH_FIELD_NAMES = [
  "target",
  "findingSlug",
  "title",
  "summary",
  "narrative",
  "chartIds",
] as const;
export const publishFieldId = (name: string) => `publish-${name}`;

type Props = {
  /** Where the form starts: the chosen finding's last version, or a new finding. */
  start: PublishStart;
  charts: { id: string; title: string }[];
  /** What was sent last (a refused attempt or a preview), shown again instead of the start. */
  sent: FormValues | null;
  fieldErrors: Record<string, string>;
  /** false: every chart is published, and no chart choice is shown (a within-person finding). */
  chooseCharts?: boolean;
};

function TextField(props: {
  name: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  multiline?: boolean;
}) {
  const Input = props.multiline ? "textarea" : "input";
  return (
    <Field id={publishFieldId(props.name)} label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <Input
          {...control}
          name={props.name}
          defaultValue={props.value}
          rows={props.multiline ? 8 : undefined}
        />
      )}
    </Field>
  );
}

/** Where the version goes: stated for a new version (the choice is made above), typed for a new finding. */
function AddressField({ start, sent, fieldErrors }: Omit<Props, "charts">) {
  const slug = (sent && sentValue(sent, "findingSlug")) ?? start.findingSlug;
  if (start.target === "new-version")
    return (
      <>
        <input type="hidden" name="findingSlug" value={start.findingSlug} />
        <p id={publishFieldId("findingSlug")}>
          Publishing <strong>version {start.nextVersion}</strong> of{" "}
          <code>/findings/{start.findingSlug}</code>. Earlier versions stay at their own permalinks.
        </p>
      </>
    );
  return (
    <TextField
      name="findingSlug"
      label="Address of the new finding"
      hint="Published at /findings/<address>: 1–80 lower-case letters, digits and hyphens, not used by any other finding."
      value={slug}
      error={fieldErrors.findingSlug}
    />
  );
}

/** What a researcher writes when publishing: address, title, summary, narrative and the charts to include. */
export function PublishFields({ start, charts, sent, fieldErrors, chooseCharts = true }: Props) {
  const value = (name: "title" | "summary" | "narrative") =>
    (sent ? sentValue(sent, name) : undefined) ?? start[name];
  const chosen = sent ? sent.chartIds : start.chartIds;
  const isChosen = (id: string) => (Array.isArray(chosen) ? chosen.includes(id) : true);
  return (
    <>
      <input type="hidden" name="target" value={start.target} />
      <AddressField start={start} sent={sent} fieldErrors={fieldErrors} />
      <TextField name="title" label="Title" value={value("title")} error={fieldErrors.title} />
      <TextField
        name="summary"
        label="Summary"
        hint="Two or three sentences a reader can take away."
        multiline
        value={value("summary")}
        error={fieldErrors.summary}
      />
      <TextField
        name="narrative"
        label="Narrative (Markdown)"
        hint={`Place a chart with {{chart:id}}, e.g. {{chart:${charts[0]?.id ?? "harm-trajectory"}}}. Charts you do not place follow the narrative. Raw HTML is removed, and an image is shown only if it is one of this finding's chart files (any other shows its description instead).`}
        multiline
        value={value("narrative")}
        error={fieldErrors.narrative}
      />
      {chooseCharts ? <ChartChoice charts={charts} isChosen={isChosen} error={fieldErrors.chartIds} /> : null}
    </>
  );
}

function ChartChoice(props: {
  charts: { id: string; title: string }[];
  isChosen: (id: string) => boolean;
  error: string | undefined;
}) {
  const { charts, isChosen } = props;
  return (
    <>
      <FieldGroup id={publishFieldId("chartIds")} legend="Charts to include" error={props.error}>
        {charts.map((chart, index) => (
          <label key={chart.id} className="option">
            <input
              type="checkbox"
              name="chartIds"
              value={chart.id}
              defaultChecked={isChosen(chart.id)}
              id={index === 0 ? publishFieldId("chartIds") : undefined}
            />{" "}
            {chart.title} (<code>{chart.id}</code>)
          </label>
        ))}
      </FieldGroup>
    </>
  );
}
