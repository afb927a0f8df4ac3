/**
 * The honeypot: a text field on every survey form that people never see (visually hidden,
 * hidden from screen readers, out of the tab order, autocomplete off) and that form-filling
 * robots tend to fill. Shared by the form component and the server-side check.
 */
export const HONEYPOT_FIELD = "hp_extra";

/** True when the hidden field came back with anything in it. */
export function honeypotFilled(form: { get(name: string): unknown }): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === "string" ? value.trim() !== "" : value !== null && value !== undefined;
}
