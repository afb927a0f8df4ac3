/** The sign between a number's whole and fractional part in `language` ("," in Spanish), from Node's CLDR data. */
export function decimalSeparator(language: string): string {
  return (
    new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? "."
  );
}
