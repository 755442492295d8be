import { graphql } from '@/graphql/generated';

export const AttendanceMonthFieldsFragment = graphql(`
  fragment AttendanceMonthFields on AttendanceMonth {
    id
    month
    scheduledDays
    workedDays
    lateCount
    lateMinutes
    overtimeHours
    absentDays
    source
    employee {
      id
      employeeNo
      name
      team {
        id
        name
      }
    }
  }
`);

export const AttendanceMonthListQuery = graphql(`
  query AttendanceMonthList($first: Int!, $after: String, $filter: AttendanceMonthFilter) {
    attendanceMonths(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AttendanceMonthFields
        }
      }
    }
  }
`);

export const AttendanceMonthCursorsQuery = graphql(`
  query AttendanceMonthCursors($first: Int!, $after: String, $filter: AttendanceMonthFilter) {
    attendanceMonths(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);

export const LeaveRecordFieldsFragment = graphql(`
  fragment LeaveRecordFields on LeaveRecord {
    id
    kind
    startDate
    endDate
    days
    status
    reason
    employee {
      id
      employeeNo
      name
      team {
        id
        name
      }
    }
  }
`);

export const LeaveRecordListQuery = graphql(`
  query LeaveRecordList($first: Int!, $after: String, $filter: LeaveRecordFilter) {
    leaveRecords(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...LeaveRecordFields
        }
      }
    }
  }
`);

export const LeaveRecordCursorsQuery = graphql(`
  query LeaveRecordCursors($first: Int!, $after: String, $filter: LeaveRecordFilter) {
    leaveRecords(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);
