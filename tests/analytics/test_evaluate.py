"""`hrgraph analytics evaluate`: the attrition-risk pipeline cross-validated on any tabular HR export."""

import csv
import io
import random
import re
from pathlib import Path

import pytest

from backend.resolvers.analytics.evaluate import EvaluationError, TerminalProgress, evaluate_file
from tests.ops.test_cli import hrgraph

IBM = Path(__file__).resolve().parents[3] / "shared" / "data" / "ibm_hr_attrition.csv"
LAST_LINE = re.compile(r"roc_auc=(\d\.\d{4})")


def evaluate(*args: str):
    return hrgraph("analytics", "evaluate", *args)


def auc_of(stdout: str) -> float:
    last = stdout.rstrip("\n").splitlines()[-1]
    match = LAST_LINE.fullmatch(last)
    assert match, f"last line is {last!r}"
    return float(match.group(1))


def export(path: Path, header: list[str], rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",",
           newline: str = "\n") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows([header, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def staff(n: int = 240, seed: int = 5) -> tuple[list[str], list[list]]:
    """A plausible small HR export: an ID, a constant, a few honest signals, nothing too telling."""
    rng = random.Random(seed)
    header = ["EmployeeID", "Company", "Age", "Department", "OverTime", "Satisfaction", "Left"]
    rows = []
    for i in range(n):
        age, overtime, satisfaction = rng.randint(20, 60), rng.random() < 0.3, rng.randint(1, 4)
        risk = 0.08 + 0.25 * overtime + 0.06 * (4 - satisfaction) + (0.1 if age < 30 else 0.0)
        rows.append([f"E{i:04d}", "Acme", age, rng.choice(["Sales", "R&D", "Live ops"]),
                     "Yes" if overtime else "No", satisfaction, "Yes" if rng.random() < risk else "No"])
    return header, rows


@pytest.fixture(scope="module")
def ibm_run():
    run = evaluate("--csv", str(IBM), "--label", "Attrition", "--positive", "Yes")
    assert run.returncode == 0, run.stderr
    return run


def test_the_ibm_export_reaches_the_published_leak_free_auc_through_the_command(ibm_run):
    # Given the public IBM file (UTF-8 with BOM, CRLF), when a user evaluates it as documented,
    assert auc_of(ibm_run.stdout) >= 0.82
    # then the report names the data, the candidates, the choice, the drivers and the calibration,
    out = ibm_run.stdout
    assert "UTF-8 with BOM, comma-separated, CRLF" in out
    assert "rows: 1470 (237 with Attrition = Yes, 16.1%)" in out
    assert "chosen: logistic regression" in out
    for candidate in ("logistic regression (L2, C=1) ", "balanced", "gradient boosting (HistGradientBoosting)"):
        assert candidate in out
    assert re.search(r"gradient boosting \(HistGradientBoosting\)\s+0\.\d{4} ± 0\.\d{4}", out)
    assert "OverTime = Yes raises the risk" in out
    assert re.search(r"Brier score 0\.\d{4} calibrated", out)
    # and nothing is printed on stderr when it is not a terminal.
    assert ibm_run.stderr == ""


def test_constant_and_id_columns_are_dropped_with_a_note(ibm_run):
    lines = ibm_run.stdout.splitlines()
    assert "  EmployeeCount: constant (always 1)" in lines
    assert "  Over18: constant (always 'Y')" in lines
    assert "  StandardHours: constant (always 80)" in lines
    assert any(line.startswith("  EmployeeNumber: ID-like") for line in lines)
    used = next(line for line in lines if line.startswith("  numeric: "))
    assert "EmployeeNumber" not in used and "MonthlyIncome" in used


def test_the_same_file_gives_the_same_numbers_every_time(ibm_run):
    again = evaluate_file(str(IBM), "Attrition", "Yes")
    assert f"roc_auc={again.roc_auc:.4f}" == ibm_run.stdout.splitlines()[-1]
    assert "\n".join(again.lines()) + "\n" == ibm_run.stdout


def test_columns_that_leak_the_label_are_refused_by_name_and_the_auc_stays_honest(tmp_path, ibm_run):
    # Given the IBM file with a copy of the label and an exit-interview flag only leavers have,
    rng = random.Random(1)
    with IBM.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    label = header.index("Attrition")
    leaky = export(tmp_path / "leaky.csv", [*header, "AttritionCopy", "exit_interview_done"],
                   [[*r, r[label], "yes" if r[label] == "Yes" and rng.random() < 0.8 else "no"] for r in rows])
    # when it is evaluated,
    run = evaluate("--csv", str(leaky), "--label", "Attrition", "--positive", "Yes")
    assert run.returncode == 0, run.stderr
    # then both columns are refused by name with a warning, and the AUC is the clean file's.
    warnings = [line for line in run.stdout.splitlines() if line.startswith("warning: refused column")]
    assert len(warnings) == 2
    assert "'AttritionCopy'" in warnings[0] and "almost perfectly" in warnings[0]
    assert "'exit_interview_done'" in warnings[1] and "the value 'yes' occurs only with Attrition = Yes" in warnings[1]
    assert auc_of(run.stdout) == auc_of(ibm_run.stdout) < 0.9


def test_exclude_drops_columns_by_hand(tmp_path):
    header, rows = staff()
    path = export(tmp_path / "staff.csv", header, rows)
    report = evaluate_file(str(path), "Left", "Yes", exclude=["Department", "Age"])
    assert [(n.column, n.reason) for n in report.dropped if "exclude" in n.reason] == [
        ("Age", "excluded (--exclude)"), ("Department", "excluded (--exclude)")]
    assert report.numeric == ["Satisfaction"] and report.categorical == ["OverTime"]
    run = evaluate("--csv", str(path), "--label", "Left", "--positive", "Yes", "--exclude", "Age,Nope")
    assert run.returncode == 2 and "--exclude names no such column: Nope; the columns are: EmployeeID" in run.stderr


def test_a_small_export_drops_its_id_and_constant_and_keeps_the_signal(tmp_path):
    header, rows = staff()
    report = evaluate_file(str(export(tmp_path / "staff.csv", header, rows)), "Left", "Yes")
    assert {n.column: n.reason for n in report.dropped} == {
        "EmployeeID": "ID-like (named like an identifier and nearly unique per row)",
        "Company": "constant (always 'Acme')"}
    assert report.numeric == ["Age", "Satisfaction"] and report.categorical == ["Department", "OverTime"]
    assert report.refused == [] and 0.6 < report.roc_auc < 0.95
    assert report.model.predict_proba  # the calibrated pipeline, fitted on every row, for reuse


def test_duplicate_rows_are_reported_and_one_of_each_kept(tmp_path):
    header, rows = staff()
    path = export(tmp_path / "twice.csv", header, rows + rows[:7] + rows[:2])
    report = evaluate_file(str(path), "Left", "Yes")
    assert (report.duplicates, report.duplicates_removed, report.rows) == (9, True, 240)
    assert "duplicates: 9 repeated rows removed (one of each kept)" in report.lines()


def test_a_narrow_table_reports_repeated_rows_but_keeps_them_as_people_who_look_alike(tmp_path):
    header, rows = staff()
    narrow = [[r[4], r[5], r[6]] for r in rows]  # OverTime, Satisfaction, Left: 16 combinations for 240 people
    report = evaluate_file(str(export(tmp_path / "narrow.csv", header[4:], narrow)), "Left", "Yes")
    assert report.rows == 240 and report.duplicates > 200 and not report.duplicates_removed
    assert any(line.startswith("duplicates: ") and "all kept" in line for line in report.lines())


def test_a_gbk_semicolon_export_with_crlf_and_decimal_commas_reads(tmp_path):
    # Given a Chinese Excel export: GBK, semicolons, CRLF, decimal commas, quoted fields,
    rng = random.Random(7)
    header = ["工号", "年龄", "部门", "是否加班", "月收入", "是否离职"]
    rows = []
    for i in range(150):
        overtime = rng.random() < 0.35
        income = rng.randint(4000, 20000) + rng.randint(0, 9) / 10
        left = rng.random() < (0.45 if overtime else 0.12) + (0.1 if income < 8000 else 0)
        rows.append([f"{1000 + i}", rng.randint(20, 50), rng.choice(["直播运营", "主播; 签约", "人事"]),
                     "是" if overtime else "否", f"{income:.1f}".replace(".", ","), "是" if left else "否"])
    path = export(tmp_path / "离职.csv", header, rows, encoding="gbk", delimiter=";", newline="\r\n")
    # when it is evaluated through the command,
    run = evaluate("--csv", str(path), "--label", "是否离职", "--positive", "是")
    # then it is read as it was written: the ID dropped, the income a number, the quoted department one value.
    assert run.returncode == 0, run.stderr
    assert "(GBK/GB18030, semicolon-separated, CRLF)" in run.stdout
    assert "  numeric: 年龄, 月收入" in run.stdout and "  categorical: 部门, 是否加班" in run.stdout
    assert "  工号: ID-like" in run.stdout
    assert 0.5 < auc_of(run.stdout) <= 1.0


def test_utf8_without_bom_with_tabs_and_quoted_newlines_reads(tmp_path):
    header, rows = staff()
    header = [*header, "Comment"]
    rows = [[*r, 'said "fine",\nthen left' if i % 50 == 0 else ""] for i, r in enumerate(rows)]
    report = evaluate_file(str(export(tmp_path / "staff.tsv", header, rows, delimiter="\t")), "Left", "Yes")
    assert report.source == "UTF-8, tab-separated, LF" and report.rows == 240
    assert "Comment" in report.categorical


def test_a_nonlinear_signal_picks_boosting_and_explains_it_by_permutation(tmp_path):
    rng = random.Random(3)
    rows = []
    for _ in range(400):
        age, shift = rng.randint(18, 65), rng.choice(["day", "night", "evening"])
        risk = (0.6 if 30 <= age <= 40 else 0.08) + (0.15 if shift == "night" else 0.0)
        rows.append([age, shift, rng.choice("ABCDEF"), "Y" if rng.random() < risk else "N"])
    report = evaluate_file(str(export(tmp_path / "hosts.csv", ["Age", "Shift", "Team", "Left"], rows)), "Left", "Y")
    assert report.chosen == "gradient boosting (HistGradientBoosting)"
    assert report.drivers_method.startswith("permutation importance on the held-out folds")
    assert report.drivers[0].column == "Age" and "risk is highest between" in report.drivers[0].words


def test_a_missing_label_column_exits_2_and_lists_the_columns(tmp_path):
    header, rows = staff()
    run = evaluate("--csv", str(export(tmp_path / "staff.csv", header, rows)), "--label", "left", "--positive", "Yes")
    assert run.returncode == 2 and run.stdout == ""
    assert ("no label column 'left' (did you mean 'Left'?); the columns are: EmployeeID, Company, Age, "
            "Department, OverTime, Satisfaction, Left") in run.stderr


def test_a_label_without_the_positive_value_exits_2_and_lists_the_values(tmp_path):
    header, rows = staff()
    run = evaluate("--csv", str(export(tmp_path / "staff.csv", header, rows)), "--label", "Left", "--positive", "Gone")
    assert run.returncode == 2
    assert re.search(r"Left has no value 'Gone'; values found: No \(\d+\), Yes \(\d+\)", run.stderr)


def test_too_few_rows_or_positives_exit_2(tmp_path):
    header, rows = staff()
    few = evaluate("--csv", str(export(tmp_path / "few.csv", header, rows[:20])), "--label", "Left", "--positive", "Yes")
    assert few.returncode == 2 and "too few rows to cross-validate: 20" in few.stderr
    rare = [[*r[:-1], "Yes" if i < 4 else "No"] for i, r in enumerate(rows)]
    run = evaluate("--csv", str(export(tmp_path / "rare.csv", header, rare)), "--label", "Left", "--positive", "Yes")
    assert run.returncode == 2 and "too few positives to cross-validate: 4 rows with Left = Yes" in run.stderr


def test_an_unreadable_file_exits_2_naming_the_problem(tmp_path):
    missing = evaluate("--csv", str(tmp_path / "nope.csv"), "--label", "Left", "--positive", "Yes")
    assert missing.returncode == 2 and "cannot be read: no such file" in missing.stderr
    workbook = tmp_path / "staff.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(200))
    excel = evaluate("--csv", str(workbook), "--label", "Left", "--positive", "Yes")
    assert excel.returncode == 2 and "is an Excel workbook, not a CSV" in excel.stderr
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(EvaluationError, match="is empty"):
        evaluate_file(str(tmp_path / "empty.csv"), "Left", "Yes")


def test_progress_goes_to_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = TerminalProgress(stream)
        progress("cross-validating", 3, 32)
        progress.clear()
    assert "cross-validating: 3/32" in terminal.getvalue() and terminal.getvalue().endswith("\r")
    assert pipe.getvalue() == ""
