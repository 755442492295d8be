"""Permissions are data: an enum of permissions, and built-in roles mapping to sets of them.

Roles live in the database (an admin may edit them); these are the defaults that
`hrgraph migrate` creates when a role is missing. A role also has a row scope: which
employees its holder can see at all (everyone, their team, themself, linked hosts).
"""

from __future__ import annotations

from enum import Enum


class Permission(str, Enum):
    EMPLOYEES_READ = "employees.read"
    EMPLOYEES_READ_PII = "employees.read_pii"
    EMPLOYEES_WRITE = "employees.write"
    COMPENSATION_READ = "compensation.read"
    COMPENSATION_WRITE = "compensation.write"
    ORG_READ = "org.read"
    ORG_WRITE = "org.write"
    ACCOUNTS_MANAGE = "accounts.manage"
    AUDIT_READ = "audit.read"
    ALERTS_READ = "alerts.read"
    ALERTS_WRITE = "alerts.write"  # acknowledge and resolve
    ANALYTICS_READ_RISK = "analytics.read_risk"  # attrition risk scores and their alerts
    TRAFFIC_READ = "traffic.read"
    TRAFFIC_WRITE = "traffic.write"  # push samples (partners: only to their linked accounts)
    CONTRACTS_READ = "contracts.read"  # pay terms and documents also need compensation.read (or being the employee)
    CONTRACTS_WRITE = "contracts.write"  # draft, amend, submit, terminate, renew; sign for HR; templates and clauses
    CONTRACTS_SIGN_BUSINESS = "contracts.sign_business"  # sign as the business representative (a lead: their team)
    PAYROLL_READ = "payroll.read"  # runs, everyone's payslips and their exports (one's own payslips: self.read_pay)
    PAYROLL_RUN = "payroll.run"  # create, compute and lock runs; adjustments
    PERFORMANCE_READ = "performance.read"  # reviews and KPI scores within the row scope; KPI templates
    PERFORMANCE_RATE = "performance.rate"  # a manager's rating and comment (a lead: their team)
    PERFORMANCE_WRITE = "performance.write"  # KPI templates, review cycles, calibration
    TRAINING_READ = "training.read"  # programs, plans, sessions; enrolments within the row scope
    TRAINING_WRITE = "training.write"  # programs, plans, sessions, enrolling and recording completion
    ATTENDANCE_READ = "attendance.read"  # attendance summaries and leave within the row scope
    ATTENDANCE_WRITE = "attendance.write"  # record attendance months and leave (partners: attendance systems)
    AUTOMATION_MANAGE = "automation.manage"  # automation rules, their runs and outcomes, HR tasks
    EFFICIENCY_READ = "efficiency.read"  # revenue per head, human-capital and training ROI
    EFFICIENCY_WRITE = "efficiency.write"  # finance's revenue and operating-cost figures
    WEBHOOKS_MANAGE = "webhooks.manage"  # one's own webhooks (admins manage everyone's via accounts.manage)
    # Access to one's own record's sensitive fields, without seeing anyone else's.
    SELF_READ_PII = "self.read_pii"
    SELF_READ_PAY = "self.read_pay"


class RowScope(str, Enum):
    ALL = "all"
    TEAM = "team"  # the teams the caller leads
    SELF = "self"
    PARTNER = "partner"  # the hosts linked to the partner client
    NONE = "none"


# A caller with several roles sees the union; the widest scope wins.
SCOPE_WIDTH = {RowScope.NONE: 0, RowScope.SELF: 1, RowScope.PARTNER: 2, RowScope.TEAM: 3, RowScope.ALL: 4}

