import { randomUUID } from "node:crypto";

/**
 * Ids for rows a respondent leaves behind (drafts, responses). Prisma's default cuid() starts
 * with the creation time in milliseconds, which would record exactly when someone answered;
 * a random UUID (v4) carries no time and no order.
 */
export function randomRowId(): string {
  return randomUUID();
}
