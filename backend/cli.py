"""The `hrgraph` command."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
import uuid
from datetime import date

from backend.settings import SettingsError, get_settings


def _run(coro) -> int:
    return asyncio.run(coro) or 0


async def _migrate() -> int:
    from backend import db
    from backend.resolvers.accounts import ensure_built_in_roles

    applied = await db.apply_migrations()
    async with db.database():
        created = await ensure_built_in_roles()
    print(f"migrations applied: {', '.join(applied) if applied else 'none pending'}")
    if created:
        print(f"built-in roles created or given new permissions: {', '.join(created)}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    return _run(_migrate())


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    _run(_migrate())
    # No per-message deflate: alerts are small JSON, and compressing each copy for thousands
    # of sockets costs more CPU than the bytes it saves.
    uvicorn.run("backend.app:create_app", factory=True, host=args.host, port=args.port,
                workers=args.workers, proxy_headers=True, log_level="info", ws_per_message_deflate=False)
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from backend.seed import seed_demo

    if not args.demo:
        print("seed needs --demo (the only data set there is).", file=sys.stderr)
        return 2
    if get_settings().is_production:
        print("Refusing to seed demo data (with demo passwords) when HRGRAPH_ENV=production.", file=sys.stderr)
        return 2
    return _run(seed_demo(size=args.size, seed=args.seed, reset=args.reset, today=args.today, if_empty=args.if_empty))


async def _createuser(email: str, roles: list[str], password: str, employee_no: str | None) -> int:
    from backend import db
    from backend.errors import ValidationFailed
    from backend.models.employees import Employee
    from backend.resolvers.accounts import create_user

    async with db.database():
        employee_id = None
        if employee_no:
            employee = await Employee.get_or_none(employee_no=employee_no)
            if employee is None:
                print(f"No employee with number {employee_no}.", file=sys.stderr)
                return 1
            employee_id = employee.id
        try:
            user = await create_user(email=email, password=password, roles=roles, employee_id=employee_id)
        except ValidationFailed as failure:
            for error in failure.errors:
                print(f"{error.field}: {error.message}", file=sys.stderr)
            return 1
    print(f"created user {user.email} with roles {', '.join(roles)}")
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            print("The passwords differ.", file=sys.stderr)
            return 1
    return _run(_createuser(args.email, args.role, password, args.employee_no))


def cmd_export_schema(args: argparse.Namespace) -> int:
    from backend.graph.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0


def cmd_makemigrations(args: argparse.Namespace) -> int:
    from backend import schema_migrations

    if args.check:
        changed = schema_migrations.unmigrated()
        for dialect, written in changed.items():
            print(f"{dialect}: models have changes with no migration ({written})", file=sys.stderr)
        return 1 if changed else 0
    if not args.name:
        print("Give the migration a name, e.g. `hrgraph makemigrations add_contracts`.", file=sys.stderr)
        return 2
    for dialect, written in schema_migrations.make(args.name).items():
        print(f"{dialect}: {written or 'no changes'}")
    return 0


async def _raise_alert(kind: str, severity: str, message: str, employee_no: str | None, key: str | None) -> int:
    from backend import db
    from backend.models.alerts import AlertKind, Severity
    from backend.models.employees import Employee
    from backend.resolvers.alerts import raise_alert

    async with db.database():
        employee = None
        if employee_no:
            employee = await Employee.get_or_none(employee_no=employee_no)
            if employee is None:
                print(f"No employee with number {employee_no}.", file=sys.stderr)
                return 1
        alert, created = await raise_alert(
            kind=AlertKind(kind), severity=Severity(severity), message=message,
            dedup_key=key or f"manual:{uuid.uuid4().hex}", employee_id=employee.id if employee else None,
            team_id=employee.team_id if employee else None)
    print(f"alert {alert.id} {'raised' if created else 'already existed'}")
    return 0


def cmd_alerts_raise(args: argparse.Namespace) -> int:
    return _run(_raise_alert(args.kind, args.severity, args.message, args.employee_no, args.dedup_key))


async def _traffic_rollup(since: date) -> int:
    from backend import db
    from backend.resolvers.traffic.rollups import rebuild_since
    from backend.seed.context import Progress

    progress = Progress()
    async with db.database():
        counts = await rebuild_since(since, progress=progress.update)
    progress.done(f"rolled up {counts['accounts']} accounts' samples, {counts['days']} account days and "
                  f"{counts['team_days']} team days since {since}")
    return 0


def cmd_traffic_rollup(args: argparse.Namespace) -> int:
    return _run(_traffic_rollup(args.since))


async def _traffic_scan(today: date | None) -> int:
    from backend import db
    from backend.company_time import company_today
    from backend.resolvers.traffic import anomalies

    async with db.database():
        raised = await anomalies.scan(today or company_today())
    print("traffic anomalies raised: " + (", ".join(f"{rule} {n}" for rule, n in sorted(raised.items())) or "none new"))
    return 0


def cmd_traffic_scan(args: argparse.Namespace) -> int:
    return _run(_traffic_scan(args.today))


async def _import_twitch(path: str) -> int:
    from backend import db
    from backend.resolvers.traffic.twitch import TwitchImportError, import_twitch

    async with db.database():
        try:
            report = await import_twitch(path)
        except TwitchImportError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
    print(report.summary())
    for line in report.notes:
        print(f"  {line}")
    return 0


def cmd_traffic_import_twitch(args: argparse.Namespace) -> int:
    return _run(_import_twitch(args.file))


async def _payroll_run(month: date, team_id: int | None, department_id: int | None, lock: bool) -> int:
    from backend import db
    from backend.auth import SYSTEM
    from backend.errors import DomainError, ValidationFailed
    from backend.models.compensation import PayrollRun
    from backend.resolvers.compensation import payroll
    from backend.resolvers.compensation.rules import money
    from backend.seed.context import Progress

    progress = Progress()
    async with db.database():
        try:
            key = payroll.scope_key(department_id=department_id, team_id=team_id)
            existing = await PayrollRun.get_or_none(period_start=month, scope_key=key)
            report = lambda done, total: progress.update(f"payroll {month:%Y-%m}", done, total)  # noqa: E731
            if existing:
                run = await payroll.compute_run(viewer=SYSTEM, run_id=existing.id, progress=report)
            else:
                run = await payroll.create_run(viewer=SYSTEM, month=month, team_id=team_id, department_id=department_id,
                                               progress=report)
            if lock:
                run = await payroll.lock_run(viewer=SYSTEM, run_id=run.id)
        except (DomainError, ValidationFailed) as exc:
            print(f"payroll {month:%Y-%m}: {exc}", file=sys.stderr)
            return 1
    progress.done(f"payroll run {run.id} {run.period_start:%Y-%m} ({run.scope_key}) {run.status.value}: "
                  f"{run.payslip_count} payslips, gross {money(run.total_gross)}")
    return 0


def cmd_payroll_run(args: argparse.Namespace) -> int:
    return _run(_payroll_run(args.month, args.team_id, args.department_id, args.lock))


def _month(text: str) -> date:
    return date.fromisoformat(f"{text}-01" if len(text) == 7 else text).replace(day=1)


async def _contracts_scan(today: date | None, within: int | None) -> int:
    from backend import db
    from backend.resolvers.contracts import expiry
    from backend.company_time import company_today

    async with db.database():
        found = await expiry.scan(today or company_today(), within if within is not None else get_settings().contract_expiry_days)
    print(f"contract expiry scan: {found['expiring_alerts']} new expiring alerts, {found['expired']} contracts expired")
    return 0


def cmd_contracts_scan(args: argparse.Namespace) -> int:
    return _run(_contracts_scan(args.today, args.within_days))


async def _automation_run(rule_id: int | None, today: date | None, dry_run: bool) -> int:
    from backend import db
    from backend.resolvers.automation import runner
    from backend.company_time import company_today

    async with db.database():
        reports = await runner.run_enabled(today=today or company_today(), triggered_by="cli", rule_id=rule_id,
                                           dry_run=dry_run)
    if rule_id is not None and not reports:
        print(f"There is no automation rule {rule_id}.", file=sys.stderr)
        return 2
    for r in reports:
        if dry_run:
            print(f"rule {r.rule.id} {r.rule.name}: matched {r.matched}, would act {len(r.planned)}, skipped {r.skipped}")
        else:
            print(f"rule {r.rule.id} {r.rule.name}: matched {r.matched}, acted {r.acted}, skipped {r.skipped}, "
                  f"errors {len(r.errors)}")
        for line in r.errors:
            print(f"  error: {line}", file=sys.stderr)
    return 1 if any(r.errors for r in reports) else 0


def cmd_automation_run(args: argparse.Namespace) -> int:
    return _run(_automation_run(args.rule, args.today, args.dry_run))


def cmd_analytics_evaluate(args: argparse.Namespace) -> int:
    from backend.resolvers.analytics.evaluate import EvaluationError, TerminalProgress, evaluate_file, parse_exclude

    progress = TerminalProgress()
    try:
        report = evaluate_file(args.csv, args.label, args.positive, parse_exclude(args.exclude), progress=progress)
    except EvaluationError as exc:
        progress.clear()
        print(f"{args.csv}: {exc}", file=sys.stderr)
        return 2
    progress.clear()
    print("\n".join(report.lines()))
    return 0


async def _analytics_risk(train: bool, today: date | None) -> int:
    from backend import db
    from backend.resolvers.analytics import attrition
    from backend.company_time import company_today
    from backend.seed.context import Progress

    progress = Progress()
    today = today or company_today()
    async with db.database():
        try:
            model = await attrition.train(today=today, progress=progress.update) if train else None
            scored = await attrition.score(today=today, model=model, progress=progress.update)
        except attrition.TrainingError as exc:
            progress.done("")
            print(f"attrition risk: {exc}", file=sys.stderr)
            return 1
    if model is not None:
        print("\n".join(attrition.card_lines(model.card)))
    progress.done(f"attrition risk: {scored['scored']} employees scored, {scored['above']} at or above the alert "
                  f"threshold, {scored['alerts']} new alerts")
    return 0


def cmd_analytics_train(args: argparse.Namespace) -> int:
    return _run(_analytics_risk(True, args.today))


def cmd_analytics_score(args: argparse.Namespace) -> int:
    return _run(_analytics_risk(False, args.today))


async def _analytics_insights(today: date | None) -> int:
    from backend import db
    from backend.resolvers.analytics.cohorts import scan_cohorts
    from backend.company_time import company_today

    async with db.database():
        found = await scan_cohorts(today=today or company_today())
    print(f"voluntary attrition {found.as_of}..{found.until}: {found.population} person-half-years, {found.leavers} left")
    for insight in found.insights:
        print(f"- {insight.sentence} (p = {insight.p_value:.2g})")
    if not found.insights:
        print("no difference between cohorts is significant (Bonferroni-corrected, alpha 0.01) with at least 30 in each")
    return 0


def cmd_analytics_insights(args: argparse.Namespace) -> int:
    return _run(_analytics_insights(args.today))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hrgraph", description="HR graph for live-streaming agencies.")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="apply pending migrations, then serve everything")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="apply migrations to the configured database").set_defaults(func=cmd_migrate)

    seed = sub.add_parser("seed", help="load a deterministic demo agency")
    seed.add_argument("--demo", action="store_true", required=True)
    seed.add_argument("--size", choices=["small", "medium", "large"], default="small")
    seed.add_argument("--seed", type=int, default=42)
    seed.add_argument("--reset", action="store_true", help="empty the database first")
    seed.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) when there is data already")
    seed.add_argument("--today", type=date.fromisoformat, help="the date the history leads up to (default: today)")
    seed.set_defaults(func=cmd_seed)

    user = sub.add_parser("createuser", help="create a console user")
    user.add_argument("--email", required=True)
    user.add_argument("--role", required=True, action="append", help="repeat for several roles")
    user.add_argument("--employee-no", help="link the user to this employee's record")
    user.add_argument("--password-stdin", action="store_true")
    user.set_defaults(func=cmd_createuser)

    make = sub.add_parser("makemigrations", help="(developers) write or check migrations for both dialects")
    make.add_argument("name", nargs="?")
    make.add_argument("--check", action="store_true", help="fail if a model change has no migration")
    make.set_defaults(func=cmd_makemigrations)

    alerts = sub.add_parser("alerts", help="operate on alerts").add_subparsers(dest="alerts_command", required=True)
    raise_ = alerts.add_parser("raise", help="raise an alert by hand (e.g. to test a partner's subscription or webhook)")
    raise_.add_argument("--kind", required=True, choices=["CONTRACT_EXPIRING", "TRAFFIC_ANOMALY", "ATTRITION_RISK", "PAYROLL_READY", "AUTOMATION"])
    raise_.add_argument("--message", required=True)
    raise_.add_argument("--severity", default="warning", choices=["info", "warning", "critical"])
    raise_.add_argument("--employee-no", help="the employee it concerns (their team's lead sees it too)")
    raise_.add_argument("--dedup-key", help="raising twice with one key keeps one alert")
    raise_.set_defaults(func=cmd_alerts_raise)

    traffic = sub.add_parser("traffic", help="live-stream traffic").add_subparsers(dest="traffic_command", required=True)
    rollup = traffic.add_parser("rollup", help="recompute sessions, account days and team days from a day on")
    rollup.add_argument("--since", required=True, type=date.fromisoformat, help="YYYY-MM-DD, company time zone")
    rollup.set_defaults(func=cmd_traffic_rollup)
    scan = traffic.add_parser("scan", help="run the anomaly rules now (the app also runs them every hour)")
    scan.add_argument("--today", type=date.fromisoformat, help="the day to scan up to (default: today)")
    scan.set_defaults(func=cmd_traffic_scan)
    twitch = traffic.add_parser("import-twitch", help="load the public Twitch top-1000 CSV as scouted accounts")
    twitch.add_argument("file")
    twitch.set_defaults(func=cmd_traffic_import_twitch)

    contracts = sub.add_parser("contracts", help="labor contracts").add_subparsers(dest="contracts_command", required=True)
    cscan = contracts.add_parser("scan", help="the expiry scan of the in-app scheduler, for cron")
    cscan.add_argument("--today", type=date.fromisoformat, help="the day to scan from (default: today)")
    cscan.add_argument("--within-days", type=int, help="how far ahead (default: HRGRAPH_CONTRACT_EXPIRY_DAYS, 30)")
    cscan.set_defaults(func=cmd_contracts_scan)

    automation = sub.add_parser("automation", help="automation rules").add_subparsers(dest="automation_command", required=True)
    arun = automation.add_parser("run", help="run every enabled rule (or one) now, idempotently (the app runs them daily)")
    arun.add_argument("--rule", type=int, metavar="ID", help="database id of one rule (runs it even if disabled)")
    arun.add_argument("--today", type=date.fromisoformat, help="the day to run as of (default: today)")
    arun.add_argument("--dry-run", action="store_true", help="report who would be acted on, write nothing")
    arun.set_defaults(func=cmd_automation_run)

    pay = sub.add_parser("payroll", help="payroll runs").add_subparsers(dest="payroll_command", required=True)
    prun = pay.add_parser("run", help="compute (or recompute) a month's payroll for everyone, a department or a team")
    prun.add_argument("--month", required=True, type=_month, help="YYYY-MM")
    prun.add_argument("--team-id", type=int, help="database id of the team (default: everyone)")
    prun.add_argument("--department-id", type=int, help="database id of the department")
    prun.add_argument("--lock", action="store_true", help="lock the run once computed (emits payroll.locked)")
    prun.set_defaults(func=cmd_payroll_run)

    analytics = sub.add_parser("analytics", help="models over HR data").add_subparsers(dest="analytics_command", required=True)
    evaluate = analytics.add_parser("evaluate", help="cross-validate the attrition-risk pipeline on a tabular HR export "
                                    "(no database); the last line is roc_auc=<float>")
    evaluate.add_argument("--csv", required=True, metavar="FILE", help="CSV export (UTF-8 or GBK; comma, semicolon or tab)")
    evaluate.add_argument("--label", required=True, metavar="COLUMN", help="the column to predict, e.g. Attrition")
    evaluate.add_argument("--positive", required=True, metavar="VALUE", help="its value for a leaver, e.g. Yes")
    evaluate.add_argument("--exclude", action="append", metavar="COL,...", help="columns to leave out (repeatable)")
    evaluate.set_defaults(func=cmd_analytics_evaluate)
    atrain = analytics.add_parser("train", help="train the attrition-risk model on this database's history, print its "
                                  "card, then score everyone (the in-app scheduler does this weekly)")
    atrain.add_argument("--today", type=date.fromisoformat, help="the day to train and score as of (default: today)")
    atrain.set_defaults(func=cmd_analytics_train)
    ascore = analytics.add_parser("score", help="score every current employee with the latest model and raise "
                                  "ATTRITION_RISK alerts for new crossings (the scheduler does this daily)")
    ascore.add_argument("--today", type=date.fromisoformat, help="the day to score as of (default: today)")
    ascore.set_defaults(func=cmd_analytics_score)
    ainsights = analytics.add_parser("insights", help="the cohort scan: which groups left at a different rate, with "
                                     "counts and 95%% confidence intervals")
    ainsights.add_argument("--today", type=date.fromisoformat, help="the day the two years end (default: today)")
    ainsights.set_defaults(func=cmd_analytics_insights)

    sub.add_parser("export-schema", help="print the GraphQL SDL").set_defaults(func=cmd_export_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("tortoise").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
