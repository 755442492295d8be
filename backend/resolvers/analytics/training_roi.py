"""Training ROI for hosts: the output uplift after training against comparable untrained hosts,
over the training's cost.

Only hosts: their output is money (monthly gift revenue + GMV). Other staff's output is a review
score, which is not money, so no money ROI is claimed for them.

- trained: a host who completed an enrolment from `from` to `to`; their month is the month of the
  first such completion. Measured when the 3 whole months after it have passed.
- change: mean monthly output in the 3 months after the training month minus the 3 months before.
- comparable: hosts of the same team (else the same position) employed through those 6 months
  and who completed no training in them; their change over the same calendar months.
- uplift of a trained host = their change - the mean change of their comparables.
- value = mean uplift x 3 months x trained hosts measured; cost = the programs' cost per head of
  their completed enrolments in the period; ROI = value / cost.
- 95% CI: mean uplift -/+ t(0.975, n-1) x sd / sqrt(n), carried through to the ROI. Fewer than
  MIN_TRAINED measured hosts: "too few", no ROI.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal


from backend.models.employees import Employee
from backend.models.training import Enrolment, EnrolmentStatus
from backend.resolvers.analytics.periods import (
    add_months, as_date, fetch, month_end, month_index, month_of, month_sql, parse_month,
)

WINDOW = 3
MIN_TRAINED = 5
CENT = Decimal("0.01")


@dataclass
class TrainingRoi:
    trained: int  # completed in the period
    measured: int  # of them, with 3 months after and comparables: the n
    pending: int  # too recent to measure
    cost: Decimal
    value: Decimal | None
    roi: Decimal | None
    roi_ci_low: Decimal | None
    roi_ci_high: Decimal | None
    mean_uplift: Decimal | None  # per host and month, CNY of gift revenue + GMV
    too_few: bool


HOST_MONTHS_SQL = """SELECT host_id, {month} AS month,
       SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT) + CAST(ROUND(gmv * 100) AS BIGINT)) AS fen
FROM traffic_days WHERE host_id IS NOT NULL AND day >= ? AND day <= ? GROUP BY 1, 2"""


def _change(output: dict[int, float], month: int) -> float:
    before = sum(output.get(month - k, 0.0) for k in range(1, WINDOW + 1)) / WINDOW
    after = sum(output.get(month + k, 0.0) for k in range(1, WINDOW + 1)) / WINDOW
    return after - before


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


async def training_roi(*, start: date, end: date, as_of: date) -> TrainingRoi:
    first, last = add_months(start, -WINDOW), month_end(add_months(end, WINDOW))
    hosts = {pk: (team, position, hired, left) for pk, team, position, hired, left in await Employee.filter(is_host=True)
             .values_list("id", "team_id", "position_id", "hired_on", "left_on")}
    completions = await Enrolment.filter(status=EnrolmentStatus.COMPLETED, completed_on__gte=first, completed_on__lte=last,
                                         employee__is_host=True).values_list(
        "employee_id", "completed_on", "program__cost_per_head")
    trained_month: dict[int, int] = {}
    cost_of: dict[int, Decimal] = defaultdict(Decimal)
    trained_in: dict[int, set[int]] = defaultdict(set)  # host -> months with a completion
    for host, done, cost in completions:
        done = as_date(done)
        trained_in[host].add(month_index(done))
        if start <= done <= end:
            trained_month[host] = min(trained_month.get(host, month_index(done)), month_index(done))
            cost_of[host] += cost or Decimal(0)
    output: dict[int, dict[int, float]] = defaultdict(dict)
    for row in await fetch(HOST_MONTHS_SQL.format(month=month_sql()), [first, last]):
        output[row["host_id"]][month_index(parse_month(row["month"]))] = int(row["fen"] or 0) / 100
    groups: tuple[dict, dict] = (defaultdict(list), defaultdict(list))  # hosts by team, by position
    for pk, (team, position, _, _) in hosts.items():
        groups[0][team].append(pk)
        groups[1][position].append(pk)
    uplifts, cost, pending = [], Decimal(0), 0
    for host, month in trained_month.items():
        if month_end(month_of(month + WINDOW)) > as_of:
            pending += 1
            continue
        peers = _comparables(host, month, hosts, groups, trained_in)
        if not peers:
            continue
        uplifts.append(_change(output[host], month) - sum(_change(output[p], month) for p in peers) / len(peers))
        cost += cost_of[host]
    return _result(len(trained_month), pending, uplifts, cost)


def _comparables(host: int, month: int, hosts: dict, groups: tuple[dict, dict], trained_in: dict[int, set[int]]) -> list[int]:
    team, position, _, _ = hosts[host]
    window_start, window_end = month_of(month - WINDOW), month_end(month_of(month + WINDOW))
    months = set(range(month - WINDOW, month + WINDOW + 1))

    def untrained(pk: int) -> bool:
        _, _, hired, left = hosts[pk]
        return (pk != host and hired <= window_start and (left is None or left > window_end)
                and not trained_in.get(pk, set()) & months)

    for key, value in ((0, team), (1, position)):
        if value is None:
            continue
        peers = [pk for pk in groups[key][value] if untrained(pk)]
        if peers:
            return peers
    return []


def _result(trained: int, pending: int, uplifts: list[float], cost: Decimal) -> TrainingRoi:
    n = len(uplifts)
    if n < MIN_TRAINED or cost <= 0:
        mean = _money(sum(uplifts) / n) if n else None
        return TrainingRoi(trained, n, pending, cost, None, None, None, None, mean, True)
    mean = sum(uplifts) / n
    sd = math.sqrt(sum((u - mean) ** 2 for u in uplifts) / (n - 1))
    from scipy.stats import t as student_t  # here, not at import: scipy.stats adds about a second to every start

    half = float(student_t.ppf(0.975, n - 1)) * sd / math.sqrt(n)
    scale = WINDOW * n / float(cost)
    value = _money(mean * WINDOW * n)
    return TrainingRoi(trained, n, pending, cost, value, (value / cost).quantize(CENT, ROUND_HALF_UP),
                       _money((mean - half) * scale), _money((mean + half) * scale), _money(mean), False)
