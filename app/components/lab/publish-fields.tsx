import { FieldError } from "~/components/error-summary";

type Props = {
  defaultSlug: string;
  defaultTitle: string;
  charts: { id: string; title: string }[];
  errors: Record<string, string[] | undefined>;
};

function TextField(props: { name: string; label: string; help?: string; error?: string; defaultValue?: string; multiline?: boolean }) {
  const id = `publish-${props.name}`;
  const describedBy = [props.help ? `${id}-help` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const Input = props.multiline ? "textarea" : "input";
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.help ? (
        <p id={`${id}-help`} className="field-help">
          {props.help}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={props.error} />
      <Input id={id} name={props.name} defaultValue={props.defaultValue} rows={props.multiline ? 8 : undefined} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy} />
    </div>
  );
}

/** What a researcher writes when publishing: address, title, summary, narrative and the charts to include. */
export function PublishFields({ defaultSlug, defaultTitle, charts, errors }: Props) {
  return (
    <>
      <TextField name="findingSlug" label="Finding address" help="Published at /findings/<address>. Publishing again to the same address makes a new version." defaultValue={defaultSlug} error={errors.findingSlug?.[0]} />
      <TextField name="title" label="Title" defaultValue={defaultTitle} error={errors.title?.[0]} />
      <TextField name="summary" label="Summary" help="Two or three sentences a reader can take away." multiline error={errors.summary?.[0]} />
      <TextField
        name="narrative"
        label="Narrative (Markdown)"
        help={`Place a chart with {{chart:id}}, e.g. {{chart:${charts[0]?.id ?? "harm-trajectory"}}}. Charts you do not place follow the narrative. Raw HTML is removed, and an image is shown only if it is one of this finding's chart files (any other shows its description instead).`}
        multiline
        error={errors.narrative?.[0]}
      />
      <fieldset className="field">
        <legend>Charts to include</legend>
        <FieldError id="publish-chartIds-error" message={errors.chartIds?.[0]} />
        {charts.map((chart, index) => (
          <label key={chart.id} className="option">
            <input type="checkbox" name="chartIds" value={chart.id} defaultChecked id={index === 0 ? "publish-chartIds" : undefined} /> {chart.title} (<code>{chart.id}</code>)
          </label>
        ))}
      </fieldset>
    </>
  );
}
