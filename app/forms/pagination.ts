import { z } from "zod";
import { PAGE_NUMBER_MAX } from "~/limits";

/** A list's `?page=` as its address carries it: a whole number from 1, page 1 when absent. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(PAGE_NUMBER_MAX).default(1);
export const PAGE_NUMBER_MESSAGE = "The page number must be a whole number, 1 or more.";

/** Where a page sits in a list: what the list's pages and its <Pagination> need. */
export type PageInfo = { page: number; pageCount: number; pageSize: number; total: number };

/**
 * The page of a list of `total` items that a requested page number shows. A list has at least one
 * page; `clamp` moves a page past the end back to the last one (otherwise it is shown empty).
 */
export function pageInfo(total: number, requested: number, pageSize: number, clamp = true): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: clamp ? Math.min(requested, pageCount) : requested, pageCount, pageSize, total };
}

/** The index of a page's first item (Prisma's `skip`). */
export const pageOffset = (page: number, pageSize: number): number => (page - 1) * pageSize;

/** The items a page shows. */
export function pageItems<T>(items: readonly T[], info: PageInfo): T[] {
  const start = pageOffset(info.page, info.pageSize);
  return items.slice(start, start + info.pageSize);
}
