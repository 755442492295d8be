import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { MutationError } from '@/components/mutationErrors';
import type {
  EnrolmentAssignInput,
  TrainingSessionCreateInput,
  TrainingSessionFieldsFragment as Session,
  TrainingSessionUpdateInput,
} from '@/graphql/generated/graphql';

// Named as the mutation's input fields, so the server's `errors { field }` land under them.
export interface SessionFormValues {
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  location?: string | null;
  trainer?: string | null;
  capacity?: number | null;
}

export interface AssignFormValues {
  employeeId: string | null;
  dueOn?: Dayjs | null;
}

export function sessionValuesOf(session: Session): SessionFormValues {
  return {
    startsAt: dayjs(session.startsAt),
    endsAt: dayjs(session.endsAt),
    location: session.location,
    trainer: session.trainer,
    capacity: session.capacity ?? null,
  };
}

/** No capacity means no seat limit. */
export function sessionCreateInput(programId: string, values: SessionFormValues): TrainingSessionCreateInput {
  return {
    programId,
    startsAt: values.startsAt?.toISOString() ?? '',
    endsAt: values.endsAt?.toISOString() ?? '',
    location: values.location?.trim() || null,
    trainer: values.trainer?.trim() || null,
    capacity: values.capacity ?? null,
  };
}

/**
 * Only what changed (the API leaves what is not given as it is). An emptied location or trainer is
 * sent empty, which clears it. The API reads a null capacity as "unchanged", so a seat limit once set
 * cannot be removed here (the form requires one); an empty capacity is never sent.
 */
export function sessionUpdateInput(session: Session, values: SessionFormValues): TrainingSessionUpdateInput {
  const input: TrainingSessionUpdateInput = { id: session.id };
  if (values.startsAt && !values.startsAt.isSame(session.startsAt)) input.startsAt = values.startsAt.toISOString();
  if (values.endsAt && !values.endsAt.isSame(session.endsAt)) input.endsAt = values.endsAt.toISOString();
  const location = values.location?.trim() ?? '';
  if (location !== session.location) input.location = location;
  const trainer = values.trainer?.trim() ?? '';
  if (trainer !== session.trainer) input.trainer = trainer;
  if (values.capacity !== null && values.capacity !== undefined && values.capacity !== session.capacity) input.capacity = values.capacity;
  return input;
}

/** Whether an update input changes anything beyond naming its session. */
export function changesSession(input: TrainingSessionUpdateInput): boolean {
  return Object.keys(input).some((key) => key !== 'id');
}

export function assignInput(programId: string, values: AssignFormValues): EnrolmentAssignInput {
  return { employeeId: values.employeeId ?? '', programId, dueOn: values.dueOn?.format('YYYY-MM-DD') ?? null };
}

/**
 * The server names the program when the employee already has an open enrolment in it; the form has
 * no program field (the page is the program), so that refusal goes under the employee picked, in
 * words of its own (the console's generic DUPLICATE text, "already taken", would mislead here).
 */
export function assignErrors(errors: readonly MutationError[], alreadyOpen: string): MutationError[] {
  return errors.map((error) =>
    error.code === 'DUPLICATE' && error.field === 'programId' ? { field: 'employeeId', code: 'ALREADY_OPEN', message: alreadyOpen } : error,
  );
}
