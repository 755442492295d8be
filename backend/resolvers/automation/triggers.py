"""What each trigger kind matches: the employees a rule would act on, found in bulk SQL, with the
numbers that matched (they go in the run log and the action's result, so HR sees why).

Only people at work count: status active or on probation (someone already `leaving` has decided,
and `left` is gone). `match(kind, params, day)` reads the data as it is today, or with
`history=True` as it was on a past day, from dated history where the data has it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.settings import get_settings
from backend.models.alerts import Alert, AlertKind
from backend.models.analytics import RiskScore
from backend.models.automation import TriggerKind
from backend.models.contracts import Contract, ContractStatus
from backend.models.employees import Employee, EmployeeStatus
from backend.models.training import Enrolment, EnrolmentStatus

AT_WORK = (EmployeeStatus.ACTIVE, EmployeeStatus.PROBATION)
Matches = dict[int, dict]  # employee id -> the numbers that matched

# kind -> {param: (type, required, default, lowest, highest, what it means)}
PARAMS: dict[TriggerKind, dict[str, tuple]] = {
    TriggerKind.RISK_ABOVE: {"threshold": (float, True, None, 0.0, 1.0, phrase("the attrition-risk score (0 to 1) at or above which it acts"))},
    TriggerKind.FEW_TRAININGS: {"minimum": (int, True, None, 1, 100, phrase("completed trainings below which it acts")),
                                "months": (int, False, 12, 1, 60, phrase("how many months back completions count"))},
    TriggerKind.CONTRACT_EXPIRING: {"days": (int, True, None, 1, 365, phrase("days ahead within which a contract in force ends"))},
    TriggerKind.ALERT_RAISED: {"kind": (str, True, None, None, None, phrase("the alert kind, e.g. TRAFFIC_ANOMALY"))},
}
# An automation's own alerts cannot trigger a rule: a rule alerting on its alert would loop.
ALERT_KINDS = tuple(k.value for k in AlertKind if k != AlertKind.AUTOMATION)


def validate_params(kind: TriggerKind, raw: object, field: str = "triggerParams") -> dict:
    """The trigger's parameters, checked and with defaults filled in; ValidationFailed names each problem."""
    spec = PARAMS[kind]
    if not isinstance(raw, dict):
        keys = ", ".join(repr(k) + ": ..." for k in spec)
        raise ValidationFailed([DomainError("INVALID", Message("{field} must be an object, e.g. {{{keys}}}.",
                                                               field=field, keys=keys), field)])
    errors: list[DomainError] = []
    clean: dict = {}
    for name in sorted(set(raw) - set(spec)):
        errors.append(DomainError("INVALID", Message("{kind} has no parameter {name!r}; it takes {spec}.",
                                                     kind=kind.value, name=name, spec=", ".join(spec)), f"{field}.{name}"))
    for name, (kind_of, required, default, lowest, highest, meaning) in spec.items():
        value = raw.get(name)
        if value is None:
            if required:
                errors.append(DomainError("REQUIRED", Message("{kind} needs {name}: {meaning}.", kind=kind.value, name=name,
                                                              meaning=meaning), f"{field}.{name}"))
            else:
                clean[name] = default
            continue
        if kind_of is str:
            if not isinstance(value, str) or value not in ALERT_KINDS:
                errors.append(DomainError("INVALID", Message("{name} must be one of {kinds}.",
                                                             name=name, kinds=", ".join(ALERT_KINDS)),
                                          f"{field}.{name}"))
            else:
                clean[name] = value
            continue
        ok_type = isinstance(value, (int, float)) and not isinstance(value, bool) and (kind_of is float or value == int(value))
        if not ok_type or not (lowest <= value <= highest):
            noun = phrase("a whole number") if kind_of is int else phrase("a number")
            errors.append(DomainError("INVALID", Message("{name} ({meaning}) must be {noun} from {lowest} to {highest}.",
                                                         name=name, meaning=meaning, noun=noun, lowest=lowest, highest=highest),
                                      f"{field}.{name}"))
            continue
        clean[name] = kind_of(value)
    if errors:
        raise ValidationFailed(errors)
    return clean


def _at_work():
    return Employee.filter(status__in=AT_WORK)


def at_work_on(day: date):
    """Employed on `day` (hired by then, not gone before it), whatever their status is now."""
    return Employee.filter(hired_on__lte=day).filter(Q(left_on__isnull=True) | Q(left_on__gt=day))


