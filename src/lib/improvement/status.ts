/**
 * A change idea's status, derived from its cycles, never written by hand (content/README.md, section 7):
 * at each site, the decision of its latest cycle once that cycle has ended, and `testing` while
 * it runs. Pure: callers pass only published cycles, so a draft never changes a status.
 */
import { rampsOf, type CycleFacts, type Ramp } from './ramps.ts';

export const SITE_STATUSES = ['adopt', 'adapt', 'testing', 'abandon'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** The status at one site, from its ramp (cycles in order). */
export function siteStatus(ramp: Ramp): SiteStatus {
  const latest = ramp.cycles.at(-1);
  if (!latest || latest.ended === undefined || latest.decision === undefined) return 'testing';
  return latest.decision;
}

export interface SiteSummary<T extends CycleFacts = CycleFacts> extends Ramp<T> {
  status: SiteStatus;
}

export interface ChangeIdeaStatus<T extends CycleFacts = CycleFacts> {
  /** One per site, in the order the sites began testing. */
  sites: SiteSummary<T>[];
  /** How many sites are at each status (zero counts left out), in SITE_STATUSES order. */
  counts: { status: SiteStatus; sites: number }[];
  cycles: number;
}

/** Every site's ramp and status for one change idea's cycles. */
export function changeIdeaStatus<T extends CycleFacts>(cycles: readonly T[]): ChangeIdeaStatus<T> {
  const sites = rampsOf(cycles).map((ramp) => ({ ...ramp, status: siteStatus(ramp) }));
  const counts = SITE_STATUSES.map((status) => ({ status, sites: sites.filter((site) => site.status === status).length })).filter(
    (count) => count.sites > 0,
  );
  return { sites, counts, cycles: cycles.length };
}
