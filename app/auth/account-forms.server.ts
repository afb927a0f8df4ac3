import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "~/limits";
import { newPasswordSchema } from "./new-password";
import { researcherEmailSchema } from "./researchers.server";

/** The administration page's forms (lab.admin.accounts.tsx): one action, chosen by `intent`. */
const accountId = z.string({ error: "Choose an account" }).min(1, "Choose an account").max(64);

export const ACCOUNT_ROW_INTENTS = [
  "deactivate",
  "reactivate",
  "reset-password",
  "make-admin",
  "remove-admin",
  "require-totp",
  "unrequire-totp",
] as const;

export const adminAccountsFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("create"),
      email: researcherEmailSchema,
      // Empty: the server generates one (shown once).
      password: z.union([z.literal(""), newPasswordSchema]).optional(),
    }),
    z.object({ intent: z.enum(ACCOUNT_ROW_INTENTS), researcherId: accountId }),
  ],
  { error: "Choose what to do." },
);

/** The account page's password form. */
export const changePasswordFormSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password")
      .max(PASSWORD_MAX_LENGTH, "That password is too long"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again" }).min(1, "Type the new password again"),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });

/** The TOTP page's forms. */
export const totpFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("begin") }),
    z.object({
      intent: z.literal("confirm"),
      pending: z.string().min(1).max(500),
      code: z
        .string({ error: "Enter the 6-digit code from your app" })
        .trim()
        .regex(/^\d{6}$/, "Enter the 6-digit code from your app"),
    }),
    z
      .object({
        intent: z.literal("disable"),
        code: z.string().trim().max(64).optional(),
        password: z.string().max(PASSWORD_MAX_LENGTH, "That password is too long").optional(),
      })
      .refine((form) => Boolean(form.code) || Boolean(form.password), {
        path: ["code"],
        message: "Enter a current code from your app, or your password",
      }),
  ],
  { error: "Choose what to do." },
);
