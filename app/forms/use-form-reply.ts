import { useActionData } from "@remix-run/react";
import { useMemo } from "react";
import { type FormReply, type FormReplyView, readFormReply } from "./form-reply";

/**
 * The route's action answer, read as every form page reads it; the same object until the next
 * answer, so effects can depend on it. `Result` is what the route's `formSuccess` carries.
 */
export function useFormReply<Result = null>(): FormReplyView<Result> {
  const reply = useActionData() as FormReply<Result> | undefined;
  return useMemo(() => readFormReply(reply), [reply]);
}
