"""A rule's outcome on a constructed history whose answer is known: who is compared, attrition and
output before and after, the difference-in-differences and its interval, and "too few to tell"."""

import math
import statistics
from datetime import date, timedelta
from decimal import Decimal

from backend.models.automation import AutomationRule
from backend.models.traffic import Platform, PlatformAccount, TrafficDay
from backend.resolvers.analytics.insights import Z95
from backend.resolvers.automation import outcomes, runner
from tests.analytics.helpers import leave
from tests.automation.helpers import completed, rule
from tests.factories import make_employee, make_team

ACTED = date(2026, 3, 2)  # the rule first acts
BEFORE = ACTED - timedelta(days=90)  # the comparison group's day: one window earlier
AS_OF = ACTED + timedelta(days=200)


async def _revenue(person, day: date, amount: int) -> None:
    account = await PlatformAccount.filter(host_id=person.id).first() or await PlatformAccount.create(
        host_id=person.id, platform=Platform.DOUYIN, handle=f"h{person.id}", external_id=f"dy-{person.id}")
    await TrafficDay.create(account=account, day=day, host_id=person.id, team_id=person.team_id, sessions=1, live_minutes=60,
                            peak_viewers=10, viewer_minutes=600, new_followers=0, followers_end=100,
                            gift_revenue=Decimal(amount) / 2, gmv=Decimal(amount) / 2, orders=0, interactions=0)


async def _history() -> tuple[AutomationRule, dict]:
    """20 untrained hosts the rule acts on (4 leave within 90 days, 1 is let go, 1 leaves later); 10 more
    matched 90 days earlier: 5 left before the rule acted, 5 trained just before it (so it never acted on them).
    Revenue per 90 days: every window 300 before; the acted-on earn 1200 or 1500 after acting; the
    trained 5 earn 390 in the window before the rule acted."""
    team = await make_team()
    acted = [await make_employee(team, hired_on=date(2024, 1, 1)) for _ in range(20)]
    left_early = [await make_employee(team, hired_on=date(2024, 1, 1)) for _ in range(5)]
    trained = [await make_employee(team, hired_on=date(2024, 1, 1)) for _ in range(5)]
    for person in trained:
        await completed(person, ACTED - timedelta(days=10))
    for person in acted + left_early + trained:
        await _revenue(person, BEFORE - timedelta(days=45), 300)  # the comparison group's window before
    for person in acted:
        await _revenue(person, ACTED - timedelta(days=45), 300)
    for i, person in enumerate(acted):
        await _revenue(person, ACTED + timedelta(days=45), 1200 if i % 2 else 1500)
    for person in trained:
        await _revenue(person, ACTED - timedelta(days=45), 390)
    for person in left_early:
        await leave(person, BEFORE + timedelta(days=20))
    r = await rule("FEW_TRAININGS", {"minimum": 1, "months": 12}, cooldown_days=365, name="Untrained")
    report = await runner.run_rule(r, today=ACTED)
    assert report.acted == 20, report
    for person in acted[:4]:
        await leave(person, ACTED + timedelta(days=30))
    await leave(acted[4], ACTED + timedelta(days=10), voluntary=False)
    await leave(acted[5], ACTED + timedelta(days=100))
    return r, {"acted": acted, "trained": trained}


async def test_the_outcome_of_a_rule_on_a_known_history():
    r, people = await _history()
    found = await outcomes.outcome(r, today=AS_OF)
    assert found.method == "historical" and str(BEFORE) in found.method_note
    assert (found.acted.n, found.acted.leavers, found.acted.excluded_involuntary) == (19, 4, 1)
    # 30 matched 90 days before: the 20 (none left before the rule acted), 5 leavers, 5 trained later
    assert (found.comparison.n, found.comparison.leavers, found.comparison.excluded_involuntary) == (30, 5, 0)
    assert (found.acted.first_day, found.comparison.first_day, found.pending) == (ACTED, BEFORE, 0)

    a = found.attrition
    assert a.enough and math.isclose(a.acted_rate, 4 / 19) and math.isclose(a.comparison_rate, 5 / 30)
    assert math.isclose(a.difference, 4 / 19 - 5 / 30)
    pa, pc = 5 / 21, 6 / 32  # Agresti-Caffo: one leaver and one stayer more in each group
    se = math.sqrt(pa * (1 - pa) / 21 + pc * (1 - pc) / 32)
    assert math.isclose(a.difference_low, pa - pc - Z95 * se) and math.isclose(a.difference_high, pa - pc + Z95 * se)
    assert a.difference_low < 0 < a.difference_high and "no clear difference" in a.summary
    assert math.isclose(a.ratio, (4 / 19) / (5 / 30)) and a.ratio_low < a.ratio < a.ratio_high

    # Output per 30 days, for those who stayed: the acted-on 15 went from 100 to 400 or 500.
    rev = found.revenue
    changes = [(1200 if i % 2 else 1500) / 3 - 100 for i in range(6, 20)] + [1200 / 3 - 100]  # acted[5] stayed in the window
    assert rev.acted_n == 15 and math.isclose(rev.acted_before, 100)
    assert math.isclose(rev.acted_after - rev.acted_before, statistics.fmean(changes))
    # Comparison stayers: the 20 (100 -> 100) and the 5 trained (100 -> 130).
    control = [0.0] * 20 + [30.0] * 5
    assert rev.comparison_n == 25 and math.isclose(rev.comparison_after - rev.comparison_before, 6.0)
    assert math.isclose(rev.did, statistics.fmean(changes) - 6.0)
    se = math.sqrt(statistics.variance(changes) / 15 + statistics.variance(control) / 25)
    assert math.isclose(rev.did_low, rev.did - Z95 * se) and math.isclose(rev.did_high, rev.did + Z95 * se)
    assert rev.enough and rev.did_low > 0
    # Nobody here is not a host: review scores cannot tell anything.
    assert not found.review_score.enough and found.review_score.did is None
    assert "too few to tell (n = 0 vs 0" in found.review_score.summary


async def test_people_acted_on_within_the_last_window_are_pending_and_a_small_rule_is_too_few_to_tell():
    team = await make_team()
    few = [await make_employee(team) for _ in range(4)]
    r = await rule("FEW_TRAININGS", {"minimum": 1}, name="Few")
    await runner.run_rule(r, today=ACTED)
    recent = await outcomes.outcome(r, today=ACTED + timedelta(days=30))
    assert recent.pending == 4 and recent.acted.n == 0 and recent.method == "none"
    assert "not counted yet" in recent.notes[0]
    later = await outcomes.outcome(r, today=AS_OF)
    assert later.acted.n == len(few) and not later.attrition.enough
    assert later.attrition.difference_low is None and "too few to tell (n = 4 vs 4" in later.attrition.summary


async def test_a_risk_rule_is_compared_with_people_just_under_the_threshold():
    from tests.automation.helpers import score

    team = await make_team()
    high = [await make_employee(team) for _ in range(3)]
    near = [await make_employee(team) for _ in range(2)]
    far = await make_employee(team)
    for person in high:
        await score(person, 0.8)
    for person in near:
        await score(person, 0.5)
    await score(far, 0.1)
    r = await rule()  # RISK_ABOVE 0.6
    await runner.run_rule(r, today=ACTED)
    found = await outcomes.outcome(r, today=AS_OF)
    assert found.method == "near_threshold" and (found.acted.n, found.comparison.n) == (3, 2)
