"""`hrgraph analytics evaluate`: how well the attrition-risk pipeline predicts a label in any
tabular HR export, and what drives it.

`evaluate_file` reads the file (see `tabular`), keeps one of each duplicated row (unless the
table is so narrow that different people repeat each other's rows), drops what a
model must not learn from (constant columns, identifiers, free text, columns excluded by hand),
refuses columns that leak the label (alone near-perfect, or holding a value that only ever comes
with one outcome: things recorded after the fact, like an exit interview), then scores each
candidate of `pipeline.candidates` by stratified 5-fold cross-validated ROC AUC. All
preprocessing sits inside the pipelines, so nothing is fitted on a test fold; every random
choice has a fixed seed, so the same file gives the same numbers. The best candidate is refitted
on all rows with sigmoid calibration; its drivers are read from the standardised coefficients
(logistic regression) or from permutation importance on the held-out folds (boosting).

The result is an `EvaluationReport`; `EvaluationReport.lines()` is what the command prints, its
last line `roc_auc=<mean cross-validated AUC, 4 decimals>` of the chosen candidate (the best of
five on the same folds, so a little optimistic: expect new data to score a hair lower).
"""

from __future__ import annotations

import math
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from backend.resolvers.analytics import tabular
from backend.resolvers.analytics.tabular import Profile, TableError

Progress = Callable[[str, int, int], None]

MIN_ROWS = 30
MIN_PER_CLASS = 10  # two of each class in every test fold
LEAK_AUC = 0.97
LEAK_SHARE = 0.25  # a pure value must hold at least this share of its class...
LEAK_EXPECTED = 5.0  # ...and at least this many rows of the other class were expected in it by chance
TOP_DRIVERS = 8
PERMUTATION_REPEATS = 3


class EvaluationError(ValueError):
    """The file cannot be evaluated; the message says why (the command exits 2)."""


@dataclass
class ColumnNote:
    column: str
    reason: str


@dataclass
class CandidateScore:
    name: str
    aucs: list[float]

    @property
    def mean(self) -> float:
        return float(np.mean(self.aucs))

    @property
    def std(self) -> float:
        return float(np.std(self.aucs))


@dataclass
class Driver:
    column: str
    words: str
    strength: float  # logistic: log-odds per standard deviation; boosting: mean AUC lost when shuffled


@dataclass
class EvaluationReport:
    path: str
    source: str  # encoding, delimiter, line ends
    label: str
    positive: str
    rows: int
    positives: int
    duplicates: int  # rows repeating an earlier one
    duplicates_removed: bool  # one of each kept (or all kept: a narrow table where people look alike)
    numeric: list[str]
    categorical: list[str]
    dropped: list[ColumnNote]
    refused: list[ColumnNote]
    notes: list[str]
    candidates: list[CandidateScore]
    chosen: str
    roc_auc: float
    drivers_method: str
    drivers: list[Driver]
    brier: float  # out-of-fold, calibrated
    brier_uncalibrated: float  # out-of-fold, the chosen model as cross-validated
    brier_baseline: float  # always predicting the base rate
    mean_predicted: float
    model: object = field(default=None, repr=False, compare=False)  # the calibrated pipeline fitted on every row

    def _duplicates(self) -> str:
        if not self.duplicates:
            return "none"
        if self.duplicates_removed:
            return f"{self.duplicates} repeated rows removed (one of each kept)"
        return (f"{self.duplicates} rows repeat another row exactly; all kept, since with so few columns "
                "different employees can look alike")

    def lines(self) -> list[str]:
        share = self.positives / self.rows
        out = [f"file: {self.path} ({self.source})",
               f"rows: {self.rows} ({self.positives} with {self.label} = {self.positive}, {share:.1%})",
               "duplicates: " + self._duplicates()]
        out += [f"note: {note}" for note in self.notes]
        used = self.numeric + self.categorical
        out.append(f"columns used: {len(used)} ({len(self.numeric)} numeric, {len(self.categorical)} categorical)")
        if self.numeric:
            out.append(f"  numeric: {', '.join(self.numeric)}")
        if self.categorical:
            out.append(f"  categorical: {', '.join(self.categorical)}")
        out.append(f"columns dropped: {len(self.dropped) + len(self.refused)}")
        out += [f"  {note.column}: {note.reason}" for note in self.dropped]
        out += [f"  {note.column}: refused, leaks the label" for note in self.refused]
        out += [f"warning: refused column {note.column!r}: {note.reason}; a column this telling is usually "
                "recorded after the outcome or derived from it, so it is excluded from the model" for note in self.refused]
        out.append("candidates (stratified 5-fold cross-validated ROC AUC, mean ± sd):")
        width = max(len(c.name) for c in self.candidates)
        out += [f"  {c.name:<{width}}  {c.mean:.4f} ± {c.std:.4f}" for c in self.candidates]
        out.append(f"chosen: {self.chosen} (calibrated with sigmoid CalibratedClassifierCV for the final fit)")
        out.append(f"top drivers ({self.drivers_method}):")
        unit = "AUC lost" if self.drivers_method.startswith("permutation") else "weight"
        out += [f"  {i}. {d.words} ({unit} {d.strength:+.3f})" for i, d in enumerate(self.drivers, start=1)]
        if not self.drivers:
            out.append("  none: no column moves the prediction")
        out.append(f"calibration (out-of-fold): Brier score {self.brier:.4f} calibrated, {self.brier_uncalibrated:.4f} "
                   f"before calibration, {self.brier_baseline:.4f} always predicting {share:.1%}; mean predicted risk "
                   f"{self.mean_predicted:.1%} vs {share:.1%} observed")
        out.append(f"roc_auc={self.roc_auc:.4f}")
        return out


