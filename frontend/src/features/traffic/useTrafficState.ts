import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DateRange, TrafficViewState } from './trafficState';
import { companyToday, parseTrafficState, periodRange, serializeTrafficState, updateTrafficState } from './trafficState';

/** The page's period, bucket and metric from the URL, and a setter that writes them back. */
export function useTrafficState(): {
  state: TrafficViewState;
  range: DateRange;
  today: string;
  change: (change: Partial<TrafficViewState>) => void;
} {
  const [params, setParams] = useSearchParams();
  // Presets end "today": fixed for the page's life, so a page left open overnight does not refetch by itself.
  const today = useMemo(() => companyToday(), []);
  const state = useMemo(() => parseTrafficState(params, today), [params, today]);
  const range = useMemo(() => periodRange(state.period, today), [state.period, today]);
  const change = useCallback(
    (partial: Partial<TrafficViewState>) => setParams(serializeTrafficState(updateTrafficState(state, partial, today), today)),
    [setParams, state, today],
  );
  return { state, range, today, change };
}
