"""Live-stream traffic: hosts' platform accounts and their minute-level metric samples."""

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
    host = fields.ForeignKeyField("models.Employee", related_name="platform_accounts", on_delete=fields.RESTRICT)
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
