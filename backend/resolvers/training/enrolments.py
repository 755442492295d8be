"""Enrolments: who takes which program, booked on which session, with what outcome.

assigned (must take it) -> enrolled (booked on a session) -> completed (with a score) | no_show;
cancelled from either open state. A no-show stays on record; the employee is enrolled again with
a new enrolment. Seats: a session with a capacity takes at most that many bookings (enrolled,
completed or no-show), counted inside the booking's transaction with the session row locked on
PostgreSQL, so two HR staff booking the last seat at once cannot both get it.

Row scope (training.read): HR everyone's, a team lead their teams', an employee their own,
partners none. Changes need training.write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.employees import Employee
from backend.models.training import OPEN_ENROLMENT, Enrolment, EnrolmentStatus, TrainingProgram, TrainingSession
from backend.permissions import Permission
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, paginate
from backend.resolvers.row_scope import employee_rows

SEATED = (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW)
YEAR = timedelta(days=365)


def _fail(code: str, message: str, field: str | None = "id") -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


def scoped_enrolments(viewer: Viewer):
    return employee_rows(Enrolment, viewer, Permission.TRAINING_READ.value)


@dataclass
class EnrolmentFilter:
    statuses: list[EnrolmentStatus] | None = None
    employee_id: int | None = None
    program_id: int | None = None
    session_id: int | None = None
    plan_id: int | None = None
    overdue_on: date | None = None  # open and due before this day


async def list_enrolments(*, viewer: Viewer, first: int, after: str | None, filter: EnrolmentFilter) -> Page[Enrolment]:
    query = scoped_enrolments(viewer)
    if filter.statuses:
        query = query.filter(status__in=filter.statuses)
    for name in ("employee_id", "program_id", "session_id", "plan_id"):
        if getattr(filter, name) is not None:
            query = query.filter(**{name: getattr(filter, name)})
    if filter.overdue_on is not None:
        query = query.filter(status__in=OPEN_ENROLMENT, due_on__lt=filter.overdue_on)
    return await paginate(query.order_by("-assigned_on", "-id"), first=first, after=after)


async def seats_taken(session_id: int) -> int:
    return await Enrolment.filter(session_id=session_id, status__in=SEATED).count()


async def _writable(viewer: Viewer, enrolment_id: int) -> Enrolment:
    enrolment = await scoped_enrolments(viewer).get_or_none(id=enrolment_id)
    if enrolment is None:
        raise _fail("NOT_FOUND", "No enrolment with this id that you can see.")
    return enrolment


async def enrol(*, viewer: Viewer, employee_id: int, session_id: int, today: date) -> Enrolment:
    """Books the employee on a session. An open enrolment in the session's program (assigned by a
    plan, or booked on another session) is moved onto it, so a plan's assignment is fulfilled, not doubled."""
    employee = await Employee.get_or_none(id=employee_id)
    if employee is None:
        raise _fail("NOT_FOUND", "No employee with this id.", "employeeId")
    if employee.left_on is not None and employee.left_on <= today:
        raise _fail("INVALID", "This employee has left.", "employeeId")
    async with in_transaction() as conn:
        session = await TrainingSession.filter(id=session_id).using_db(conn).select_for_update().first()
        if session is None:
            raise _fail("NOT_FOUND", "No training session with this id.", "sessionId")
        program = await TrainingProgram.get(id=session.program_id).using_db(conn)
        if not program.active:
            raise _fail("INVALID", "This session's program is inactive.", "sessionId")
        existing = await Enrolment.filter(employee_id=employee_id, program_id=program.id,
                                          status__in=OPEN_ENROLMENT).using_db(conn).order_by("id").first()
        if existing is not None and existing.session_id == session.id:
            raise _fail("DUPLICATE", "This employee is already booked on this session.", "sessionId")
        if session.capacity is not None:
            taken = await Enrolment.filter(session_id=session.id, status__in=SEATED).using_db(conn).count()
            if taken >= session.capacity:
                raise _fail("CAPACITY", Message("The session is full ({taken} of {capacity} seats taken).",
                                                taken=taken, capacity=session.capacity), "sessionId")
        if existing is None:
            existing = await Enrolment.create(employee_id=employee_id, program_id=program.id, session_id=session.id,
                                              status=EnrolmentStatus.ENROLLED, assigned_on=today, source="manual",
                                              using_db=conn)
        else:
            existing.session_id, existing.status = session.id, EnrolmentStatus.ENROLLED
            await existing.save(using_db=conn)
    await record_event(viewer=viewer, action="enrolment.enrol", target_type="enrolment", target_id=existing.id,
                       employee_id=employee_id)
    return existing


