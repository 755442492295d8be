"""Labor contracts as living documents: a clause library, versioned templates, contracts with
versions (the first and every amendment), and the signatures on each version.

A template version and a contract version freeze the text they were made from (clauses are
copied in, not referenced), so editing the library or a template never changes a contract;
a version that was submitted for signature is never edited again.
"""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ContractType(str, Enum):
    FULL_TIME = "full_time"  # 全日制劳动合同
    PART_TIME = "part_time"  # 非全日制用工 (hosts with flexible hours)
    TALENT = "talent"  # 艺人经纪合同: a civil contract, revenue share and non-compete
    INTERNSHIP = "internship"  # 实习协议


class ContractStatus(str, Enum):
    DRAFT = "draft"
    PENDING_SIGNATURE = "pending_signature"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class VersionState(str, Enum):
    DRAFT = "draft"  # editable
    PENDING_SIGNATURE = "pending_signature"  # the document is frozen and hashed
    SIGNED = "signed"  # every signer signed: in force from `effective_on`


class SignerRole(str, Enum):
    """In signing order."""

    EMPLOYEE = "employee"
    BUSINESS = "business"  # the business-department representative: the employee's team lead
    HR = "hr"


class Clause(Model):
    """A clause of the library; `variables` declares the typed `{{name}}` placeholders of its body:
    [{"name": "revenue_share_percent", "type": "percent", "label": "...", "min": 0, "max": 100}]."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=60, unique=True)
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    variables = fields.JSONField(default=list)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "contract_clauses"


class ContractTemplate(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    contract_type = fields.CharEnumField(ContractType, max_length=20)
    latest_version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "contract_templates"


class ContractTemplateVersion(Model):
    """The clauses of a template at one version, copied: [{"key", "title", "body", "variables"}]."""

    id = fields.IntField(primary_key=True)
    template = fields.ForeignKeyField("models.ContractTemplate", related_name="versions", on_delete=fields.CASCADE)
    version = fields.IntField()
    clauses = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    created_by = fields.CharField(max_length=254)

    class Meta:
        table = "contract_template_versions"
        unique_together = (("template", "version"),)


class Contract(Model):
    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=30, unique=True)  # HT-2026-000123
    employee = fields.ForeignKeyField("models.Employee", related_name="contracts", on_delete=fields.RESTRICT)
    contract_type = fields.CharEnumField(ContractType, max_length=20, db_index=True)
    template_version = fields.ForeignKeyField("models.ContractTemplateVersion", related_name="contracts",
                                              on_delete=fields.RESTRICT)
    status = fields.CharEnumField(ContractStatus, max_length=20, db_index=True)
    # The terms in force (those of the latest signed version; of the draft before any signature).
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True, db_index=True)  # None: open-ended
    # A renewal points at what it renews; unique, so two renewals of one contract cannot both land.
    # A plain id: the ORM's schema generator refuses a one-to-one onto the same table.
    predecessor_id = fields.IntField(null=True, unique=True)
    terminated_on = fields.DateField(null=True)
    termination_reason = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    created_by = fields.CharField(max_length=254)

    class Meta:
        table = "contracts"


class ContractVersion(Model):
    """One version of a contract: the first, or an amendment effective from `effective_on`."""

    id = fields.IntField(primary_key=True)
    contract = fields.ForeignKeyField("models.Contract", related_name="versions", on_delete=fields.CASCADE)
    version = fields.IntField()
    state = fields.CharEnumField(VersionState, max_length=20)
    effective_on = fields.DateField()
    note = fields.TextField(null=True)  # why this amendment
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    probation_ends_on = fields.DateField(null=True)
    values = fields.JSONField(default=dict)  # variable name -> value (as text)
    custom_clauses = fields.JSONField(default=list)  # [{"title", "body"}]
    # Pay terms: read with compensation.read only.
    monthly_base = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    revenue_share_percent = fields.DecimalField(max_digits=5, decimal_places=2, null=True)
    guaranteed_minimum = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    # Frozen on submission: the rendered document and the SHA-256 that every signature signs.
    document = fields.TextField(null=True)
    document_sha256 = fields.CharField(max_length=64, null=True)
    submitted_at = fields.DatetimeField(null=True)
    signed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "contract_versions"
        unique_together = (("contract", "version"),)


class Signature(Model):
    id = fields.IntField(primary_key=True)
    version = fields.ForeignKeyField("models.ContractVersion", related_name="signatures", on_delete=fields.CASCADE)
    role = fields.CharEnumField(SignerRole, max_length=20)
    signer = fields.CharField(max_length=254)  # who, as the audit trail names them
    user_id = fields.IntField(null=True)
    signed_at = fields.DatetimeField(auto_now_add=True)
    ip = fields.CharField(max_length=64, null=True)
    user_agent = fields.CharField(max_length=400, null=True)
    document_sha256 = fields.CharField(max_length=64)

    class Meta:
        table = "contract_signatures"
        unique_together = (("version", "role"),)
