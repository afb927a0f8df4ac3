import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL } from "~/env.server";
import {
  DEFAULT_DATABASE_URL as MAINTAINED_BY_DEFAULT,
  databaseFileFromUrl,
} from "../../../server/arrival-order.js";

describe("the arrival-order maintenance's settings", () => {
  it("maintains the database the app opens when DATABASE_URL is not set", () => {
    expect(MAINTAINED_BY_DEFAULT).toBe(DEFAULT_DATABASE_URL);
    expect(databaseFileFromUrl(undefined)).toBe("./data/negative-space.db");
    expect(databaseFileFromUrl("file:/srv/ns/db.sqlite")).toBe("/srv/ns/db.sqlite");
  });
});
