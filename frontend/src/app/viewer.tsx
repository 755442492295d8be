import { useQuery } from '@apollo/client';
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ViewerDetailsQuery } from '@/graphql/generated/graphql';
import { ViewerDetailsQuery as ViewerDetailsDocument } from '@/features/accounts/queries';
import type { PermissionName } from './permissions';

export type Viewer = NonNullable<ViewerDetailsQuery['viewer']>;

export interface ViewerContextValue {
  viewer: Viewer;
  can: (permission: PermissionName) => boolean;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

export function viewerContextValue(viewer: Viewer): ViewerContextValue {
  const granted = new Set(viewer.permissions);
  return { viewer, can: (permission) => granted.has(permission) };
}

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const value = useMemo(() => viewerContextValue(viewer), [viewer]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer() outside <ViewerProvider>');
  return value;
}

/** The signed-in viewer, fetched once per session (null when the token is not accepted). */
export function useViewerQuery() {
  return useQuery(ViewerDetailsDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
}
