"""Training: programs (what is taught, its hours and cost per head), scheduled sessions of a
program, mandatory plans (which programs whom must complete, and within how many days), and
each employee's enrolment in a program."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class TrainingCategory(str, Enum):
    ONBOARDING = "onboarding"
    COMPLIANCE = "compliance"  # platform rules, advertising law, labour safety
    LIVE_SKILLS = "live_skills"  # on-camera presence, selling, scripting
    PRODUCT = "product"
    LEADERSHIP = "leadership"
    TECHNICAL = "technical"


class TrainingProgram(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=120)
    category = fields.CharEnumField(TrainingCategory, max_length=20)
    hours = fields.DecimalField(max_digits=6, decimal_places=1)
    cost_per_head = fields.DecimalField(max_digits=10, decimal_places=2)  # CNY, for training ROI
    description = fields.TextField(default="")
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "training_programs"


class TrainingSession(Model):
    id = fields.IntField(primary_key=True)
    program = fields.ForeignKeyField("models.TrainingProgram", related_name="sessions", on_delete=fields.RESTRICT)
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    location = fields.CharField(max_length=120, default="")
    trainer = fields.CharField(max_length=120, default="")
    capacity = fields.IntField(null=True)

    class Meta:
        table = "training_sessions"


class TrainingPlan(Model):
    """Who must complete which programs: everyone matching the plan's filters (a department, a
    position, hosts only; none set = everyone), within `due_days` of being assigned."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    description = fields.TextField(default="")
    mandatory = fields.BooleanField(default=True)
    due_days = fields.IntField(default=30)
    department = fields.ForeignKeyField("models.Department", related_name=False, null=True, on_delete=fields.RESTRICT)
    position = fields.ForeignKeyField("models.Position", related_name=False, null=True, on_delete=fields.RESTRICT)
    hosts_only = fields.BooleanField(default=False)
    programs = fields.ManyToManyField("models.TrainingProgram", related_name="plans", through="training_plan_programs")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "training_plans"


class EnrolmentStatus(str, Enum):
    ASSIGNED = "assigned"  # must take the program, no session chosen yet
    ENROLLED = "enrolled"  # booked on a session
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


OPEN_ENROLMENT = (EnrolmentStatus.ASSIGNED, EnrolmentStatus.ENROLLED)


class Enrolment(Model):
    """One employee taking one program once. `source` says who asked for it: HR by hand, a
    mandatory plan, or an automation rule (`rule_id`), so an outcome can be traced to its cause."""

    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="enrolments", on_delete=fields.RESTRICT)
    program = fields.ForeignKeyField("models.TrainingProgram", related_name="enrolments", on_delete=fields.RESTRICT)
    session = fields.ForeignKeyField("models.TrainingSession", related_name="enrolments", null=True,
                                     on_delete=fields.SET_NULL)
    plan = fields.ForeignKeyField("models.TrainingPlan", related_name="enrolments", null=True, on_delete=fields.SET_NULL)
    rule_id = fields.IntField(null=True)  # the automation rule that assigned it
    source = fields.CharField(max_length=20, default="manual")  # manual | plan | automation | import
    status = fields.CharEnumField(EnrolmentStatus, max_length=12, default=EnrolmentStatus.ASSIGNED)
    assigned_on = fields.DateField()
    due_on = fields.DateField(null=True)
    completed_on = fields.DateField(null=True, db_index=True)
    score = fields.DecimalField(max_digits=5, decimal_places=1, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "enrolments"
        indexes = (("employee", "program"), ("employee", "completed_on"))
