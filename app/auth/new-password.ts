import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/limits";

/** The rule every chosen or typed new password meets: length only (NIST SP 800-63B, 5.1.1.2). */
export const newPasswordSchema = z
  .string({ error: "Enter a new password" })
  .min(1, "Enter a new password")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, "That password is too long");
