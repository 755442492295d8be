"""Traffic anomaly rules and the scan that raises their alerts.

Each rule is a pure function over daily or monthly numbers and its thresholds (settings), so
it can be tested alone at its boundary. The scan reads the rollups, applies every rule to
every current host and team, and raises one `TRAFFIC_ANOMALY` alert per finding, with the
numbers that triggered it; a finding's dedup key names its rule, subject and window, so a
scan run twice (or by two processes) raises it once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise.functions import Max

from backend.models.alerts import AlertKind, Severity
from backend.models.employees import Employee, EmployeeStatus
from backend.models.org import Team
from backend.models.traffic import TeamTrafficDay, TrafficDay
from backend.resolvers.alerts import raise_alert
from backend.settings import Settings, get_settings


@dataclass(frozen=True)
class Day:
    """One host's streamed day, summed over their accounts."""

    day: date
    viewer_minutes: int
    gift_revenue: Decimal
    interactions: int
    new_followers: int


@dataclass(frozen=True)
class Finding:
    rule: str
    window: str  # what makes this finding distinct from the next one of the same rule and subject
    message: str
    data: dict


def _change(now: float, before: float) -> float | None:
    return None if before == 0 else (now - before) / before


def viewers_up_engagement_flat(days: list[Day], today: date, s: Settings) -> Finding | None:
    """Viewer-hours of the last `surge_days` up by at least `surge_viewer_growth` over the
    `surge_baseline_days` before, while gift revenue and interactions per day grew by less
    than `surge_flat_tolerance` (or fell): bought or bot traffic, or an audience that does
    not care for the content."""
    recent_from = today - timedelta(days=s.traffic_surge_days - 1)
    baseline_from = recent_from - timedelta(days=s.traffic_surge_baseline_days)
    recent = [d for d in days if recent_from <= d.day <= today]
    baseline = [d for d in days if baseline_from <= d.day < recent_from]
    if not recent or len(baseline) < s.traffic_surge_baseline_days // 2:
        return None

    def per_day(rows: list[Day], name: str, span: int) -> float:
        return float(sum(getattr(r, name) for r in rows)) / span

    spans = (s.traffic_surge_days, s.traffic_surge_baseline_days)
    viewers = _change(per_day(recent, "viewer_minutes", spans[0]), per_day(baseline, "viewer_minutes", spans[1]))
    gifts = _change(per_day(recent, "gift_revenue", spans[0]), per_day(baseline, "gift_revenue", spans[1]))
    talk = _change(per_day(recent, "interactions", spans[0]), per_day(baseline, "interactions", spans[1]))
    if viewers is None or viewers < s.traffic_surge_viewer_growth:
        return None
    if gifts is None or talk is None or gifts >= s.traffic_surge_flat_tolerance or talk >= s.traffic_surge_flat_tolerance:
        return None
    return Finding(
        rule="viewers_up_engagement_flat", window=str(recent_from),
        message=(f"Viewer-hours up {viewers:+.0%} over the last {spans[0]} days while gift revenue ({gifts:+.0%}) "
                 f"and interactions ({talk:+.0%}) stayed flat."),
        data={"viewerHoursChange": round(viewers, 4), "giftRevenueChange": round(gifts, 4),
              "interactionsChange": round(talk, 4), "recentFrom": str(recent_from), "baselineFrom": str(baseline_from)})


def followers_falling(days: list[Day], today: date, s: Settings) -> Finding | None:
    """Net followers lost on each of the last `follower_decline_days` streamed days, the latest
    of them within the same span of today."""
    streamed = sorted((d for d in days if d.day <= today), key=lambda d: d.day)
    tail = streamed[-s.traffic_follower_decline_days:]
    if len(tail) < s.traffic_follower_decline_days or any(d.new_followers >= 0 for d in tail):
        return None
    if (today - tail[-1].day).days >= s.traffic_follower_decline_days:
        return None
    lost = sum(d.new_followers for d in tail)
    return Finding(
        rule="followers_falling", window=str(tail[0].day),
        message=f"Lost followers on {len(tail)} streamed days in a row ({lost:+d} since {tail[0].day}).",
        data={"days": [str(d.day) for d in tail], "newFollowers": [d.new_followers for d in tail]})


