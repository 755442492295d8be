import { createPageCursors } from '@/components/pageCursors';
import type { LeaveListState, MonthListState } from './attendanceLogic';
import { leaveResultSetKey, monthResultSetKey, toLeaveFilter, toMonthFilter } from './attendanceLogic';
import { AttendanceMonthCursorsQuery, LeaveRecordCursorsQuery } from './queries';

// The month table and the leave list; like every list, a new session starts afresh.
export const monthCursors = createPageCursors<MonthListState>(monthResultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({ query: AttendanceMonthCursorsQuery, variables: { first, after, filter: toMonthFilter(state) }, fetchPolicy: 'network-only' });
  if (!data?.attendanceMonths) throw error ?? new Error('No data');
  return { cursors: data.attendanceMonths.edges.map((edge) => edge.cursor), hasNextPage: data.attendanceMonths.pageInfo.hasNextPage };
});

export const leaveCursors = createPageCursors<LeaveListState>(leaveResultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({ query: LeaveRecordCursorsQuery, variables: { first, after, filter: toLeaveFilter(state) }, fetchPolicy: 'network-only' });
  if (!data?.leaveRecords) throw error ?? new Error('No data');
  return { cursors: data.leaveRecords.edges.map((edge) => edge.cursor), hasNextPage: data.leaveRecords.pageInfo.hasNextPage };
});
