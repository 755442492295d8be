"""Attrition risk as a product feature: train on the system's own history, score everyone, alert.

Training examples are monthly snapshots: on the 1st of each month of the history, everyone then
employed, with their features as they were (see `features`: only data dated before the 1st),
labelled 1 when they left voluntarily (a LEFT event with voluntary = true) within the following
six months. A snapshot followed by an involuntary exit (or an exit of unknown kind) within six
months is left out rather than counted as a stay: we cannot know whether they would have quit.
Only snapshots whose six months have passed are used. Large histories are sampled uniformly to
at most `MAX_ROWS` snapshots, so training stays well under a minute on two cores.

The candidates are `pipeline`'s L2 logistic regression and gradient boosting, compared by
5-fold cross-validated ROC AUC with folds grouped by employee (one person's snapshots never sit
on both sides). The better one is refitted with sigmoid calibration (CalibratedClassifierCV, on
the same grouped folds). The calibration table of the card comes from the out-of-fold
predictions of the chosen candidate, each fold's mapped through a sigmoid fitted on the other
folds' predictions: what the calibrated model would have said about people it had not seen.

Scoring gives every current employee (no exit date) a probability of leaving voluntarily in the
next six months, a band (high from the alert threshold, medium from half of it) and the three
features that push their risk up the most, in plain words. One ATTRITION_RISK alert is raised
when a score goes over the threshold (`HRGRAPH_RISK_ALERT_THRESHOLD`), and not again while it
stays over; dropping below and crossing again is a new crossing.
"""

from __future__ import annotations

import asyncio
import io
import logging
import math
import pickle
import random
import time
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Callable

import numpy as np
from tortoise import Tortoise
from tortoise.expressions import Subquery

from backend import db
from backend.auth import Viewer
from backend.models.alerts import AlertKind, Severity
from backend.models.analytics import RiskBand, RiskModel, RiskScore
from backend.resolvers.alerts import raise_alert
from backend.resolvers.analytics import features as F
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate
from backend.settings import get_settings

log = logging.getLogger("hrgraph.analytics")
Progress = Callable[[str, int, int], None]

HORIZON_MONTHS = 6
HISTORY_MONTHS = 24  # snapshots at most this far back (the span a live-stream history usually has)
MAX_ROWS = 20_000
MIN_COVERAGE = 0.10  # a feature known in fewer training snapshots than this is left out (and said so)
MIN_POSITIVE_PEOPLE = 8
LINEAR = "logistic regression (L2, C=1)"
BOOSTING = "gradient boosting (HistGradientBoosting)"
TOP_DRIVERS = 3
CALIBRATION_BINS = 10
# A driver must push the risk up at least this much to be named: log-odds (linear), probability (boosting).
MIN_PUSH = {True: 0.1, False: 0.005}


class TrainingError(ValueError):
    """Not enough history to train on; the message says what is missing."""


@dataclass
class Snapshots:
    X: np.ndarray  # float, NaN where unknown, columns in features.NAMES order
    y: np.ndarray
    groups: np.ndarray  # employee ids
    dates: list[date]
    available: int  # before sampling


def snapshot_dates(today: date, hired: list[date]) -> list[date]:
    """1sts of months whose six months ahead have passed, from the first hire on (at most HISTORY_MONTHS back)."""
    last = F.add_months(today.replace(day=1), -HORIZON_MONTHS)
    while F.add_months(last, HORIZON_MONTHS) > today:
        last = F.add_months(last, -1)
    first = max(F.add_months(min(hired), 1) if hired else last, F.add_months(last, -HISTORY_MONTHS + 1))
    return [F.month_start(m) for m in range(F.month_index(first), F.month_index(last) + 1)]


def label(p: F.Person, as_of: date) -> int | None:
    """1: left voluntarily within the horizon; 0: stayed; None: left otherwise (left out)."""
    end = F.add_months(as_of, HORIZON_MONTHS)
    if p.left_on is None or p.left_on >= end:
        return 0
    return 1 if p.voluntary is True else None


