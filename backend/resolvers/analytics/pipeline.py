"""The attrition-risk pipeline's pieces: a design matrix, the candidate models, calibration and
the reading of a fitted linear model back into the columns people know.

Every model here is one sklearn Pipeline whose first step is the preprocessing (imputation,
scaling, encoding), so cross-validation fits all of it on the training folds only. The design
matrix is a 2-D object array: the numeric columns first (floats, NaN where missing), then the
categorical ones (strings, NaN where missing); the pipelines take the two counts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, OrdinalEncoder, StandardScaler

RANDOM_STATE = 0
FOLDS = 5
MISSING_LEVEL = "(missing)"
RARE_LEVEL = "infrequent_sklearn"  # sklearn's name for the pooled rare categories
MIN_CATEGORY_ROWS = 5


def design_matrix(numeric: list[list[float]], categorical: list[list[str | None]]) -> np.ndarray:
    """Columns (numeric first, then categorical) as the object array the pipelines take."""
    n = len(numeric[0]) if numeric else len(categorical[0]) if categorical else 0
    X = np.empty((n, len(numeric) + len(categorical)), dtype=object)
    for j, column in enumerate(numeric):
        X[:, j] = np.asarray(column, dtype=float)
    for j, column in enumerate(categorical, start=len(numeric)):
        X[:, j] = [np.nan if v is None else v for v in column]
    return X


def folds() -> StratifiedKFold:
    return StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=RANDOM_STATE)


def grouped_folds(y: np.ndarray, groups: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that keep each group (one person's rows) in one fold, so a model is never
    tested on someone it was trained on."""
    splitter = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=RANDOM_STATE)
    return list(splitter.split(np.zeros((len(y), 1)), y, groups))


def _as_float(X):
    return np.asarray(X, dtype=float)


def _numeric(n_numeric: int) -> list[int]:
    return list(range(n_numeric))


def _categorical(n_numeric: int, n_categorical: int) -> list[int]:
    return list(range(n_numeric, n_numeric + n_categorical))


def linear_preprocessor(n_numeric: int, n_categorical: int) -> ColumnTransformer:
    """Median-imputed numbers with a missing flag, standardised; categories one-hot (the second
    of two values only; rare ones pooled; unseen ones as the pool or nothing)."""
    numbers = Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True)), ("scale", StandardScaler())])
    categories = Pipeline([
        ("impute", SimpleImputer(strategy="constant", fill_value=MISSING_LEVEL)),
        ("onehot", OneHotEncoder(drop="if_binary", handle_unknown="infrequent_if_exist",
                                 min_frequency=MIN_CATEGORY_ROWS, sparse_output=False)),
    ])
    return ColumnTransformer([("num", Pipeline([("float", FunctionTransformer(_as_float)), ("rest", numbers)]),
                               _numeric(n_numeric)),
                              ("cat", categories, _categorical(n_numeric, n_categorical))])


def linear_model(n_numeric: int, n_categorical: int, *, C: float = 1.0, balanced: bool = False) -> Pipeline:
    """L2-regularised logistic regression on the linear preprocessing."""
    return Pipeline([
        ("prep", linear_preprocessor(n_numeric, n_categorical)),
        ("model", LogisticRegression(C=C, class_weight="balanced" if balanced else None, max_iter=5000,
                                     random_state=RANDOM_STATE)),
    ])


def boosting_model(n_numeric: int, n_categorical: int) -> Pipeline:
    """Histogram gradient boosting: numbers as they are (it handles NaN), categories as codes
    it splits on natively."""
    codes = Pipeline([
        ("impute", SimpleImputer(strategy="constant", fill_value=MISSING_LEVEL)),
        ("ordinal", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, max_categories=200,
                                   dtype=float)),
    ])
    prep = ColumnTransformer([("num", FunctionTransformer(_as_float), _numeric(n_numeric)),
                              ("cat", codes, _categorical(n_numeric, n_categorical))])
    is_category = [False] * n_numeric + [True] * n_categorical
    return Pipeline([
        ("prep", prep),
        ("model", HistGradientBoostingClassifier(
            learning_rate=0.1, max_iter=100, max_leaf_nodes=15, min_samples_leaf=20, l2_regularization=1.0,
            categorical_features=is_category if n_categorical else None, early_stopping=False,
            random_state=RANDOM_STATE)),
    ])


def candidates(n_numeric: int, n_categorical: int) -> dict[str, Pipeline]:
    """The models the evaluation chooses among, by name."""
    return {
        "logistic regression (L2, C=1)": linear_model(n_numeric, n_categorical, C=1.0),
        "logistic regression (L2, C=1, balanced)": linear_model(n_numeric, n_categorical, C=1.0, balanced=True),
        "logistic regression (L2, C=0.1)": linear_model(n_numeric, n_categorical, C=0.1),
        "logistic regression (L2, C=0.1, balanced)": linear_model(n_numeric, n_categorical, C=0.1, balanced=True),
        "gradient boosting (HistGradientBoosting)": boosting_model(n_numeric, n_categorical),
    }


