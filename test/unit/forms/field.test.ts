import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field, FieldGroup } from "~/components/field";

const input = (control: object) => createElement("input", { ...control, name: "k" });
const attributes = (html: string, tag: string) => html.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? "";

describe("<Field>", () => {
  it("ties the control to its hint, its error and its format note, and marks it invalid", () => {
    const html = renderToStaticMarkup(
      createElement(Field, {
        id: "k",
        label: "k",
        hint: "A whole number.",
        format: "From 5 to 100.",
        error: "Too small.",
        children: input,
      }),
    );
    expect(attributes(html, "input")).toContain('aria-describedby="k-hint k-error k-format"');
    expect(attributes(html, "input")).toContain('aria-invalid="true"');
    expect(html).toContain('<label class="field-label" for="k">');
    expect(html).toMatch(/<p id="k-error" class="field-error">.*Too small\.<\/p>/);
    expect(html).toContain('class="field field--error"');
  });

  it("describes nothing and is not invalid without a hint or an error", () => {
    const html = renderToStaticMarkup(createElement(Field, { id: "k", label: "k", children: input }));
    expect(attributes(html, "input")).not.toMatch(/aria-(describedby|invalid)/);
    expect(html).not.toContain("field-error");
  });

  it("as a group, hangs the hint and error off the fieldset, ids from its first option", () => {
    const html = renderToStaticMarkup(
      createElement(FieldGroup, {
        id: "publish-chartIds",
        legend: "Charts",
        error: "Choose one.",
        children: null,
      }),
    );
    expect(attributes(html, "fieldset")).toContain('aria-describedby="publish-chartIds-error"');
    expect(html).toContain('id="publish-chartIds-error"');
  });
});