def build_snapshots(history: F.History, today: date, *, max_rows: int = MAX_ROWS, seed: int = 0) -> Snapshots:
    dates = snapshot_dates(today, [p.hired_on for p in history.people.values()])
    candidates = [(p, d) for d in dates for p in history.people.values() if p.employed(d)]
    rows = [(p, d, y) for p, d in candidates if (y := label(p, d)) is not None]
    available = len(rows)
    if len(rows) > max_rows:
        rows = random.Random(seed).sample(rows, max_rows)
        rows.sort(key=lambda r: (r[1], r[0].id))
    X = np.asarray([F.features(history, p, d) for p, d, _ in rows], dtype=float).reshape(len(rows), len(F.NAMES))
    return Snapshots(X=X, y=np.asarray([y for *_, y in rows], dtype=int),
                     groups=np.asarray([p.id for p, _, _ in rows]), dates=dates, available=available)


def _usable(X: np.ndarray) -> tuple[list[int], dict[str, str]]:
    """Columns known often enough and not constant; why the others are left out."""
    used, dropped = [], {}
    for j, name in enumerate(F.NAMES):
        column = X[:, j]
        known = ~np.isnan(column)
        share = known.mean() if len(column) else 0.0
        if share < MIN_COVERAGE:
            dropped[name] = f"known in only {share:.0%} of the training snapshots (too little history yet)"
        elif np.unique(column[known]).size < 2:
            dropped[name] = f"the same in every training snapshot ({column[known][0]:g}): nothing to learn from"
        else:
            used.append(j)
    return used, dropped


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p)).reshape(-1, 1)


def cross_fitted_calibration(oof: np.ndarray, y: np.ndarray, splits) -> np.ndarray:
    """Each fold's out-of-fold predictions through a sigmoid fitted on the other folds'."""
    from sklearn.linear_model import LogisticRegression

    out = np.zeros(len(y))
    for train, test in splits:
        sigmoid = LogisticRegression(C=1e6, max_iter=1000).fit(_logit(oof[train]), y[train])
        out[test] = sigmoid.predict_proba(_logit(oof[test]))[:, 1]
    return out


