"""Settings from the environment (and a `.env` file), read once per process.

Names and defaults are part of the public contract (see docs/ and contract.md).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv

VAR_DIR = Path(os.environ.get("HRGRAPH_VAR_DIR", "var"))


class SettingsError(RuntimeError):
    """A setting is missing or wrong; the message says which and how to fix it."""


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from exc


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from exc


def _env_share(name: str, default: float) -> float:
    value = _env_float(name, default)
    if not 0 <= value <= 1:
        raise SettingsError(f"{name} is a share between 0 and 1 (0.5 = 50 %), got {value}")
    return value


def _local_secret_key() -> str:
    """A per-checkout key for development, generated once into var/."""
    path = VAR_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    secret_key: str
    event_bus: str
    timezone: str
    access_token_minutes: int = 15
    refresh_token_days: int = 14
    max_body_bytes: int = 1_000_000
    max_bulk_bytes: int = 200_000_000  # NDJSON backfills
    max_query_depth: int = 12
    max_query_tokens: int = 5_000
    max_aliases: int = 30
    max_query_cost: int = 20_000
    max_page_size: int = 100
    alert_poll_seconds: float = 5.0
    webhook_backoff_seconds: float = 10.0
    ws_init_timeout_seconds: float = 10.0
    ws_max_subscriptions: int = 20
    frontend_dist: Path = field(default_factory=lambda: Path("frontend/dist"))
    # Traffic: a day counts as an effective streaming day from this many hours live; the
    # anomaly rules' thresholds; how often the in-app scheduler scans (0 turns it off).
    traffic_effective_day_hours: float = 2.0
    traffic_surge_days: int = 7
    traffic_surge_baseline_days: int = 28
    traffic_surge_viewer_growth: float = 1.0  # +100 %
    traffic_surge_flat_tolerance: float = 0.25
    traffic_follower_decline_days: int = 5
    traffic_team_decline_months: int = 3
    traffic_inactive_days: int = 7
    traffic_scan_minutes: float = 60.0
    # Contracts: the employer named in documents; how far ahead the expiry scan looks, how often it runs.
    company_name: str = "演示直播经纪有限公司 Demo MCN Co., Ltd."
    contract_expiry_days: int = 30
    contract_scan_minutes: float = 360.0
    # Attrition risk: the score that raises an ATTRITION_RISK alert; how often the scheduler rescores
    # (0 turns it off) and after how many days it trains a new model first.
    risk_alert_threshold: float = 0.5
    risk_score_hours: float = 24.0
    risk_retrain_days: int = 7
    # Automation: how often the scheduler runs every enabled rule (0 turns it off; runs are idempotent).
    automation_run_hours: float = 24.0
    # Efficiency: where finance entered no revenue, the agency's revenue is derived from traffic as
    # its share of the gift revenue (what the platform pays out to the agency, before host
    # commissions) plus its commission on live-commerce GMV.
    revenue_gift_share: float = 0.5
    revenue_gmv_commission: float = 0.2

    @property
    def is_production(self) -> bool:
        return self.env == "production"


def load_settings() -> Settings:
    load_dotenv(override=False)
    env = os.environ.get("HRGRAPH_ENV", "development")
    if env not in ("development", "production", "test"):
        raise SettingsError(f"HRGRAPH_ENV must be development, production or test, got {env!r}")
    secret = os.environ.get("HRGRAPH_SECRET_KEY", "")
    if not secret:
        if env == "production":
            raise SettingsError("HRGRAPH_SECRET_KEY is required when HRGRAPH_ENV=production")
        secret = _local_secret_key()
    if len(secret) < 32:
        raise SettingsError("HRGRAPH_SECRET_KEY must be at least 32 characters")
    bus = os.environ.get("HRGRAPH_EVENT_BUS", "memory")
    if bus not in ("memory", "postgres"):
        raise SettingsError(f"HRGRAPH_EVENT_BUS must be memory or postgres, got {bus!r}")
    return Settings(
        env=env,
        database_url=os.environ.get("HRGRAPH_DATABASE_URL", f"sqlite://{VAR_DIR}/hrgraph.sqlite3"),
        secret_key=secret,
        event_bus=bus,
        timezone=os.environ.get("HRGRAPH_TIMEZONE", "Asia/Shanghai"),
        access_token_minutes=_env_int("HRGRAPH_ACCESS_TOKEN_MINUTES", 15),
        refresh_token_days=_env_int("HRGRAPH_REFRESH_TOKEN_DAYS", 14),
        max_body_bytes=_env_int("HRGRAPH_MAX_BODY_BYTES", 1_000_000),
        max_query_cost=_env_int("HRGRAPH_MAX_QUERY_COST", 20_000),
        frontend_dist=Path(os.environ.get("HRGRAPH_FRONTEND_DIST", "frontend/dist")),
        alert_poll_seconds=_env_float("HRGRAPH_ALERT_POLL_SECONDS", 5),
        webhook_backoff_seconds=_env_float("HRGRAPH_WEBHOOK_BACKOFF_SECONDS", 10),
        ws_init_timeout_seconds=_env_float("HRGRAPH_WS_INIT_TIMEOUT_SECONDS", 10),
        ws_max_subscriptions=_env_int("HRGRAPH_WS_MAX_SUBSCRIPTIONS", 20),
        traffic_effective_day_hours=_env_float("HRGRAPH_TRAFFIC_EFFECTIVE_DAY_HOURS", 2.0),
        traffic_surge_days=_env_int("HRGRAPH_TRAFFIC_SURGE_DAYS", 7),
        traffic_surge_baseline_days=_env_int("HRGRAPH_TRAFFIC_SURGE_BASELINE_DAYS", 28),
        traffic_surge_viewer_growth=_env_float("HRGRAPH_TRAFFIC_SURGE_VIEWER_GROWTH", 1.0),
        traffic_surge_flat_tolerance=_env_float("HRGRAPH_TRAFFIC_SURGE_FLAT_TOLERANCE", 0.25),
        traffic_follower_decline_days=_env_int("HRGRAPH_TRAFFIC_FOLLOWER_DECLINE_DAYS", 5),
        traffic_team_decline_months=_env_int("HRGRAPH_TRAFFIC_TEAM_DECLINE_MONTHS", 3),
        traffic_inactive_days=_env_int("HRGRAPH_TRAFFIC_INACTIVE_DAYS", 7),
        traffic_scan_minutes=_env_float("HRGRAPH_TRAFFIC_SCAN_MINUTES", 60.0),
        company_name=os.environ.get("HRGRAPH_COMPANY_NAME", "演示直播经纪有限公司 Demo MCN Co., Ltd."),
        contract_expiry_days=_env_int("HRGRAPH_CONTRACT_EXPIRY_DAYS", 30),
        contract_scan_minutes=_env_float("HRGRAPH_CONTRACT_SCAN_MINUTES", 360.0),
        risk_alert_threshold=_env_float("HRGRAPH_RISK_ALERT_THRESHOLD", 0.5),
        risk_score_hours=_env_float("HRGRAPH_RISK_SCORE_HOURS", 24.0),
        risk_retrain_days=_env_int("HRGRAPH_RISK_RETRAIN_DAYS", 7),
        automation_run_hours=_env_float("HRGRAPH_AUTOMATION_RUN_HOURS", 24.0),
        revenue_gift_share=_env_share("HRGRAPH_REVENUE_GIFT_SHARE", 0.5),
        revenue_gmv_commission=_env_share("HRGRAPH_REVENUE_GMV_COMMISSION", 0.2),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
