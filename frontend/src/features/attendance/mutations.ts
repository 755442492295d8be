import { graphql } from '@/graphql/generated';

/** HR records leave for anyone, approved at once. */
export const LeaveRecordCreateMutation = graphql(`
  mutation LeaveRecordCreate($input: LeaveInput!) {
    leaveRecordCreate(input: $input) {
      leave {
        ...LeaveRecordFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A request, pending until HR decides (one's own without attendance.write). */
export const LeaveRequestMutation = graphql(`
  mutation LeaveRequest($input: LeaveInput!) {
    leaveRequest(input: $input) {
      leave {
        ...LeaveRecordFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const LeaveApproveMutation = graphql(`
  mutation LeaveApprove($input: LeaveIdInput!) {
    leaveApprove(input: $input) {
      leave {
        ...LeaveRecordFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const LeaveRejectMutation = graphql(`
  mutation LeaveReject($input: LeaveIdInput!) {
    leaveReject(input: $input) {
      leave {
        ...LeaveRecordFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const LeaveCancelMutation = graphql(`
  mutation LeaveCancel($input: LeaveIdInput!) {
    leaveCancel(input: $input) {
      leave {
        ...LeaveRecordFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Months are checked one by one: each comes back accepted or in `rejected` (by its index), never in `errors`. */
export const AttendanceRecordMutation = graphql(`
  mutation AttendanceRecord($input: AttendanceRecordInput!) {
    attendanceRecord(input: $input) {
      accepted
      rejected {
        index
        field
        code
        message
      }
    }
  }
`);