class TerminalProgress:
    """The evaluation's progress as one updating line on stderr, only when stderr is a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.width = 0

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.tty:
            line = f"  {what}: {done}/{total}"
            self.stream.write("\r" + line.ljust(self.width))
            self.stream.flush()
            self.width = len(line)

    def clear(self) -> None:
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _columns_hint(columns: Iterable[str]) -> str:
    return ", ".join(columns)


def _match_positive(values: Counter[str], positive: str) -> str | None:
    wanted = positive.strip()
    if wanted in values:
        return wanted
    number = tabular.parse_number(wanted)
    if number is not None:
        same = [v for v in values if tabular.parse_number(v) == number]
        if len(same) == 1:
            return same[0]
    folded = [v for v in values if v.casefold() == wanted.casefold()]
    return folded[0] if len(folded) == 1 else None


def _describe_value(value) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, float):
        return f"the value {int(value) if value.is_integer() else value}"
    return f"the value {value!r}"


def _codes(column: Profile) -> np.ndarray:
    """Each row's value as a small integer for the single-column leak check: categories as they
    are, numbers in up to 20 quantile bins, missing as a code of its own."""
    if column.kind == "numeric":
        values = np.asarray(column.numbers, dtype=float)
        present = ~np.isnan(values)
        bins = max(2, min(20, column.count // 30))
        if column.distinct <= bins:
            _, codes = np.unique(np.where(present, values, np.inf), return_inverse=True)
            return codes
        edges = np.unique(np.quantile(values[present], np.linspace(0, 1, bins + 1)[1:-1]))
        return np.where(present, np.searchsorted(edges, np.where(present, values, 0.0), side="right"), len(edges) + 1)
    index: dict = {}
    return np.asarray([index.setdefault(v, len(index)) for v in column.values])


def single_column_auc(column: Profile, y: np.ndarray, splits: list[tuple[np.ndarray, np.ndarray]]) -> float:
    """Cross-validated ROC AUC of the column alone: each value's (smoothed) positive rate learned
    on the training folds scores the test fold. For numbers, also the AUC of the raw order."""
    from sklearn.metrics import roc_auc_score

    codes = _codes(column)
    k = int(codes.max()) + 1
    aucs = []
    for train, test in splits:
        prior = y[train].mean()
        positives = np.bincount(codes[train], weights=y[train], minlength=k)
        counts = np.bincount(codes[train], minlength=k)
        rate = (positives + 2 * prior) / (counts + 2)
        aucs.append(roc_auc_score(y[test], rate[codes[test]]))
    best = float(np.mean(aucs))
    if column.kind == "numeric":
        values = np.asarray(column.numbers, dtype=float)
        present = ~np.isnan(values)
        if present.sum() >= 0.9 * len(values) and 0 < y[present].sum() < present.sum():
            order = roc_auc_score(y[present], values[present])
            best = max(best, order, 1 - order)
    return best


def leak_reason(column: Profile, y: np.ndarray, splits, label: str, positive: str) -> str | None:
    """Why the column gives the label away, or None."""
    n, P = len(y), int(y.sum())
    N = n - P
    tally: dict = {}
    for key, outcome in zip(column.keys(), y):
        tally.setdefault(key, [0, 0])[int(outcome)] += 1
    auc = single_column_auc(column, y, splits)
    if auc >= LEAK_AUC:
        return f"alone it predicts {label} almost perfectly (cross-validated ROC AUC {auc:.3f})"
    for key, (neg, pos) in sorted(tally.items(), key=lambda kv: -sum(kv[1])):
        total = neg + pos
        if neg == 0 and pos >= LEAK_SHARE * P and total * N / n >= LEAK_EXPECTED:
            return (f"{_describe_value(key)} occurs only with {label} = {positive} "
                    f"({pos} of {P} positives, no other row)")
        if pos == 0 and neg >= LEAK_SHARE * N and total * P / n >= LEAK_EXPECTED:
            return (f"{_describe_value(key)} never occurs with {label} = {positive} "
                    f"({neg} of {N} other rows, no positive)")
    return None


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:.3g}"


def _numeric_words(name: str, values: np.ndarray, risk: np.ndarray) -> str:
    """How the predicted risk moves along a number: up or down, or highest in a range."""
    from scipy.stats import spearmanr

    present = ~np.isnan(values)
    values, risk = values[present], risk[present]
    edges = np.unique(np.quantile(values, [0.2, 0.4, 0.6, 0.8])) if len(values) else np.array([])
    bins = np.searchsorted(edges, values, side="right")
    means = [float(risk[bins == b].mean()) for b in range(len(edges) + 1) if np.any(bins == b)]
    if len(means) < 2 or max(means) - min(means) < 1e-9:
        return f"{name} matters"
    trend = spearmanr(np.arange(len(means)), means).statistic
    if np.isfinite(trend) and abs(trend) >= 0.9:
        return f"higher {name} {'raises' if trend > 0 else 'lowers'} the risk"
    top = int(np.argmax(means))
    low = values[bins == top].min()
    high = values[bins == top].max()
    return f"{name}: risk is highest between {_number(low)} and {_number(high)} ({means[top]:.0%} predicted)"


def _boosting_drivers(models, splits, X, y, oof, columns: list[Profile]) -> list[Driver]:
    from sklearn.inspection import permutation_importance

    drops = np.zeros(X.shape[1])
    for model, (_, test) in zip(models, splits):
        found = permutation_importance(model, X[test], y[test], scoring="roc_auc", n_repeats=PERMUTATION_REPEATS,
                                       random_state=0, n_jobs=1)
        drops += found.importances_mean / len(models)
    drivers = []
    for j in np.argsort(-drops, kind="stable")[:TOP_DRIVERS]:
        if drops[j] < 0.001:  # shuffling it costs nothing: no driver
            break
        column = columns[j]
        if column.kind == "numeric":
            words = _numeric_words(column.name, np.asarray(column.numbers, dtype=float), oof)
        else:
            risk: dict[str, list[float]] = {}
            for value, p in zip(column.values, oof):
                risk.setdefault("(missing)" if value is None else value, []).append(p)
            common = {v: float(np.mean(ps)) for v, ps in risk.items() if len(ps) >= 5} or {
                v: float(np.mean(ps)) for v, ps in risk.items()}
            high, low = max(common, key=common.get), min(common, key=common.get)
            words = (f"{column.name}: risk is highest for {high} ({common[high]:.0%} predicted) "
                     f"and lowest for {low} ({common[low]:.0%})")
        drivers.append(Driver(column.name, words, float(drops[j])))
    return drivers


def _without_duplicates(rows: list[list[str]]) -> tuple[list[list[str]], int, bool]:
    """(rows, how many repeat an earlier row, whether the repeats were removed).

    A repeated row is an export mistake when the columns allow so many combinations that even
    one chance coincidence among all pairs of rows is unlikely (n² / 2 below the number of
    combinations); then one of each is kept. A narrow table (a few coded columns) repeats rows
    because different people look alike, and removing them would throw data away."""
    unique = list({tuple(row): row for row in rows}.values())
    duplicates = len(rows) - len(unique)
    if not duplicates:
        return rows, 0, False
    combinations = sum(math.log(len({row[i] for row in rows})) for i in range(len(rows[0])))
    if math.log(len(rows) * (len(rows) - 1) / 2) < combinations:
        return unique, duplicates, True
    return rows, duplicates, False


def evaluate_file(path: str, label: str, positive: str, exclude: Iterable[str] = (),
                  progress: Progress | None = None) -> EvaluationReport:
    """Reads, cleans, screens and cross-validates; raises EvaluationError for a file or label
    that cannot be evaluated."""
    try:
        table = tabular.read_table(path)
    except TableError as exc:
        raise EvaluationError(str(exc)) from None
    notes = list(table.notes)
    label = label.strip()
    if label not in table.columns:
        close = [c for c in table.columns if c.casefold() == label.casefold()]
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise EvaluationError(f"no label column {label!r}{hint}; the columns are: {_columns_hint(table.columns)}")
    excluded = [c.strip() for c in exclude if c.strip()]
    unknown = [c for c in excluded if c not in table.columns]
    if unknown:
        raise EvaluationError(f"--exclude names no such column: {', '.join(unknown)}; "
                              f"the columns are: {_columns_hint(table.columns)}")
    if label in excluded:
        raise EvaluationError(f"--exclude names the label column {label!r}")

    li = table.columns.index(label)
    rows = [r for r in table.rows if not tabular.is_missing(r[li])]
    if len(rows) < len(table.rows):
        notes.append(f"{len(table.rows) - len(rows)} rows without a {label} value skipped")
    values = Counter(r[li] for r in rows)
    matched = _match_positive(values, positive)
    if matched is None:
        found = ", ".join(f"{v} ({n})" for v, n in values.most_common(20)) or "none"
        more = f" and {len(values) - 20} more" if len(values) > 20 else ""
        raise EvaluationError(f"{label} has no value {positive!r}; values found: {found}{more}")
    if matched != positive:
        notes.append(f"--positive {positive!r} taken as {label} = {matched!r}")
    rows, duplicates, removed = _without_duplicates(rows)
    y = np.asarray([r[li] == matched for r in rows], dtype=int)
    positives, negatives = int(y.sum()), int(len(y) - y.sum())
    if len(rows) < MIN_ROWS:
        raise EvaluationError(f"too few rows to cross-validate: {len(rows)} (after removing duplicates and rows "
                              f"without a label); at least {MIN_ROWS} are needed")
    if positives < MIN_PER_CLASS:
        raise EvaluationError(f"too few positives to cross-validate: {positives} rows with {label} = {matched}; "
                              f"at least {MIN_PER_CLASS} are needed for 5-fold cross-validation")
    if negatives < MIN_PER_CLASS:
        raise EvaluationError(f"too few rows other than {label} = {matched} to cross-validate: {negatives}; "
                              f"at least {MIN_PER_CLASS} are needed")

    from sklearn.base import clone
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.model_selection import cross_val_predict
    from threadpoolctl import threadpool_limits

    from backend.resolvers.analytics import pipeline

    X_index = np.zeros((len(y), 1))
    splits = list(pipeline.folds().split(X_index, y))
    dropped: list[ColumnNote] = []
    refused: list[ColumnNote] = []
    kept: list[Profile] = []
    for ci, name in enumerate(table.columns):
        if ci == li:
            continue
        if name in excluded:
            dropped.append(ColumnNote(name, "excluded (--exclude)"))
            continue
        cells = [r[ci] for r in rows]
        column = tabular.profile(name, cells, tabular.uses_decimal_comma(cells, table.delimiter))
        reason = tabular.constant_reason(column) or tabular.id_reason(column) or tabular.free_text_reason(column)
        if reason:
            dropped.append(ColumnNote(name, reason))
            continue
        leak = leak_reason(column, y, splits, label, matched)
        if leak:
            refused.append(ColumnNote(name, leak))
            continue
        kept.append(column)
    if not kept:
        raise EvaluationError("no usable columns left after dropping: " + "; ".join(
            f"{n.column} ({n.reason})" for n in dropped + refused))
    numeric = [c for c in kept if c.kind == "numeric"]
    categorical = [c for c in kept if c.kind == "categorical"]
    columns = numeric + categorical
    X = pipeline.design_matrix([c.numbers for c in numeric], [c.values for c in categorical])

    models = pipeline.candidates(len(numeric), len(categorical))
    total = len(models) * len(splits) + len(splits) + 2
    done = 0

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(what, done, total)

    scores: list[CandidateScore] = []
    fitted: dict[str, list] = {}
    oof: dict[str, np.ndarray] = {}
    # One thread each for BLAS and OpenMP: on small tables threads buy nothing, and on a busy
    # machine they oversubscribe the cores and slow everything down many times over.
    with warnings.catch_warnings(), threadpool_limits(limits=1):
        warnings.simplefilter("ignore", UserWarning)  # "unknown categories" in a test fold: handled by design
        for name, template in models.items():
            aucs, fold_models, predicted = [], [], np.zeros(len(y))
            for train, test in splits:
                model = clone(template).fit(X[train], y[train])
                predicted[test] = model.predict_proba(X[test])[:, 1]
                aucs.append(float(roc_auc_score(y[test], predicted[test])))
                fold_models.append(model)
                step(f"cross-validating {name}")
            scores.append(CandidateScore(name, aucs))
            fitted[name], oof[name] = fold_models, predicted
        best = max(scores, key=lambda s: round(s.mean, 6))  # ties go to the first (simpler) candidate
        chosen = models[best.name]

        calibrated_oof = cross_val_predict(pipeline.calibrated(chosen, y), X, y, cv=pipeline.folds(),
                                           method="predict_proba")[:, 1]
        for _ in splits:
            step("calibrating out of fold")
        final = pipeline.calibrated(chosen, y).fit(X, y)
        step("fitting the final model")

        if pipeline.is_linear(chosen):
            full = clone(chosen).fit(X, y)
            terms = [t for t in pipeline.linear_terms(full, X, [c.name for c in numeric], [c.name for c in categorical])
                     if abs(t.weight) >= 0.005][:TOP_DRIVERS]
            drivers = [Driver(t.column, t.words(), t.weight) for t in terms]
            method = "logistic regression, standardised coefficients: log-odds per standard deviation, others held fixed"
        else:
            drivers = _boosting_drivers(fitted[best.name], splits, X, y, oof[best.name], columns)
            method = "permutation importance on the held-out folds: ROC AUC lost when the column is shuffled"
        step("reading the drivers")

    base = positives / len(y)
    return EvaluationReport(
        path=str(path), source=table.describe(), label=label, positive=matched, rows=len(y), positives=positives,
        duplicates=duplicates, duplicates_removed=removed, numeric=[c.name for c in numeric], categorical=[c.name for c in categorical],
        dropped=dropped, refused=refused, notes=notes, candidates=scores, chosen=best.name, roc_auc=best.mean,
        drivers_method=method, drivers=drivers,
        brier=float(brier_score_loss(y, calibrated_oof)),
        brier_uncalibrated=float(brier_score_loss(y, oof[best.name])),
        brier_baseline=float(brier_score_loss(y, np.full(len(y), base))),
        mean_predicted=float(np.mean(calibrated_oof)), model=final)


def parse_exclude(values: Iterable[str] | None) -> list[str]:
    """`--exclude A,B --exclude C` as [A, B, C]."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]

