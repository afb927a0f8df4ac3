export * from "./cell-note";
export * from "./chart-font-files";
export * from "./dejavu-sans-text-width";
export * from "./format-estimate";
export * from "./format-number";
export * from "./suppress-grouped-bands";
export * from "./suppress-small-cells";
export * from "./wrap-text";