def team_traffic_falling(months: dict[date, int], today: date, s: Settings) -> Finding | None:
    """The team's viewer-hours fell month on month for the last `team_decline_months` complete months."""
    this_month = today.replace(day=1)
    wanted, current = [], this_month
    for _ in range(s.traffic_team_decline_months + 1):
        current = (current - timedelta(days=1)).replace(day=1)
        wanted.append(current)
    wanted.reverse()  # the month before the run, then the run
    if wanted[0] not in months:
        return None
    values = [months.get(m, 0) for m in wanted]
    if not all(later < earlier for earlier, later in zip(values, values[1:])):
        return None
    hours = [round(v / 60) for v in values]
    return Finding(
        rule="team_traffic_falling", window=str(wanted[-1]),
        message=(f"Viewer-hours fell {s.traffic_team_decline_months} months running: "
                 + " → ".join(f"{m:%Y-%m} {h:,}" for m, h in zip(wanted, hours)) + "."),
        data={"months": [str(m) for m in wanted], "viewerHours": hours})


def host_inactive(last_streamed: date | None, active_since: date, today: date, s: Settings) -> Finding | None:
    """No live session for `inactive_days` days (counting from the hire date for a new host)."""
    since = last_streamed or active_since
    idle = (today - since).days
    if idle < s.traffic_inactive_days:
        return None
    return Finding(
        rule="host_inactive", window=str(since),
        message=(f"No live session for {idle} days (last on {last_streamed})." if last_streamed
                 else f"No live session in the {idle} days since joining."),
        data={"lastStreamedOn": str(last_streamed) if last_streamed else None, "idleDays": idle})


# The scan

async def _host_days(host_ids: list[int], since: date) -> dict[int, list[Day]]:
    merged: dict[tuple[int, date], list[TrafficDay]] = defaultdict(list)
    for row in await TrafficDay.filter(host_id__in=host_ids, day__gte=since):
        merged[(row.host_id, row.day)].append(row)
    out: dict[int, list[Day]] = defaultdict(list)
    for (host, day), rows in sorted(merged.items(), key=lambda kv: kv[0][1]):
        out[host].append(Day(day=day, viewer_minutes=sum(r.viewer_minutes for r in rows),
                             gift_revenue=sum((r.gift_revenue for r in rows), Decimal(0)),
                             interactions=sum(r.interactions for r in rows),
                             new_followers=sum(r.new_followers for r in rows)))
    return out


async def _raise(finding: Finding, *, employee_id: int | None = None, team_id: int | None = None, label: str) -> bool:
    subject = f"employee:{employee_id}" if employee_id else f"team:{team_id}"
    _, created = await raise_alert(
        kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message=f"{label}: {finding.message}",
        dedup_key=f"traffic:{finding.rule}:{subject}:{finding.window}", employee_id=employee_id, team_id=team_id,
        subject_type="employee" if employee_id else "team", subject_id=employee_id or team_id,
        data={"rule": finding.rule, **finding.data})
    return created


async def scan(today: date, settings: Settings | None = None, batch: int = 500) -> dict[str, int]:
    """Applies every rule to every current host and team; returns how many alerts each rule raised."""
    s = settings or get_settings()
    raised: dict[str, int] = defaultdict(int)
    lookback = max(s.traffic_surge_days + s.traffic_surge_baseline_days, s.traffic_inactive_days + 1, 62)
    hosts = await Employee.filter(is_host=True, status__in=[EmployeeStatus.ACTIVE, EmployeeStatus.PROBATION]).order_by(
        "id").values_list("id", "name", "team_id", "hired_on")
    for i in range(0, len(hosts), batch):
        chunk = hosts[i:i + batch]
        days = await _host_days([h[0] for h in chunk], today - timedelta(days=lookback))
        last = dict(await TrafficDay.filter(host_id__in=[h[0] for h in chunk], day__lte=today)
                    .group_by("host_id").annotate(last=Max("day")).values_list("host_id", "last"))
        for host, name, team, hired_on in chunk:
            mine = days.get(host, [])
            last_day = last.get(host)
            last_day = last_day if isinstance(last_day, date) or last_day is None else date.fromisoformat(str(last_day))
            for finding in (viewers_up_engagement_flat(mine, today, s), followers_falling(mine, today, s),
                            host_inactive(last_day, hired_on, today, s)):
                if finding and await _raise(finding, employee_id=host, team_id=team, label=name):
                    raised[finding.rule] += 1
    since = (today.replace(day=1) - timedelta(days=31 * (s.traffic_team_decline_months + 2))).replace(day=1)
    months: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for team, day, minutes in await TeamTrafficDay.filter(day__gte=since).values_list("team_id", "day", "viewer_minutes"):
        months[team][day.replace(day=1)] += minutes
    names = dict(await Team.filter(id__in=list(months)).values_list("id", "name"))
    for team, by_month in months.items():
        finding = team_traffic_falling(by_month, today, s)
        if finding and await _raise(finding, team_id=team, label=names.get(team, f"team {team}")):
            raised[finding.rule] += 1
    return dict(raised)

