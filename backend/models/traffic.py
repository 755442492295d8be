"""Live-stream traffic: hosts' platform accounts, their minute-level metric samples, the live
sessions built from them, and the daily rollups every series, summary and rule reads.

Samples are the truth; sessions and daily rows are derived (`resolvers/traffic/rollups.py`)
and can be rebuilt from them at any time. Money is CNY with two decimals.
"""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class Platform(str, Enum):
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    TAOBAO_LIVE = "taobao_live"
    BILIBILI = "bilibili"
    WECHAT_CHANNELS = "wechat_channels"
    XIAOHONGSHU = "xiaohongshu"
    TIKTOK = "tiktok"
    TWITCH = "twitch"


class PlatformAccount(Model):
    id = fields.IntField(primary_key=True)
    # None for a scouted account that is not (yet) one of our hosts, e.g. an imported channel.
    host = fields.ForeignKeyField("models.Employee", related_name="platform_accounts", null=True,
                                  on_delete=fields.RESTRICT)
    platform = fields.CharEnumField(Platform, max_length=20)
    handle = fields.CharField(max_length=100)
    external_id = fields.CharField(max_length=100)
    # The partner (the platform's own integration) allowed to push this account's data.
    partner_client = fields.ForeignKeyField("models.PartnerClient", related_name="platform_accounts", null=True,
                                            on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "platform_accounts"
        unique_together = (("platform", "external_id"),)


class MetricSample(Model):
    """One minute of an account's live numbers; (account, at) is the natural key, so a re-sent
    sample changes nothing and a corrected one replaces its values."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.PlatformAccount", related_name="samples", on_delete=fields.CASCADE)
    at = fields.DatetimeField()
    online_viewers = fields.IntField()
    followers = fields.IntField()  # cumulative
    gift_revenue = fields.DecimalField(max_digits=14, decimal_places=2)  # CNY
    gmv = fields.DecimalField(max_digits=14, decimal_places=2)  # CNY
    orders = fields.IntField()
    interactions = fields.IntField()

    class Meta:
        table = "metric_samples"
        unique_together = (("account", "at"),)


class LiveSession(Model):
    """One broadcast: a run of an account's samples with no gap over the session gap (10 minutes)."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.PlatformAccount", related_name="sessions", on_delete=fields.CASCADE)
    started_at = fields.DatetimeField()
    ended_at = fields.DatetimeField()  # the end of its last sampled minute
    day = fields.DateField()  # the company-time-zone day it started on; a night stream counts to its evening
    minutes = fields.IntField()  # sampled minutes
    peak_viewers = fields.IntField()
    avg_viewers = fields.IntField()
    viewer_minutes = fields.BigIntField()
    new_followers = fields.IntField()  # can be negative: people unfollow
    followers_end = fields.IntField()
    gift_revenue = fields.DecimalField(max_digits=14, decimal_places=2)
    gmv = fields.DecimalField(max_digits=14, decimal_places=2)
    orders = fields.IntField()
    interactions = fields.IntField()

    class Meta:
        table = "live_sessions"
        unique_together = (("account", "started_at"),)
        indexes = (("account_id", "day"),)


class TrafficDay(Model):
    """An account's day (company time zone), summed over the sessions that started on it.
    Host and team are those of the account's host when the day was rolled up, so a host who
    moves teams keeps their history with the team they streamed for."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.PlatformAccount", related_name="days", on_delete=fields.CASCADE)
    day = fields.DateField()
    host_id = fields.IntField(null=True)
    team_id = fields.IntField(null=True)
    department_id = fields.IntField(null=True)
    sessions = fields.IntField()
    live_minutes = fields.IntField()
    peak_viewers = fields.IntField()
    viewer_minutes = fields.BigIntField()
    new_followers = fields.IntField()
    followers_end = fields.IntField()
    gift_revenue = fields.DecimalField(max_digits=14, decimal_places=2)
    gmv = fields.DecimalField(max_digits=14, decimal_places=2)
    orders = fields.IntField()
    interactions = fields.IntField()

    class Meta:
        table = "traffic_days"
        unique_together = (("account", "day"),)
        indexes = (("host_id", "day"), ("team_id", "day"), ("day",))


class TeamTrafficDay(Model):
    """A team's day: its hosts' account days summed. `hosts` counts hosts who streamed;
    `effective_days` those who streamed at least the effective-day hours (a setting)."""

    id = fields.BigIntField(primary_key=True)
    team_id = fields.IntField()
    department_id = fields.IntField(null=True)
    day = fields.DateField()
    hosts = fields.IntField()
    effective_days = fields.IntField()
    live_minutes = fields.IntField()
    peak_viewers = fields.IntField()
    viewer_minutes = fields.BigIntField()
    new_followers = fields.IntField()
    gift_revenue = fields.DecimalField(max_digits=16, decimal_places=2)
    gmv = fields.DecimalField(max_digits=16, decimal_places=2)
    orders = fields.IntField()
    interactions = fields.IntField()

    class Meta:
        table = "team_traffic_days"
        unique_together = (("team_id", "day"),)
        indexes = (("department_id", "day"),)


class TrafficPeriod(Model):
    """What an outside source reports for an account over a period, kept as reported (e.g. the
    yearly totals of a public ranking). Not mixed into daily rollups: its granularity is its own."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.PlatformAccount", related_name="periods", on_delete=fields.CASCADE)
    source = fields.CharField(max_length=60)
    starts_on = fields.DateField()
    ends_on = fields.DateField()
    watch_minutes = fields.BigIntField()
    stream_minutes = fields.IntField()
    peak_viewers = fields.IntField()
    avg_viewers = fields.IntField()
    followers = fields.IntField()
    followers_gained = fields.IntField()  # negative in the source for a few channels, kept as is
    views_gained = fields.BigIntField()
    language = fields.CharField(max_length=40, null=True)
    partnered = fields.BooleanField(null=True)
    mature = fields.BooleanField(null=True)

    class Meta:
        table = "traffic_periods"
        unique_together = (("account", "source", "starts_on"),)
