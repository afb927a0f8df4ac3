/**
 * Plays the translator: gives every unit of an exported file without a target the target `translate` returns
 * (given the unit id and the source exactly as it stands in the XML, escaped), and marks it translated.
 */
export function fillTargets(xml: string, translate: (id: string, escapedSource: string) => string): string {
  return xml.replace(
    /<unit id="([^"]+)">((?:(?!<unit )[\s\S])*?)<segment state="initial">\s*<source>([\s\S]*?)<\/source>/g,
    (_whole, id: string, notes: string, source: string) =>
      `<unit id="${id}">${notes}<segment state="translated">\n        <source>${source}</source>\n        <target>${translate(id, source)}</target>`,
  );
}

/** The target text of one unit in an exported file (escaped, as in the XML), or undefined. */
export function targetOf(xml: string, id: string): string | undefined {
  const unit = new RegExp(`<unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">[\\s\\S]*?</unit>`).exec(
    xml,
  );
  return unit ? /<target>([\s\S]*?)<\/target>/.exec(unit[0])?.[1] : undefined;
}