async def assign(*, viewer: Viewer, employee_id: int, program_id: int, due_on: date | None, today: date) -> Enrolment:
    """HR assigns one program to one employee by hand (no session yet)."""
    employee = await Employee.get_or_none(id=employee_id)
    if employee is None:
        raise _fail("NOT_FOUND", "No employee with this id.", "employeeId")
    if employee.left_on is not None and employee.left_on <= today:
        raise _fail("INVALID", "This employee has left.", "employeeId")
    program = await TrainingProgram.get_or_none(id=program_id)
    if program is None or not program.active:
        raise _fail("NOT_FOUND", "No active training program with this id.", "programId")
    if due_on is not None and due_on < today:
        raise _fail("INVALID", "dueOn cannot be in the past.", "dueOn")
    if await Enrolment.exists(employee_id=employee_id, program_id=program_id, status__in=OPEN_ENROLMENT):
        raise _fail("DUPLICATE", "This employee already has an open enrolment in this program.", "programId")
    enrolment = await Enrolment.create(employee_id=employee_id, program_id=program_id, status=EnrolmentStatus.ASSIGNED,
                                       assigned_on=today, due_on=due_on, source="manual")
    await record_event(viewer=viewer, action="enrolment.assign", target_type="enrolment", target_id=enrolment.id,
                       employee_id=employee_id)
    return enrolment


async def record_outcome(*, viewer: Viewer, enrolment_id: int, completed: bool, score: Decimal | None,
                         completed_on: date | None, today: date) -> Enrolment:
    """Completion (with an optional score 0-100 and the day, today by default) or a no-show."""
    enrolment = await _writable(viewer, enrolment_id)
    errors = []
    if enrolment.status not in OPEN_ENROLMENT:
        errors.append(DomainError("WRONG_STATUS", Message("This enrolment is {status}; only an assigned or enrolled one gets "
                                                          "an outcome.", status=phrase(enrolment.status.value)), "id"))
    if score is not None and (not completed or not score.is_finite() or not 0 <= score <= 100
                              or score != score.quantize(Decimal("0.1"))):
        errors.append(DomainError("INVALID", "score is 0 to 100 in tenths, for a completion only.", "score"))
    day = completed_on or today
    if completed and (day > today or day < enrolment.assigned_on):
        errors.append(DomainError("INVALID", "completedOn is between the assignment and today.", "completedOn"))
    if not completed and enrolment.session_id is None:
        errors.append(DomainError("INVALID", "A no-show needs a session the employee was booked on.", "id"))
    if errors:
        raise ValidationFailed(errors)
    changed = await Enrolment.filter(id=enrolment.id, status__in=OPEN_ENROLMENT).update(
        status=EnrolmentStatus.COMPLETED if completed else EnrolmentStatus.NO_SHOW,
        completed_on=day if completed else None, score=score if completed else None)
    if not changed:
        raise _fail("CONFLICT", "Someone recorded an outcome for this enrolment at the same moment; reload it.")
    await record_event(viewer=viewer, action="enrolment.complete" if completed else "enrolment.no_show",
                       target_type="enrolment", target_id=enrolment.id, employee_id=enrolment.employee_id)
    return await Enrolment.get(id=enrolment.id)


async def cancel(*, viewer: Viewer, enrolment_id: int) -> Enrolment:
    enrolment = await _writable(viewer, enrolment_id)
    changed = await Enrolment.filter(id=enrolment.id, status__in=OPEN_ENROLMENT).update(status=EnrolmentStatus.CANCELLED)
    if not changed:
        raise _fail("WRONG_STATUS", Message("This enrolment is {status}; only an open one can be cancelled.",
                                            status=phrase(enrolment.status.value)))
    await record_event(viewer=viewer, action="enrolment.cancel", target_type="enrolment", target_id=enrolment.id,
                       employee_id=enrolment.employee_id)
    return await Enrolment.get(id=enrolment.id)


@dataclass(frozen=True)
class TrainingSummary:
    completed_12m: int
    hours_12m: Decimal
    open_mandatory: int
    overdue_mandatory: int


async def summaries_by_employee(viewer: Viewer, employee_ids: list[int], today: date) -> dict[int, TrainingSummary]:
    """Each employee's last 12 months of training and open mandatory work: one query for the batch."""
    rows = await scoped_enrolments(viewer).filter(employee_id__in=employee_ids).filter(
        status__in=(*OPEN_ENROLMENT, EnrolmentStatus.COMPLETED)).values_list(
        "employee_id", "status", "completed_on", "due_on", "plan__mandatory", "program__hours")
    totals: dict[int, list] = {e: [0, Decimal("0.0"), 0, 0] for e in employee_ids}
    since = today - YEAR
    for employee_id, status, completed_on, due_on, mandatory, hours in rows:
        t = totals[employee_id]
        if status == EnrolmentStatus.COMPLETED:
            if completed_on is not None and since < completed_on <= today:
                t[0] += 1
                t[1] += hours or 0
        elif mandatory:
            t[2] += 1
            t[3] += due_on is not None and due_on < today
    return {e: TrainingSummary(*t) for e, t in totals.items()}