def _day_end(day: date) -> datetime:
    """The end of a company day (company time zone), as an aware datetime."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=ZoneInfo(get_settings().timezone))


async def _risk_above(params: dict, people) -> Matches:
    rows = await RiskScore.filter(score__gte=params["threshold"], employee_id__in=Subquery(people.values("id"))) \
        .values_list("employee_id", "score", "band")
    return {employee: {"score": round(score, 4), "band": str(getattr(band, "value", band))} for employee, score, band in rows}


async def _few_trainings(params: dict, people, day: date) -> Matches:
    since = day - relativedelta(months=params["months"])
    ids = await people.values_list("id", flat=True)
    done = dict(await Enrolment.filter(status=EnrolmentStatus.COMPLETED, completed_on__gt=since, completed_on__lte=day,
                                       employee_id__in=Subquery(people.values("id")))
                .annotate(n=Count("id")).group_by("employee_id").values_list("employee_id", "n"))
    minimum = params["minimum"]
    return {employee: {"completed": done.get(employee, 0), "minimum": minimum, "since": str(since)}
            for employee in ids if done.get(employee, 0) < minimum}


async def _contracts_ending(params: dict, people, day: date, *, as_of: bool) -> Matches:
    """Contracts in force on `day` (active, as the expiry scan has it) that end within `days`, not
    already renewed (a successor exists). As of a past day: signed by then (started), not terminated
    before it, since a contract's status is only known as it is now."""
    query = Contract.filter(ends_on__gte=day, ends_on__lte=day + timedelta(days=params["days"]),
                            employee_id__in=Subquery(people.values("id")))
    if as_of:
        query = query.filter(starts_on__lte=day, status__in=(ContractStatus.ACTIVE, ContractStatus.EXPIRED,
                                                             ContractStatus.TERMINATED)) \
            .filter(Q(terminated_on__isnull=True) | Q(terminated_on__gt=day))
    else:
        query = query.filter(status=ContractStatus.ACTIVE)
    rows = await query.order_by("ends_on", "id").values_list("id", "employee_id", "number", "ends_on")
    renewals = Contract.filter(predecessor_id__in=[r[0] for r in rows])
    if as_of:  # a renewal counts from when it was drawn up
        renewals = renewals.filter(created_at__lt=_day_end(day))
    successors = set(await renewals.values_list("predecessor_id", flat=True))
    found: Matches = {}
    for contract, employee, number, ends_on in rows:
        if contract not in successors and employee not in found:
            found[employee] = {"contractId": contract, "contractNumber": number, "endsOn": str(ends_on),
                               "daysLeft": (ends_on - day).days}
    return found


async def _alerts_open(params: dict, people, day: date, *, as_of: bool) -> Matches:
    query = Alert.filter(kind=params["kind"], employee_id__in=Subquery(people.values("id")))
    if as_of:
        end = _day_end(day)
        query = query.filter(created_at__lt=end).filter(Q(resolved_at__isnull=True) | Q(resolved_at__gte=end))
    else:
        query = query.filter(resolved_at__isnull=True)
    by_employee: dict[int, list[int]] = defaultdict(list)
    for alert, employee in await query.order_by("-id").values_list("id", "employee_id"):
        by_employee[employee].append(alert)
    return {employee: {"alertKind": params["kind"], "openAlerts": len(ids), "latestAlertId": ids[0]}
            for employee, ids in by_employee.items()}


async def match(kind: TriggerKind, params: dict, day: date, *, history: bool = False) -> Matches:
    """Who the trigger matches on `day`, among the people at work then.

    Today (`history=False`) reads the data as it is: status, contracts in force, open alerts. A past
    day (`history=True`: a run with an earlier `--today`, the outcome's comparison group) reads the
    dated history instead: employed then, contracts started and not terminated by then, alerts
    raised and not resolved by then, trainings completed by then. Risk scores are kept only as the
    latest one per person, so RISK_ABOVE uses today's scores of the people employed then, a stated
    approximation (`outcomes.py` avoids it for its comparison group)."""
    params = validate_params(kind, params)
    people = at_work_on(day) if history else _at_work()
    if kind == TriggerKind.RISK_ABOVE:
        return await _risk_above(params, people)
    if kind == TriggerKind.FEW_TRAININGS:
        return await _few_trainings(params, people, day)
    if kind == TriggerKind.CONTRACT_EXPIRING:
        return await _contracts_ending(params, people, day, as_of=history)
    return await _alerts_open(params, people, day, as_of=history)


async def match_as_of(kind: TriggerKind, params: dict, day: date) -> Matches:
    return await match(kind, params, day, history=True)
