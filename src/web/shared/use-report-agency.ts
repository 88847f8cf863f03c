import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../features/account/current-user';
import { type Agency, listAgencies } from './api/reference';
import { useApi } from './use-api';

export interface ReportAgency {
  /** The agency shown: the user's own, or for national roles the one chosen (`?instansi=`). */
  agencyId: string | null;
  /** Agencies a national role may choose from; empty for everyone else. */
  agencies: Agency[];
  /** True when the user is bound to no agency and may choose any (national roles). */
  canChoose: boolean;
  choose: (agencyId: string | null) => void;
  loading: boolean;
  error: unknown;
}

/**
 * Which agency a report or policy page is about. Users of an agency always see their own; national
 * roles choose one, kept in the address so a reload or a shared link shows the same agency.
 * `fallbackToFirst`: with nothing chosen, national roles see the first agency (pages that need
 * one) instead of null (the national view of the merit dashboard).
 */
export function useReportAgency(fallbackToFirst: boolean): ReportAgency {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const canChoose = !user.agency;
  const agencies = useApi(canChoose ? 'agencies' : null, listAgencies);
  const items = agencies.data?.items ?? [];
  const requested = searchParams.get('instansi');
  const chosen = items.some((agency) => agency.id === requested) ? requested : null;
  const agencyId = user.agency?.id ?? chosen ?? (fallbackToFirst ? (items[0]?.id ?? null) : null);
  return {
    agencyId,
    agencies: items,
    canChoose,
    choose: (id) => setSearchParams(id ? { instansi: id } : {}, { replace: true }),
    loading: agencies.loading && !agencies.data,
    error: agencies.error,
  };
}
