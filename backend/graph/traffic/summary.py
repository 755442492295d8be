"""A host's traffic over a period: the type `Employee.trafficSummary` returns (kept apart from
the rest of the traffic graph so the employee type can use it without a circular import)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.resolvers.traffic.series import Metric, Totals


@strawberry.input(description="Company-time-zone days, both ends included.")
class DateRangeInput:
    from_: date = strawberry.field(name="from")
    to: date


@strawberry.type(description="""Traffic totals over a period. Per-viewer-hour measures divide by the hours that
viewers spent watching (platforms report concurrent viewers, not unique ones); they are null with no viewers.""")
class TrafficSummary:
    totals: strawberry.Private[Totals]
    from_: date = strawberry.field(name="from")
    to: date

    @strawberry.field(description="Days with at least one live session.")
    def live_days(self) -> int:
        return self.totals.live_days

    @strawberry.field(description="Account days streamed for at least the effective-day hours (a setting, default 2).")
    def effective_days(self) -> int:
        return self.totals.effective_days

    @strawberry.field
    def sessions(self) -> int:
        return self.totals.sessions

    @strawberry.field
    def live_hours(self) -> Decimal:
        return self.totals.value(Metric.LIVE_HOURS)

    @strawberry.field
    def peak_viewers(self) -> int:
        return self.totals.peak_viewers

    @strawberry.field
    def viewer_hours(self) -> Decimal:
        return self.totals.viewer_hours

    @strawberry.field(description="Net followers gained (negative when more unfollowed).")
    def new_followers(self) -> int:
        return self.totals.new_followers

    @strawberry.field(description="CNY.")
    def gift_revenue(self) -> Decimal:
        return self.totals.gift_revenue

    @strawberry.field(description="CNY.")
    def gmv(self) -> Decimal:
        return self.totals.gmv

    @strawberry.field
    def orders(self) -> int:
        return self.totals.orders

    @strawberry.field
    def interactions(self) -> int:
        return self.totals.interactions

    @strawberry.field
    def gift_revenue_per_viewer_hour(self) -> Decimal | None:
        return self.totals.per_viewer_hour(self.totals.gift_revenue)

    @strawberry.field
    def gmv_per_viewer_hour(self) -> Decimal | None:
        return self.totals.per_viewer_hour(self.totals.gmv)

    @strawberry.field
    def interactions_per_viewer_hour(self) -> Decimal | None:
        return self.totals.per_viewer_hour(self.totals.interactions)


def summary_of(totals: Totals | None, start: date, end: date) -> TrafficSummary:
    return TrafficSummary(totals=totals or Totals(), from_=start, to=end)
