import { useEffect, useRef } from "react";
import { HONEYPOT_FIELD } from "~/security/honeypot";
import { useSurveyText } from "./survey-text";

/**
 * The honeypot (app/security/honeypot.ts): off screen, hidden from screen readers, skipped by
 * the Tab key and by autofill. Its label asks any person who meets it anyway to leave it empty.
 * Whenever `resetOn` changes (a new answer from the server, e.g. a refusal), whatever got into
 * it is cleared, so a person whose browser filled it can simply send the form again.
 */
export function HoneypotField({ resetOn }: { resetOn?: unknown }) {
  const input = useRef<HTMLInputElement>(null);
  const { honeypot } = useSurveyText();
  useEffect(() => {
    if (input.current) input.current.value = "";
  }, [resetOn]);
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>{honeypot}</label>
      <input
        ref={input}
        type="text"
        id={HONEYPOT_FIELD}
        name={HONEYPOT_FIELD}
        defaultValue=""
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  );
}