def is_linear(model: Pipeline) -> bool:
    return isinstance(model.named_steps["model"], LogisticRegression)


def calibrated(model: Pipeline, y: np.ndarray, groups: np.ndarray | None = None) -> CalibratedClassifierCV:
    """Sigmoid calibration over stratified folds (sigmoid, not isotonic: a few hundred positives
    are too few for a step function). Class weights shift probabilities; this puts them back.
    With `groups`, the folds keep each group together (see `grouped_folds`)."""
    if groups is not None:
        return CalibratedClassifierCV(model, method="sigmoid", cv=grouped_folds(y, groups))
    splits = min(FOLDS, int(min(np.sum(y), np.sum(1 - y))))
    return CalibratedClassifierCV(model, method="sigmoid",
                                  cv=StratifiedKFold(n_splits=splits, shuffle=True, random_state=RANDOM_STATE))


@dataclass
class Term:
    """One input of a fitted linear model, in the file's words."""

    column: str
    level: str | None  # the category, for one-hot terms
    kind: str  # "number", "missing" (the missing flag of a number), "category", "rare" (pooled rare categories)
    weight: float  # log-odds per standard deviation of the term (numbers are standardised already)
    binary_other: str | None = None  # for a two-valued category: the value it is compared with

    def words(self) -> str:
        effect = "raises" if self.weight > 0 else "lowers"
        if self.kind == "number":
            return f"higher {self.column} {effect} the risk"
        if self.kind == "missing":
            return f"a missing {self.column} {effect} the risk"
        if self.kind == "rare":
            return f"a rare value of {self.column} {effect} the risk"
        if self.binary_other is not None:
            return f"{self.column} = {self.level} {effect} the risk (compared with {self.binary_other})"
        return f"{self.column} = {self.level} {effect} the risk"


def linear_terms(model: Pipeline, X: np.ndarray, numeric: list[str], categorical: list[str]) -> list[Term]:
    """The fitted logistic model's coefficients mapped back to the original columns and values,
    strongest first. Weights are per standard deviation of each term on X (the data it was
    fitted on), so a rare category does not outrank a common one by being rare."""
    prep: ColumnTransformer = model.named_steps["prep"]
    coefficients = model.named_steps["model"].coef_[0]
    spread = np.asarray(prep.transform(X), dtype=float).std(axis=0)
    terms: list[Term] = []
    if numeric:
        imputer: SimpleImputer = prep.named_transformers_["num"].named_steps["rest"].named_steps["impute"]
        for name in imputer.get_feature_names_out([f"\x00{i}" for i in range(len(numeric))]):
            flag = name.startswith("missingindicator_")
            index = int(name.removeprefix("missingindicator_")[1:])
            terms.append(Term(numeric[index], None, "missing" if flag else "number", 0.0))
    if categorical:
        encoder: OneHotEncoder = prep.named_transformers_["cat"].named_steps["onehot"]
        for name in encoder.get_feature_names_out([f"\x00{i}" for i in range(len(categorical))]):
            index_text, level = name[1:].split("_", 1)
            index = int(index_text)
            levels = [str(c) for c in encoder.categories_[index]]
            other = None
            if encoder.drop_idx_ is not None and encoder.drop_idx_[index] is not None and len(levels) == 2:
                other = levels[int(encoder.drop_idx_[index])]
            rare = level == RARE_LEVEL and level not in levels
            terms.append(Term(categorical[index], None if rare else level, "rare" if rare else "category", 0.0, other))
    if len(terms) != len(coefficients):  # the mapping above mirrors sklearn's layout; never guess
        raise RuntimeError(f"{len(terms)} terms for {len(coefficients)} coefficients")
    for term, coefficient, sd in zip(terms, coefficients, spread):
        term.weight = float(coefficient * sd)
    return sorted(terms, key=lambda t: -abs(t.weight))


def numeric_contributions(model: Pipeline, X: np.ndarray, n_numeric: int) -> np.ndarray:
    """Per row and numeric column of a fitted logistic model without categories: coefficient x
    standardised value, the value's term and its missing flag's term added up (log-odds against
    the training mean; positive raises the risk)."""
    prep: ColumnTransformer = model.named_steps["prep"]
    coefficients = model.named_steps["model"].coef_[0]
    Z = np.asarray(prep.transform(X), dtype=float) * coefficients
    imputer: SimpleImputer = prep.named_transformers_["num"].named_steps["rest"].named_steps["impute"]
    out = np.zeros((X.shape[0], n_numeric))
    for k, name in enumerate(imputer.get_feature_names_out([f"\x00{i}" for i in range(n_numeric)])):
        out[:, int(name.removeprefix("missingindicator_")[1:])] += Z[:, k]
    return out
