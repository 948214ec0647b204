/**
 * The unit tests run once per time zone (vitest.config.ts): this says each run really is
 * in the zone it is named for, so a date bug cannot hide behind a setting that did not
 * take.
 */
import { expect, it } from 'vitest';

/** The zone when this file was loaded, before any test ran. */
const zoneAtImport = Intl.DateTimeFormat().resolvedOptions().timeZone;

it('runs in the time zone its project sets, from the moment its modules load', () => {
  expect(process.env.TZ).toBeTruthy();
  expect(zoneAtImport).toBe(process.env.TZ);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  const offset = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset();
  const offsets: Record<string, number> = {
    UTC: 0,
    'America/Los_Angeles': 480,
    'Pacific/Kiritimati': -840,
  };
  expect(offset).toBe(offsets[process.env.TZ!]);
});
