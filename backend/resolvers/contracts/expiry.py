"""The expiry scan: contracts ending soon raise one CONTRACT_EXPIRING alert each, carrying what
the renewal decision needs; contracts past their end become expired.

Run by the in-app scheduler and by `hrgraph contracts scan` (cron). Safe to run twice or in two
processes at once: the alert's dedup key is the contract and its end date, and the webhook
event goes out only from the call that created the alert.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from backend.models.alerts import AlertKind, Severity
from backend.models.contracts import Contract, ContractStatus
from backend.models.employees import Employee
from backend.models.performance import CycleStatus, Review
from backend.models.traffic import TrafficDay
from backend.resolvers import outbox
from backend.resolvers.alerts import raise_alert


def _month_starts(today: date, months: int) -> list[date]:
    """The first days of the last `months` complete months, oldest first."""
    starts, current = [], today.replace(day=1)
    for _ in range(months):
        current = (current - timedelta(days=1)).replace(day=1)
        starts.append(current)
    return starts[::-1]


async def host_months(host_ids: list[int], today: date) -> dict[int, list[dict]]:
    """Followers gained, gift revenue and GMV per complete month, the last three, for each host."""
    months = _month_starts(today, 3)
    totals: dict[int, dict[date, dict]] = defaultdict(lambda: {m: {"newFollowers": 0, "giftRevenue": 0, "gmv": 0}
                                                               for m in months})
    rows = await TrafficDay.filter(host_id__in=host_ids, day__gte=months[0], day__lt=today.replace(day=1)).values_list(
        "host_id", "day", "new_followers", "gift_revenue", "gmv")
    for host, day, followers, gifts, gmv in rows:
        month = totals[host][day.replace(day=1)]
        month["newFollowers"] += followers
        month["giftRevenue"] += gifts
        month["gmv"] += gmv
    return {host: [{"month": f"{m:%Y-%m}", "newFollowers": v["newFollowers"], "giftRevenue": f"{v['giftRevenue']:.2f}",
                    "gmv": f"{v['gmv']:.2f}"} for m, v in by_month.items()] for host, by_month in totals.items()}


def _message(contract: Contract, employee: Employee, days_left: int, months: list[dict] | None) -> str:
    head = f"{employee.name}'s contract {contract.number} ends on {contract.ends_on} (in {days_left} days)"
    if months:
        last = months[-1]
        return f"{head}; last month {last['newFollowers']:+,} followers, gifts CNY {last['giftRevenue']}, GMV CNY {last['gmv']}."
    return head + "."


async def last_reviews(employee_ids: list[int]) -> dict[int, dict]:
    """Each employee's latest final review (a closed cycle's): what HR weighs before a renewal."""
    found: dict[int, dict] = {}
    for review in await Review.filter(employee_id__in=employee_ids, cycle__status=CycleStatus.CLOSED,
                                      score__isnull=False).order_by("employee_id", "-cycle__period_start").prefetch_related("cycle"):
        found.setdefault(review.employee_id, {"cycle": review.cycle.name, "periodStart": str(review.cycle.period_start),
                                              "score": f"{review.score:.2f}"})
    return found


async def scan(today: date, within_days: int) -> dict[str, int]:
    expired = await Contract.filter(status=ContractStatus.ACTIVE, ends_on__lt=today).update(status=ContractStatus.EXPIRED)
    ending = await Contract.filter(status=ContractStatus.ACTIVE, ends_on__gte=today,
                                   ends_on__lte=today + timedelta(days=within_days)).order_by("ends_on", "id")
    employees = {e.id: e for e in await Employee.filter(id__in=[c.employee_id for c in ending])}
    renewed = set(await Contract.filter(predecessor_id__in=[c.id for c in ending]).values_list("predecessor_id", flat=True))
    traffic = await host_months([e.id for e in employees.values() if e.is_host], today)
    reviews = await last_reviews(list(employees))
    raised = 0
    for contract in ending:
        if contract.id in renewed:
            continue  # its successor is already on the way
        employee = employees[contract.employee_id]
        days_left = (contract.ends_on - today).days
        months = traffic.get(employee.id) if employee.is_host else None
        data = {"contractNumber": contract.number, "endsOn": str(contract.ends_on), "daysLeft": days_left,
                "contractType": contract.contract_type.value}
        if employee.is_host:
            data["traffic"] = months or []
        data["lastReview"] = reviews.get(employee.id)  # None: no final review on record
        _, created = await raise_alert(
            kind=AlertKind.CONTRACT_EXPIRING, severity=Severity.CRITICAL if days_left <= 7 else Severity.WARNING,
            message=_message(contract, employee, days_left, months), dedup_key=f"contract:{contract.id}:ends:{contract.ends_on}",
            employee_id=employee.id, team_id=employee.team_id, subject_type="contract", subject_id=contract.id, data=data)
        if created:
            raised += 1
            await outbox.emit("contract.expiring", subject_type="contract", subject_id=contract.id, employee_id=employee.id)
    return {"expiring_alerts": raised, "expired": expired}
