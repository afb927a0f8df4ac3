import { Field, FieldGroup } from "~/components/field";
import { type FormReplyView, sentValue } from "~/forms/form-reply";

/** The fields a researcher fills in to publish, in the order the form shows them. */
export const PUBLISH_FIELD_NAMES = ["findingSlug", "title", "summary", "narrative", "chartIds"] as const;
export const publishFieldId = (name: string) => `publish-${name}`;

type Props = {
  defaultSlug: string;
  defaultTitle: string;
  charts: { id: string; title: string }[];
  /** The answer to the last attempt: its messages, and what was typed, shown again. */
  reply: FormReplyView;
};

function TextField(props: {
  name: string;
  label: string;
  hint?: string;
  reply: FormReplyView;
  defaultValue?: string;
  multiline?: boolean;
}) {
  const Input = props.multiline ? "textarea" : "input";
  const typed = props.reply.failed ? sentValue(props.reply.values, props.name) : undefined;
  return (
    <Field
      id={publishFieldId(props.name)}
      label={props.label}
      hint={props.hint}
      error={props.reply.fieldErrors[props.name]}
    >
      {(control) => (
        <Input
          {...control}
          name={props.name}
          defaultValue={typed ?? props.defaultValue}
          rows={props.multiline ? 8 : undefined}
        />
      )}
    </Field>
  );
}

/** What a researcher writes when publishing: address, title, summary, narrative and the charts to include. */
export function PublishFields({ defaultSlug, defaultTitle, charts, reply }: Props) {
  const chosen = reply.failed ? reply.values.chartIds : undefined;
  const isChosen = (id: string) => (Array.isArray(chosen) ? chosen.includes(id) : true);
  return (
    <>
      <TextField
        name="findingSlug"
        label="Finding address"
        hint="Published at /findings/<address>. Publishing again to the same address makes a new version."
        defaultValue={defaultSlug}
        reply={reply}
      />
      <TextField name="title" label="Title" defaultValue={defaultTitle} reply={reply} />
      <TextField
        name="summary"
        label="Summary"
        hint="Two or three sentences a reader can take away."
        multiline
        reply={reply}
      />
      <TextField
        name="narrative"
        label="Narrative (Markdown)"
        hint={`Place a chart with {{chart:id}}, e.g. {{chart:${charts[0]?.id ?? "harm-trajectory"}}}. Charts you do not place follow the narrative. Raw HTML is removed, and an image is shown only if it is one of this finding's chart files (any other shows its description instead).`}
        multiline
        reply={reply}
      />
      <FieldGroup
        id={publishFieldId("chartIds")}
        legend="Charts to include"
        error={reply.fieldErrors.chartIds}
      >
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