def calibration_table(predicted: np.ndarray, y: np.ndarray) -> list[dict]:
    """Quantile bins of the predicted risk: mean predicted, observed share, rows."""
    bins = max(2, min(CALIBRATION_BINS, len(y) // 50))
    edges = np.unique(np.quantile(predicted, np.linspace(0, 1, bins + 1)[1:-1]))
    index = np.searchsorted(edges, predicted, side="right")
    table = []
    for b in range(len(edges) + 1):
        inside = index == b
        if inside.any():
            table.append({"predicted": round(float(predicted[inside].mean()), 4),
                          "observed": round(float(y[inside].mean()), 4), "count": int(inside.sum())})
    return table


@dataclass
class Trained:
    card: dict
    estimator: dict  # {"model", "linear" (uncalibrated full fit, for drivers), "used", "medians"}


def fit(snapshots: Snapshots, progress: Progress | None = None) -> Trained:
    """Chooses, calibrates and describes the model (pure: no database)."""
    from sklearn.base import clone
    from sklearn.metrics import roc_auc_score
    from threadpoolctl import threadpool_limits

    from backend.resolvers.analytics import pipeline

    X_all, y, groups = snapshots.X, snapshots.y, snapshots.groups
    positives = int(y.sum())
    people = len(set(groups[y == 1].tolist()))
    if people < MIN_POSITIVE_PEOPLE or len(y) - positives < 50:
        raise TrainingError(f"too little history to train on: {positives} snapshots of {people} people who left "
                            f"voluntarily within {HORIZON_MONTHS} months (at least {MIN_POSITIVE_PEOPLE} people needed)")
    used, dropped = _usable(X_all)
    X = pipeline.design_matrix([X_all[:, j].tolist() for j in used], [])
    all_candidates = pipeline.candidates(len(used), 0)
    models = {name: all_candidates[name] for name in (LINEAR, BOOSTING)}
    splits = pipeline.grouped_folds(y, groups)
    total, done = len(models) * len(splits) + 2, 0

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(what, done, total)

    candidates, oof = [], {}
    with warnings.catch_warnings(), threadpool_limits(limits=1):
        warnings.simplefilter("ignore", UserWarning)
        for name, template in models.items():
            predicted, aucs = np.zeros(len(y)), []
            for train, test in splits:
                model = clone(template).fit(X[train], y[train])
                predicted[test] = model.predict_proba(X[test])[:, 1]
                aucs.append(float(roc_auc_score(y[test], predicted[test])))
                step(f"cross-validating {name}")
            candidates.append({"name": name, "rocAuc": round(float(np.mean(aucs)), 4),
                               "rocAucStd": round(float(np.std(aucs)), 4)})
            oof[name] = predicted
        best = max(candidates, key=lambda c: c["rocAuc"])["name"]  # ties: the first, simpler one
        final = pipeline.calibrated(clone(models[best]), y, groups).fit(X, y)
        step("fitting the calibrated model")
        linear = clone(models[best]).fit(X, y) if best == LINEAR else None
        step("reading the drivers")
    calibrated_oof = cross_fitted_calibration(oof[best], y, splits)
    medians = np.nanmedian(X_all[:, used], axis=0)
    card = {
        "trainedAt": datetime.now(timezone.utc).isoformat(),
        "label": (f"left voluntarily (LEFT event with voluntary = true) within {HORIZON_MONTHS} months of a monthly "
                  "snapshot; snapshots followed by an involuntary exit in that time are left out"),
        "snapshots": {"first": snapshots.dates[0].isoformat(), "last": snapshots.dates[-1].isoformat(),
                      "count": len(snapshots.dates), "available": snapshots.available, "sampled": len(y)},
        "rows": len(y), "positives": positives, "positivePeople": people,
        "features": [F.NAMES[j] for j in used],
        "featureDescriptions": {F.NAMES[j]: F.FEATURES[F.NAMES[j]] for j in used},
        "unavailableFeatures": {**F.UNAVAILABLE, **dropped},
        "chosenModel": best, "candidates": candidates,
        "cv": "5 folds stratified by label and grouped by employee",
        "calibration": calibration_table(calibrated_oof, y),
        "driversMethod": ("coefficient x standardised value (log-odds against the average snapshot)" if linear is not None
                          else "one feature at a time set to the training median: how much the probability falls"),
    }
    estimator = {"model": final, "linear": linear, "used": [F.NAMES[j] for j in used], "medians": medians.tolist()}
    return Trained(card=card, estimator=estimator)


async def train(*, today: date, progress: Progress | None = None, max_rows: int = MAX_ROWS) -> RiskModel:
    """Trains on the database's history and stores the model; raises TrainingError."""
    started = time.perf_counter()
    history = await F.load_history(since=F.add_months(today.replace(day=1), -HISTORY_MONTHS - 7))
    # CPU-bound: in a thread, so the app's event loop keeps serving while the scheduler trains.
    snapshots = await asyncio.to_thread(build_snapshots, history, today, max_rows=max_rows)
    trained = await asyncio.to_thread(fit, snapshots, progress)
    trained.card["seconds"] = round(time.perf_counter() - started, 1)
    buffer = io.BytesIO()
    pickle.dump(trained.estimator, buffer, protocol=pickle.HIGHEST_PROTOCOL)
    return await RiskModel.create(trained_at=datetime.now(timezone.utc), chosen_model=trained.card["chosenModel"],
                                  rows=trained.card["rows"], positives=trained.card["positives"], card=trained.card,
                                  estimator=buffer.getvalue())


def card_lines(card: dict) -> list[str]:
    """The model card as the `hrgraph analytics train` command prints it."""
    snaps = card["snapshots"]
    out = [f"label: {card['label']}",
           f"snapshots: {snaps['count']} months {snaps['first']} .. {snaps['last']}; {card['rows']} rows "
           f"({snaps['available']} available), {card['positives']} positive ({card['positivePeople']} people)",
           f"features: {', '.join(card['features'])}", "unavailable:"]
    out += [f"  {name}: {reason}" for name, reason in card["unavailableFeatures"].items()]
    out.append(f"candidates ({card['cv']}, ROC AUC):")
    out += [f"  {c['name']}: {c['rocAuc']:.4f} ± {c['rocAucStd']:.4f}" for c in card["candidates"]]
    out.append(f"chosen: {card['chosenModel']} (sigmoid-calibrated); drivers: {card['driversMethod']}")
    out.append("calibration (out of fold): predicted / observed (rows)")
    out += [f"  {b['predicted']:.3f} / {b['observed']:.3f} ({b['count']})" for b in card["calibration"]]
    out.append(f"trained in {card.get('seconds', 0)} s")
    return out


async def latest_model() -> RiskModel | None:
    return await RiskModel.all().order_by("-trained_at", "-id").first()


# Plain words for a feature's value: what a manager would say.
def _percent(value: float) -> str:
    return f"{abs(value):.0%}"


def _change(what: str, value: float, window: str = "over 3 months") -> str:
    if abs(value) < 0.005:
        return f"{what} flat {window}"
    return f"{what} {'down' if value < 0 else 'up'} {_percent(value)} {window}"


def driver_text(name: str, value: float) -> str:
    if math.isnan(value):
        return {"pay_vs_position_median": "pay not on record", "contract_ends_soon": "no contract in force on record",
                "review_score": "no closed review yet", "review_score_change": "fewer than two closed reviews",
                "income_trend": "no six months of payslips yet", "raise_12m": "pay history not on record",
                "trainings_12m": "no training records for the last 12 months",
                "late_3m": "no attendance summaries for the last 3 months",
                "lateness_trend": "no six months of attendance summaries yet",
                "overtime_trend": "no six months of overtime on record",
                "leave_days_12m": "no leave records for the last 12 months",
                "leave_days_trend": "no six months of leave records yet"}.get(
            name, f"no {name.replace('_', ' ')} on record")
    if name == "tenure_months":
        months = round(value)
        return f"{months} month{'s' if months != 1 else ''} since hire"
    if name == "is_host":
        return "a live-stream host" if value else "a staff role (not a host)"
    if name == "pay_vs_position_median":
        if abs(value) < 0.005:
            return "pay at the position median"
        return f"pay {_percent(value)} {'below' if value < 0 else 'above'} the position median"
    if name == "raise_12m":
        return "no raise in the last 12 months" if abs(value) < 0.005 else (
            f"pay {'raised' if value > 0 else 'cut'} {_percent(value)} in the last 12 months")
    if name == "transfers_12m":
        return f"{value:.0f} transfer{'s' if value != 1 else ''} in the last 12 months"
    if name == "promotions_12m":
        return "no promotion in the last 12 months" if value == 0 else f"{value:.0f} promotion(s) in the last 12 months"
    if name == "contract_ends_soon":
        return f"contract ends within {F.CONTRACT_SOON_DAYS} days" if value else f"contract runs beyond {F.CONTRACT_SOON_DAYS} days"
    if name == "review_score":
        return f"recent review score {value:.0f}"
    if name == "review_score_change":
        return f"latest review score {'down' if value < 0 else 'up'} {abs(value):.0f} points on the previous three"
    if name == "traffic_revenue_trend":
        return _change("traffic (gift revenue + GMV)", value)
    if name == "traffic_minutes_trend":
        return _change("live minutes", value)
    if name == "traffic_followers_trend":
        return _change("new followers", value)
    if name == "income_trend":
        return _change("income", value)
    if name == "trainings_12m":
        return "no training in the last 12 months" if value == 0 else (
            f"{value:.0f} training{'s' if value != 1 else ''} completed in the last 12 months")
    if name == "late_3m":
        return f"late {value:.0f} time{'s' if round(value) != 1 else ''} in the last 3 months"
    if name == "lateness_trend":
        return _change("late arrivals", value)
    if name == "overtime_trend":
        return _change("overtime", value)
    if name == "leave_days_12m":
        return f"{value:g} day{'s' if value != 1 else ''} of leave in the last 12 months"
    if name == "leave_days_trend":
        return _change("leave days", value)
    return f"{name} = {value:g}"


def contributions(estimator: dict, X: np.ndarray) -> np.ndarray:
    """How much each feature pushes each row's risk up (positive) or down.

    Logistic regression: coefficient x standardised value (log-odds against the average
    training snapshot), the exact additive decomposition of the model's score.
    Gradient boosting has no such decomposition; we use an honest simple one: for each feature
    on its own, replace the person's value with the training median (everything else as it is)
    and take how much the calibrated probability falls. It ignores interactions (the parts need
    not add up to the score), but it only ever names a feature whose value, for this person,
    really moves their predicted probability up compared with a typical value."""
    if estimator.get("linear") is not None:
        from backend.resolvers.analytics import pipeline

        return pipeline.numeric_contributions(estimator["linear"], X, X.shape[1])
    model, medians = estimator["model"], estimator["medians"]
    base = model.predict_proba(X)[:, 1]
    out = np.zeros(X.shape, dtype=float)
    for j, median in enumerate(medians):
        typical = X.copy()
        typical[:, j] = median
        out[:, j] = base - model.predict_proba(typical)[:, 1]
    return out


def band_of(score: float, threshold: float) -> RiskBand:
    if score >= threshold:
        return RiskBand.HIGH
    return RiskBand.MEDIUM if score >= threshold / 2 else RiskBand.LOW


def drivers_of(names: list[str], values: np.ndarray, pushes: np.ndarray, linear: bool) -> list[dict]:
    order = [j for j in np.argsort(-pushes, kind="stable") if pushes[j] > MIN_PUSH[linear]][:TOP_DRIVERS]
    return [{"feature": names[j], "text": driver_text(names[j], float(values[j]))} for j in order]


async def score(*, today: date, model: RiskModel | None = None, progress: Progress | None = None) -> dict:
    """Scores every current employee with the latest model; raises the alerts of new crossings."""
    from threadpoolctl import threadpool_limits

    model = model or await latest_model()
    if model is None:
        raise TrainingError("no attrition-risk model yet: train one first (hrgraph analytics train)")
    estimator = pickle.loads(model.estimator)
    names = estimator["used"]
    columns = [F.NAMES.index(n) for n in names]
    history = await F.load_history(since=F.add_months(today.replace(day=1), -13))
    as_of = today + timedelta(days=1)
    people = [p for p in history.people.values() if p.left_on is None and p.hired_on <= today]
    if not people:
        return {"scored": 0, "alerts": 0, "above": 0}

    def compute():
        X = np.asarray([F.features(history, p, as_of) for p in people], dtype=float)[:, columns]
        with warnings.catch_warnings(), threadpool_limits(limits=1):
            warnings.simplefilter("ignore", UserWarning)
            design = _design(X)
            return X, estimator["model"].predict_proba(design)[:, 1], contributions(estimator, design)

    X, scores, pushes = await asyncio.to_thread(compute)
    if progress:
        progress("scoring", len(people), len(people))
    return await _store(model, people, names, X, scores, pushes, linear=estimator.get("linear") is not None)


def _design(X: np.ndarray) -> np.ndarray:
    from backend.resolvers.analytics import pipeline

    return pipeline.design_matrix([X[:, j].tolist() for j in range(X.shape[1])], [])


async def _store(model: RiskModel, people: list[F.Person], names: list[str], X: np.ndarray, scores: np.ndarray,
                 pushes: np.ndarray, *, linear: bool) -> dict:
    threshold = get_settings().risk_alert_threshold
    stamp = datetime.now(timezone.utc)
    before = {e: (above, n) for e, above, n in await RiskScore.all().values_list("employee_id", "above", "crossings")}
    rows, crossed = [], []
    for i, p in enumerate(people):
        value = float(scores[i])
        above, crossings = value >= threshold, before.get(p.id, (False, 0))[1]
        if above and not before.get(p.id, (False, 0))[0]:
            crossings += 1
            crossed.append(i)
        rows.append(RiskScore(employee_id=p.id, model_id=model.id, score=round(value, 4), band=band_of(value, threshold),
                              drivers=drivers_of(names, X[i], pushes[i], linear), scored_at=stamp, above=above,
                              crossings=crossings))
    columns = ("employee_id", "model_id", "score", "band", "drivers", "scored_at", "above", "crossings")
    conn = Tortoise.get_connection("default")
    fields = [RiskScore._meta.fields_map[c] for c in columns]
    for start in range(0, len(rows), 2000):
        values = [tuple(f.to_db_value(getattr(r, c), r) for f, c in zip(fields, columns)) for r in rows[start:start + 2000]]
        await db.upsert_rows(conn, RiskScore, columns, values, conflict=("employee_id",))
    await RiskScore.filter(scored_at__lt=stamp).delete()  # people who left since the last scoring
    raised = 0
    for i in crossed:
        raised += await _alert(people[i], rows[i], model)
    return {"scored": len(rows), "above": sum(r.above for r in rows), "alerts": raised}


async def _alert(p: F.Person, row: RiskScore, model: RiskModel) -> int:
    why = "; ".join(d["text"] for d in row.drivers) or "no single driver stands out"
    _, created = await raise_alert(
        kind=AlertKind.ATTRITION_RISK, severity=Severity.WARNING,
        message=f"{p.name} ({p.employee_no}): {row.score:.0%} risk of leaving within {HORIZON_MONTHS} months ({why})",
        dedup_key=f"attrition_risk:{p.id}:{row.crossings}", employee_id=p.id, team_id=p.team_id,
        subject_type="employee", subject_id=p.id,
        data={"score": row.score, "drivers": row.drivers, "model_id": model.id, "crossing": row.crossings})
    return int(created)


async def rescore(*, today: date, retrain_days: int = 7, progress: Progress | None = None) -> dict:
    """The scheduled job: retrains when there is no model or it is older than `retrain_days`, then scores."""
    model = await latest_model()
    trained = False
    if model is None or model.trained_at < datetime.now(timezone.utc) - timedelta(days=retrain_days):
        try:
            model, trained = await train(today=today, progress=progress), True
        except TrainingError as exc:
            if model is None:
                return {"skipped": str(exc)}
            log.warning("retraining skipped, scoring with model %s: %s", model.id, exc)
    return {"trained": trained, "model": model.id, **await score(today=today, model=model, progress=progress)}


# Reads for the graph: row scope in SQL, as everywhere, and never one's own score (whatever the role).
def _scoped(viewer: Viewer):
    query = RiskScore.filter(employee_id__in=Subquery(scoped_employees(viewer).values("id")))
    return query.exclude(employee_id=viewer.employee_id) if viewer.employee_id else query


async def list_risks(*, viewer: Viewer, first: int, after: str | None, min_score: float | None = None,
                     team_id: int | None = None) -> Page[RiskScore]:
    query = _scoped(viewer)
    if min_score is not None:
        query = query.filter(score__gte=min_score)
    if team_id is not None:
        query = query.filter(employee__team_id=team_id)
    return await paginate(query.order_by("-score", "employee_id"), first=first, after=after)


async def risks_by_employee(viewer: Viewer, ids: list[int]) -> dict[int, RiskScore]:
    return {r.employee_id: r for r in await _scoped(viewer).filter(employee_id__in=ids)}
