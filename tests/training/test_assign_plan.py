"""assign_plan: what the automation rules and the plan mutations call; it must never double anyone's work."""

from datetime import date, timedelta
from decimal import Decimal

from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram
from backend.resolvers.training.plans import assign_plan
from tests.factories import make_employee

TODAY = date(2026, 6, 1)


async def _plan(*codes: str, due_days: int = 30) -> tuple[TrainingPlan, list[TrainingProgram]]:
    programs = [await TrainingProgram.create(code=code, name=code, category=TrainingCategory.COMPLIANCE,
                                             hours=Decimal("2.0"), cost_per_head=Decimal("100.00")) for code in codes]
    plan = await TrainingPlan.create(name="Compliance " + "+".join(codes), due_days=due_days)
    await plan.programs.add(*programs)
    return plan, programs


async def test_each_employee_gets_each_program_due_after_the_plans_days():
    plan, (a, b) = await _plan("A", "B", due_days=14)
    one, two = await make_employee(), await make_employee()
    created = await assign_plan(plan.id, [two.id, one.id, one.id], today=TODAY, source="automation", rule_id=7)
    assert [(e.employee_id, e.program_id) for e in created] == [(one.id, a.id), (one.id, b.id), (two.id, a.id), (two.id, b.id)]
    assert {(e.status, e.assigned_on, e.due_on, e.plan_id, e.source, e.rule_id) for e in created} == {
        (EnrolmentStatus.ASSIGNED, TODAY, TODAY + timedelta(days=14), plan.id, "automation", 7)}
    assert all(e.id for e in created)


async def test_assigning_again_creates_nothing_and_only_the_missing_ones_are_added():
    plan, (a, b) = await _plan("A", "B")
    one, two = await make_employee(), await make_employee()
    await assign_plan(plan.id, [one.id], today=TODAY)
    assert await assign_plan(plan.id, [one.id], today=TODAY) == []
    assert await assign_plan(plan.id, [one.id], today=TODAY + timedelta(days=3)) == []
    created = await assign_plan(plan.id, [one.id, two.id], today=TODAY)
    assert [(e.employee_id, e.program_id) for e in created] == [(two.id, a.id), (two.id, b.id)]
    assert await Enrolment.all().count() == 4


async def test_a_completion_within_a_year_counts_an_older_one_or_a_cancelled_one_does_not():
    plan, (a, b) = await _plan("A", "B")
    recent, old, cancelled = await make_employee(), await make_employee(), await make_employee()
    await Enrolment.create(employee=recent, program=a, status=EnrolmentStatus.COMPLETED, assigned_on=date(2025, 9, 1),
                           completed_on=TODAY - timedelta(days=300))
    await Enrolment.create(employee=old, program=a, status=EnrolmentStatus.COMPLETED, assigned_on=date(2024, 9, 1),
                           completed_on=TODAY - timedelta(days=400))
    await Enrolment.create(employee=cancelled, program=a, status=EnrolmentStatus.CANCELLED, assigned_on=date(2026, 5, 1))
    created = await assign_plan(plan.id, [recent.id, old.id, cancelled.id], today=TODAY)
    assert sorted((e.employee_id, e.program_id) for e in created) == sorted(
        [(recent.id, b.id), (old.id, a.id), (old.id, b.id), (cancelled.id, a.id), (cancelled.id, b.id)])


async def test_an_enrolled_booking_counts_as_open():
    plan, (a,) = await _plan("A")
    one = await make_employee()
    await Enrolment.create(employee=one, program=a, status=EnrolmentStatus.ENROLLED, assigned_on=date(2026, 5, 1))
    assert await assign_plan(plan.id, [one.id], today=TODAY) == []
    assert await assign_plan(plan.id, [], today=TODAY) == []
