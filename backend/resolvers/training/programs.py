"""Training programs (the catalogue) and their scheduled sessions: create, update, list.

Programs are never deleted (enrolments point at them); a program no longer taught is set
inactive, which keeps its history and stops new sessions and enrolments."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timezone
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.training import TrainingCategory, TrainingProgram, TrainingSession
from backend.resolvers.audit import record_event

MAX_HOURS = Decimal("1000")
MAX_COST = Decimal("1000000")


def _fail(code: str, message: str, field: str | None) -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


@dataclass
class ProgramInput:
    code: str | None = None
    name: str | None = None
    category: TrainingCategory | None = None
    hours: Decimal | None = None
    cost_per_head: Decimal | None = None
    description: str | None = None
    active: bool | None = None

    def given(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


def _program_errors(data: ProgramInput) -> list[DomainError]:
    errors = []
    if data.code is not None and not (data.code.strip() and len(data.code.strip()) <= 32):
        errors.append(DomainError("INVALID", "code is 1 to 32 characters.", "code"))
    if data.name is not None and not (data.name.strip() and len(data.name.strip()) <= 120):
        errors.append(DomainError("INVALID", "name is 1 to 120 characters.", "name"))
    if data.hours is not None and not (data.hours.is_finite() and 0 < data.hours <= MAX_HOURS
                                       and data.hours == data.hours.quantize(Decimal("0.1"))):
        errors.append(DomainError("INVALID", Message("hours is above 0 and at most {limit}, in tenths.",
                                                     limit=MAX_HOURS), "hours"))
    if data.cost_per_head is not None and not (data.cost_per_head.is_finite() and 0 <= data.cost_per_head <= MAX_COST
                                               and data.cost_per_head == data.cost_per_head.quantize(Decimal("0.01"))):
        errors.append(DomainError("INVALID", Message("costPerHead is CNY from 0 to {limit}, in fen.",
                                                     limit=MAX_COST), "costPerHead"))
    return errors


def _clean(values: dict) -> dict:
    return {k: v.strip() if isinstance(v, str) and k in ("code", "name") else v for k, v in values.items()}


async def create_program(*, viewer: Viewer, data: ProgramInput) -> TrainingProgram:
    errors = [DomainError("REQUIRED", Message("{field} is required.", field=label), label)
              for name, label in (("code", "code"), ("name", "name"), ("category", "category"), ("hours", "hours"),
                                  ("cost_per_head", "costPerHead")) if getattr(data, name) is None]
    errors += _program_errors(data)
    if not errors and await TrainingProgram.exists(code=data.code.strip()):
        errors.append(DomainError("DUPLICATE", Message("A program with code {code} exists.", code=data.code.strip()), "code"))
    if errors:
        raise ValidationFailed(errors)
    try:
        program = await TrainingProgram.create(**_clean(data.given()))
    except IntegrityError:
        raise _fail("DUPLICATE", "A program with this code was just created.", "code") from None
    await record_event(viewer=viewer, action="training_program.create", target_type="training_program", target_id=program.id)
    return program


async def update_program(*, viewer: Viewer, program_id: int, data: ProgramInput) -> TrainingProgram:
    program = await TrainingProgram.get_or_none(id=program_id)
    if program is None:
        raise _fail("NOT_FOUND", "No training program with this id.", "id")
    errors = _program_errors(data)
    values = _clean(data.given())
    if "code" in values and values["code"] != program.code and await TrainingProgram.exists(code=values["code"]):
        errors.append(DomainError("DUPLICATE", Message("A program with code {code} exists.", code=values["code"]), "code"))
    if errors:
        raise ValidationFailed(errors)
    program.update_from_dict(values)
    try:
        await program.save()
    except IntegrityError:
        raise _fail("DUPLICATE", "A program with this code was just created.", "code") from None
    await record_event(viewer=viewer, action="training_program.update", target_type="training_program",
                       target_id=program.id, fields=list(values))
    return program


def list_programs(*, active: bool | None = None, category: TrainingCategory | None = None, search: str | None = None):
    query = TrainingProgram.all()
    if active is not None:
        query = query.filter(active=active)
    if category is not None:
        query = query.filter(category=category)
    if search:
        query = query.filter(Q(name__icontains=search.strip()) | Q(code__icontains=search.strip()))
    return query.order_by("code", "id")


@dataclass
class SessionInput:
    program_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    location: str | None = None
    trainer: str | None = None
    capacity: int | None = None


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


async def _session_errors(data: SessionInput, starts: datetime | None, ends: datetime | None) -> list[DomainError]:
    errors = []
    if data.program_id is not None:
        program = await TrainingProgram.get_or_none(id=data.program_id)
        if program is None:
            errors.append(DomainError("NOT_FOUND", "No training program with this id.", "programId"))
        elif not program.active:
            errors.append(DomainError("INVALID", "This program is inactive: reactivate it to schedule sessions.", "programId"))
    if starts is not None and ends is not None and ends <= starts:
        errors.append(DomainError("INVALID", "endsAt must be after startsAt.", "endsAt"))
    if data.capacity is not None and not 1 <= data.capacity <= 10_000:
        errors.append(DomainError("INVALID", "capacity is 1 to 10,000 seats (leave it out for no limit).", "capacity"))
    for name in ("location", "trainer"):
        if getattr(data, name) is not None and len(getattr(data, name)) > 120:
            errors.append(DomainError("INVALID", Message("{name} is at most 120 characters.", name=name), name))
    return errors


async def create_session(*, viewer: Viewer, data: SessionInput) -> TrainingSession:
    errors = [DomainError("REQUIRED", Message("{field} is required.", field=label), label) for name, label in
              (("program_id", "programId"), ("starts_at", "startsAt"), ("ends_at", "endsAt")) if getattr(data, name) is None]
    starts, ends = (_utc(data.starts_at) if data.starts_at else None), (_utc(data.ends_at) if data.ends_at else None)
    errors += await _session_errors(data, starts, ends)
    if errors:
        raise ValidationFailed(errors)
    session = await TrainingSession.create(program_id=data.program_id, starts_at=starts, ends_at=ends,
                                           location=(data.location or "").strip(), trainer=(data.trainer or "").strip(),
                                           capacity=data.capacity)
    await record_event(viewer=viewer, action="training_session.create", target_type="training_session", target_id=session.id)
    return session


async def update_session(*, viewer: Viewer, session_id: int, data: SessionInput) -> TrainingSession:
    session = await TrainingSession.get_or_none(id=session_id)
    if session is None:
        raise _fail("NOT_FOUND", "No training session with this id.", "id")
    if data.program_id is not None and data.program_id != session.program_id:
        raise _fail("INVALID", "A session's program cannot change; create a session of the other program.", "programId")
    starts = _utc(data.starts_at) if data.starts_at else session.starts_at
    ends = _utc(data.ends_at) if data.ends_at else session.ends_at
    errors = await _session_errors(SessionInput(capacity=data.capacity, location=data.location, trainer=data.trainer),
                                   starts, ends)
    if data.capacity is not None and not errors:
        from backend.resolvers.training.enrolments import seats_taken

        taken = await seats_taken(session.id)
        if data.capacity < taken:
            errors.append(DomainError("CAPACITY", Message("{taken} people are already booked; capacity cannot go below that.",
                                                          taken=taken),
                                      "capacity"))
    if errors:
        raise ValidationFailed(errors)
    session.starts_at, session.ends_at = starts, ends
    changed = ["starts_at", "ends_at"]
    for name in ("location", "trainer", "capacity"):
        if getattr(data, name) is not None:
            setattr(session, name, getattr(data, name).strip() if isinstance(getattr(data, name), str) else getattr(data, name))
            changed.append(name)
    await session.save()
    await record_event(viewer=viewer, action="training_session.update", target_type="training_session",
                       target_id=session.id, fields=changed)
    return session


def list_sessions(*, program_id: int | None = None, starts_from: datetime | None = None,
                  starts_before: datetime | None = None):
    query = TrainingSession.all()
    if program_id is not None:
        query = query.filter(program_id=program_id)
    if starts_from is not None:
        query = query.filter(starts_at__gte=_utc(starts_from))
    if starts_before is not None:
        query = query.filter(starts_at__lt=_utc(starts_before))
    return query.order_by("starts_at", "id")