P = Permission
BUILT_IN_ROLES: dict[str, tuple[str, RowScope, frozenset[Permission]]] = {
    "admin": ("Everything, including users, roles and the audit trail", RowScope.ALL, frozenset(Permission)),
    "hr_manager": (
        "Manages people, org, pay data, training, attendance and automation",
        RowScope.ALL,
        frozenset({P.EMPLOYEES_READ, P.EMPLOYEES_READ_PII, P.EMPLOYEES_WRITE, P.COMPENSATION_READ,
                   P.COMPENSATION_WRITE, P.ORG_READ, P.ORG_WRITE, P.SELF_READ_PII, P.SELF_READ_PAY,
                   P.ALERTS_READ, P.ALERTS_WRITE, P.ANALYTICS_READ_RISK, P.TRAFFIC_READ, P.TRAFFIC_WRITE,
                   P.CONTRACTS_READ, P.CONTRACTS_WRITE, P.PERFORMANCE_READ, P.PERFORMANCE_RATE, P.PERFORMANCE_WRITE,
                   P.TRAINING_READ, P.TRAINING_WRITE, P.ATTENDANCE_READ, P.ATTENDANCE_WRITE, P.AUTOMATION_MANAGE,
                   P.EFFICIENCY_READ}),
    ),
    "finance": (
        "Reads pay and bank data; runs and locks payroll; enters revenue and cost figures",
        RowScope.ALL,
        frozenset({P.EMPLOYEES_READ, P.COMPENSATION_READ, P.ORG_READ, P.SELF_READ_PII, P.SELF_READ_PAY,
                   P.ALERTS_READ, P.TRAFFIC_READ, P.CONTRACTS_READ, P.PAYROLL_READ, P.PAYROLL_RUN,
                   P.ATTENDANCE_READ, P.EFFICIENCY_READ, P.EFFICIENCY_WRITE}),
    ),
    "recruiter": (
        "Reads the org and who works where; no pay, no ID numbers",
        RowScope.ALL,
        frozenset({P.EMPLOYEES_READ, P.ORG_READ, P.SELF_READ_PII, P.SELF_READ_PAY}),
    ),
    "team_lead": (
        "Reads their own team, its alerts, KPI scores, training, attendance and attrition risk (not its pay), and rates its reviews",
        RowScope.TEAM,
        frozenset({P.EMPLOYEES_READ, P.ORG_READ, P.SELF_READ_PII, P.SELF_READ_PAY, P.ALERTS_READ, P.ALERTS_WRITE,
                   P.TRAFFIC_READ, P.CONTRACTS_READ, P.CONTRACTS_SIGN_BUSINESS, P.PERFORMANCE_READ, P.PERFORMANCE_RATE,
                   P.ANALYTICS_READ_RISK, P.TRAINING_READ, P.ATTENDANCE_READ}),
    ),
    "employee": (
        "Reads their own record, payslips, KPI scores, training, attendance and the alerts about them",
        RowScope.SELF,
        frozenset({P.EMPLOYEES_READ, P.ORG_READ, P.SELF_READ_PII, P.SELF_READ_PAY, P.ALERTS_READ, P.TRAFFIC_READ,
                   P.CONTRACTS_READ, P.PERFORMANCE_READ, P.TRAINING_READ, P.ATTENDANCE_READ}),
    ),
    "partner": (
        "A partner system: the hosts linked to it, never pay or ID numbers",
        RowScope.PARTNER,
        frozenset({P.EMPLOYEES_READ, P.ALERTS_READ, P.WEBHOOKS_MANAGE, P.TRAFFIC_READ, P.TRAFFIC_WRITE,
                   P.ATTENDANCE_WRITE}),
    ),
}

# OAuth scopes a partner client may ask for, and the permissions each grants.
PARTNER_SCOPES: dict[str, frozenset[Permission]] = {
    "employees:read": frozenset({P.EMPLOYEES_READ}),
    "alerts:read": frozenset({P.ALERTS_READ}),
    "webhooks:manage": frozenset({P.WEBHOOKS_MANAGE}),
    "traffic:read": frozenset({P.TRAFFIC_READ}),
    "traffic:write": frozenset({P.TRAFFIC_WRITE}),
    "attendance:write": frozenset({P.ATTENDANCE_WRITE}),  # an attendance system pushing monthly summaries
}

ALL_PERMISSIONS = frozenset(p.value for p in Permission)


def unknown_permissions(names: list[str]) -> list[str]:
    return [n for n in names if n not in ALL_PERMISSIONS]
