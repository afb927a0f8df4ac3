import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL } from "~/env.server";
import {
  DEFAULT_DATABASE_URL as MAINTAINED_BY_DEFAULT,
  databaseFileFromUrl,
} from "../../../server/arrival-order.js";
import { maintenanceIntervalMs } from "../../../server/arrival-order-schedule.js";

describe("the arrival-order maintenance's settings", () => {
  it("maintains the database the app opens when DATABASE_URL is not set", () => {
    expect(MAINTAINED_BY_DEFAULT).toBe(DEFAULT_DATABASE_URL);
    expect(databaseFileFromUrl(undefined)).toBe("./data/negative-space.db");
    expect(databaseFileFromUrl("file:/srv/ns/db.sqlite")).toBe("/srv/ns/db.sqlite");
  });

  it("runs every 5 minutes unless ARRIVAL_ORDER_MAINTENANCE_MINUTES says otherwise (0.1 to 60)", () => {
    expect(maintenanceIntervalMs(undefined)).toBe(300_000);
    expect(maintenanceIntervalMs("")).toBe(300_000);
    expect(maintenanceIntervalMs("1")).toBe(60_000);
    expect(maintenanceIntervalMs("0.5")).toBe(30_000);
    for (const bad of ["0", "-1", "61", "1440", "soon", "NaN"]) {
      expect(() => maintenanceIntervalMs(bad)).toThrow(
        /ARRIVAL_ORDER_MAINTENANCE_MINUTES must be a number of minutes from 0.1 to 60/,
      );
    }
  });
});
