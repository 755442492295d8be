import type {
  EmployeeCreateInput,
  EmployeeDetailsQuery,
  EmployeeStatus,
  EmployeeTerminateInput,
  EmployeeTransferInput,
  EmployeeUpdateInput,
  EmploymentType,
  ExitReason,
  Gender,
} from '@/graphql/generated/graphql';

type Employee = NonNullable<EmployeeDetailsQuery['employee']>;

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'INTERN', 'TALENT'];
export const GENDERS: readonly Gender[] = ['FEMALE', 'MALE'];
/** What an edit may set the status to; an exit is recorded by employeeTerminate. */
export const EDITABLE_STATUSES: readonly EmployeeStatus[] = ['PROBATION', 'ACTIVE'];
export const EXIT_REASONS: readonly ExitReason[] = [
  'COMPENSATION', 'CAREER_GROWTH', 'MANAGEMENT', 'WORKLOAD', 'PLATFORM_POLICY', 'RELOCATION', 'PERSONAL', 'PERFORMANCE',
  'MISCONDUCT', 'CONTRACT_END', 'OTHER',
];
/** Reasons that are the company's decision: the form suggests "involuntary" for them. */
export const INVOLUNTARY_REASONS: readonly ExitReason[] = ['PERFORMANCE', 'MISCONDUCT', 'CONTRACT_END'];

export interface EmployeeFormValues {
  name: string;
  employeeNo?: string | null;
  employmentType: EmploymentType;
  hiredOn: string | null;
  status?: EmployeeStatus | null;
  gender?: Gender | null;
  isHost: boolean;
  phone?: string | null;
  email?: string | null;
  birthDate?: string | null;
  idNumber?: string | null;
  baseSalary?: string | null;
  bankAccount?: string | null;
  departmentId?: string | null;
  teamId?: string | null;
  positionId?: string | null;
  managerId?: string | null;
}

type TextField = 'name' | 'employeeNo' | 'phone' | 'email' | 'idNumber' | 'bankAccount';

export interface FieldAccess {
  /** employees.read_pii: ID number and birth date */
  withPii: boolean;
  /** compensation.write: base salary and bank account */
  withPay: boolean;
}

/** A text input's value as the API takes it: trimmed, and absent when empty. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed : null;
}

export function valuesOf(employee: Employee): EmployeeFormValues {
  return {
    name: employee.name,
    employeeNo: employee.employeeNo,
    employmentType: employee.employmentType,
    hiredOn: employee.hiredOn,
    status: employee.status,
    gender: employee.gender ?? null,
    isHost: employee.isHost,
    phone: employee.phone ?? null,
    email: employee.email ?? null,
    birthDate: employee.birthDate ?? null,
    idNumber: employee.idNumber ?? null,
    baseSalary: employee.baseSalary ?? null,
    bankAccount: employee.bankAccount ?? null,
  };
}

export function createInput(values: EmployeeFormValues, access: FieldAccess): EmployeeCreateInput {
  return {
    name: values.name.trim(),
    employmentType: values.employmentType,
    hiredOn: values.hiredOn ?? '',
    employeeNo: text(values.employeeNo),
    gender: values.gender ?? null,
    isHost: values.isHost,
    phone: text(values.phone),
    email: text(values.email),
    birthDate: access.withPii ? values.birthDate ?? null : null,
    idNumber: access.withPii ? text(values.idNumber) : null,
    baseSalary: access.withPay ? text(values.baseSalary) : null,
    bankAccount: access.withPay ? text(values.bankAccount) : null,
    departmentId: values.departmentId ?? null,
    teamId: values.teamId ?? null,
    positionId: values.positionId ?? null,
    managerId: values.managerId ?? null,
  };
}

/** What an update may empty (the API clears them on null); name and number are always required. */
const CLEARABLE: ReadonlySet<TextField> = new Set(['phone', 'email', 'idNumber', 'bankAccount']);

/**
 * Only what changed (the API leaves what is not given as it is). An emptied personal detail is
 * sent as null, which clears it; an emptied name or number is sent empty, so the server says it
 * is required rather than the change vanishing.
 */
export function updateInput(employee: Employee, values: EmployeeFormValues, access: FieldAccess): EmployeeUpdateInput {
  const before = valuesOf(employee);
  const input: EmployeeUpdateInput = { id: employee.id };
  const texts: TextField[] = ['name', 'employeeNo', 'phone', 'email', ...(access.withPii ? (['idNumber'] as const) : []), ...(access.withPay ? (['bankAccount'] as const) : [])];
  for (const key of texts) {
    const now = values[key]?.trim() ?? '';
    if (now !== (before[key] ?? '')) input[key] = now === '' && CLEARABLE.has(key) ? null : now;
  }
  if ((values.gender ?? null) !== before.gender) input.gender = values.gender ?? null;
  if (values.status && values.status !== before.status) input.status = values.status;
  if (values.hiredOn && values.hiredOn !== before.hiredOn) input.hiredOn = values.hiredOn;
  if (values.isHost !== before.isHost) input.isHost = values.isHost;
  if (access.withPii && (values.birthDate ?? null) !== before.birthDate) input.birthDate = values.birthDate ?? null;
  if (access.withPay && text(values.baseSalary) && Number(values.baseSalary) !== Number(before.baseSalary ?? NaN)) {
    input.baseSalary = text(values.baseSalary);
  }
  return input;
}

export interface TransferFormValues {
  effectiveOn: string | null;
  departmentId?: string | null;
  teamId?: string | null;
  positionId?: string | null;
  managerId?: string | null;
  promotion: boolean;
  newSalary?: string | null;
  note?: string | null;
}

/** The placement fields that differ from where the employee is now; the rest are not sent. */
export function transferInput(employee: Employee, values: TransferFormValues, access: FieldAccess): EmployeeTransferInput {
  const changed = (now: string | null | undefined, current: string | null | undefined) => (now && now !== current ? now : null);
  return {
    id: employee.id,
    effectiveOn: values.effectiveOn ?? '',
    departmentId: changed(values.departmentId, employee.department?.id),
    teamId: changed(values.teamId, employee.team?.id),
    positionId: changed(values.positionId, employee.position?.id),
    managerId: changed(values.managerId, employee.manager?.id),
    promotion: values.promotion,
    newSalary: access.withPay ? text(values.newSalary) : null,
    note: text(values.note),
  };
}

export interface TerminateFormValues {
  leftOn: string | null;
  reasonCategory: ExitReason | null;
  voluntary: boolean;
  note?: string | null;
}

export function terminateInput(employee: Employee, values: TerminateFormValues): EmployeeTerminateInput {
  return {
    id: employee.id,
    leftOn: values.leftOn ?? '',
    reasonCategory: values.reasonCategory ?? 'OTHER',
    voluntary: values.voluntary,
    note: text(values.note),
  };
}
