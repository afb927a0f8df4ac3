/** The rules of one statistics package for variable names. */
export type NameRules = { maxLength: number; reserved: ReadonlySet<string>; reservedPattern?: RegExp };

/** SPSS: up to 64 bytes; these keywords cannot be variable names (compared case-insensitively). */
export const SPSS_NAME_RULES: NameRules = {
  maxLength: 64,
  reserved: new Set(["all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with"]),
};

/** Stata: up to 32 characters; these words (and str#, strL) cannot be variable names. */
export const STATA_NAME_RULES: NameRules = {
  maxLength: 32,
  reserved: new Set([
    "byte",
    "double",
    "float",
    "if",
    "in",
    "int",
    "long",
    "using",
    "with",
    "_all",
    "_b",
    "_coef",
    "_cons",
    "_n",
    "_pi",
    "_pred",
    "_rc",
    "_skip",
  ]),
  reservedPattern: /^str([0-9]+|l)$/i,
};

/**
 * Names that are valid for the package, one per CSV column and in the same order: the column name
 * itself when it is valid, otherwise shortened (keeping its start and a number that makes it
 * unique) or suffixed with "_v" when it is a reserved word. Column names come from item ids
 * (lower-case letters, digits and _), so no other repair is needed.
 */
export function syntaxNames(columns: readonly string[], rules: NameRules): string[] {
  const taken = new Set<string>();
  return columns.map((column, index) => {
    let name = column;
    const reserved = (candidate: string) =>
      rules.reserved.has(candidate.toLowerCase()) || (rules.reservedPattern?.test(candidate) ?? false);
    if (reserved(name)) name = `${name}_v`;
    if (name.length > rules.maxLength || taken.has(name.toLowerCase())) {
      const suffix = `_${index + 1}`;
      name = `${name.slice(0, rules.maxLength - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
