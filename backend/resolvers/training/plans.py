"""Mandatory plans: assigning a plan's programs to the employees it concerns.

`assign_plan` is the one way enrolments come from a plan, whether HR applies a plan by hand, a
new hire matches a mandatory plan, or an automation rule assigns one: all of them must stay
idempotent, so running it twice (or a rule firing every night) never doubles anyone's work."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise.transactions import in_transaction

from backend.models.training import OPEN_ENROLMENT, Enrolment, EnrolmentStatus, TrainingPlan

RECENT_COMPLETION_DAYS = 365  # a program completed within a year counts as done for a plan


async def assign_plan(plan_id: int, employee_ids: list[int], *, today: date, source: str = "plan",
                      rule_id: int | None = None) -> list[Enrolment]:
    """Enrol each employee in each of the plan's programs, due `plan.due_days` after today.
    Idempotent: an employee who already has an open (assigned/enrolled) enrolment in a program,
    or completed it within the last 12 months, gets no new one. Returns the enrolments created."""
    plan = await TrainingPlan.get(id=plan_id)
    program_ids = sorted(await plan.programs.all().values_list("id", flat=True))
    employee_ids = sorted(set(employee_ids))
    if not program_ids or not employee_ids:
        return []
    since = today - timedelta(days=RECENT_COMPLETION_DAYS)
    async with in_transaction():
        existing = await Enrolment.filter(employee_id__in=employee_ids, program_id__in=program_ids).values_list(
            "employee_id", "program_id", "status", "completed_on")
        covered = {(employee, program) for employee, program, status, completed_on in existing
                   if status in OPEN_ENROLMENT
                   or (status == EnrolmentStatus.COMPLETED and completed_on is not None and completed_on >= since)}
        due_on = today + timedelta(days=plan.due_days)
        missing = [Enrolment(employee_id=employee, program_id=program, plan_id=plan.id, rule_id=rule_id, source=source,
                             status=EnrolmentStatus.ASSIGNED, assigned_on=today, due_on=due_on)
                   for employee in employee_ids for program in program_ids if (employee, program) not in covered]
        if not missing:
            return []
        last_id = await Enrolment.all().order_by("-id").first().values_list("id", flat=True) or 0
        await Enrolment.bulk_create(missing, batch_size=1000)
        # bulk_create does not give ids back on every dialect: read the rows just made
        made = {(e.employee_id, e.program_id) for e in missing}
        created = await Enrolment.filter(id__gt=last_id, plan_id=plan.id, employee_id__in=employee_ids,
                                         program_id__in=program_ids).order_by("employee_id", "program_id")
        return [e for e in created if (e.employee_id, e.program_id) in made]
