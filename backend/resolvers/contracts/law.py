"""The rules of the PRC Labor Contract Law (《中华人民共和国劳动合同法》) that a contract in
hrgraph must follow, as pure functions: no database, no GraphQL, no I/O.

Every refusal is a `Violation` naming the input field, the article and, in plain English,
what the law allows and what to change. Article 14 is advisory: `open_ended_flags` returns
`Flag`s, since whether the employee asks for an open-ended contract is theirs to decide.

The law in short, for the next developer:

- 第十九条【试用期】 Article 19, probation. A term of at least 3 months but under 1 year
  allows at most 1 month of probation; at least 1 year but under 3 years, at most 2 months;
  a fixed term of 3 years or more, or an open-ended contract, at most 6 months. A term under
  3 months, or a contract for the completion of a specific task (以完成一定工作任务为期限),
  allows none. The probation is part of the contract term, and the same employer may agree a
  probation with the same employee only once. "以上" includes its bound ("三个月以上" = at
  least three months), "不满" excludes it.
- 第六十八条【非全日制用工的概念】 Article 68: part-time work (非全日制用工) is on average no
  more than 4 hours a day and no more than 24 hours a week with the same employer.
- 第七十条【非全日制用工不得约定试用期】 Article 70: part-time work has no probation.
- 第十四条【无固定期限劳动合同】 Article 14: the employee may require an open-ended
  contract on renewal after 10 consecutive years with the employer (item 1), or after two
  consecutive fixed-term contracts unless Article 39 (第三十九条, dismissal for fault) or
  Article 40 items 1-2 (第四十条, unfit for work after illness or injury; incompetent even
  after training or reassignment) applies (item 3). Fixed-term contracts are counted from
  2008-01-01, when the law took effect (第九十七条 Article 97); years of work before that
  count towards the 10 (劳动合同法实施条例第九条, Implementing Regulations, Article 9).
  Item 2 (first introduction of the contract system, state-owned enterprise restructuring)
  does not concern an agency and is not modelled.

Why it matters: a probation beyond the law makes the employer pay the excess already served
at the full wage as compensation (第八十三条, Article 83); refusing an open-ended contract
that is owed costs double wages from the day it was owed (第八十二条, Article 82).

Talent (艺人经纪/合作) contracts are civil contracts, not labor contracts: none of these
rules apply, and a trial clause in one is the parties' business. (The label does not settle
it: a court that finds the agency directs a host's work like an employer will find a labor
relationship, and then these rules do apply.) Internship agreements (实习协议) are with
students, who are not employees; hrgraph gives them no probation, which is the product's
rule, not the law's. A violation or flag from a product rule has `article=None`.

Dates: a contract runs from `start` to `end`, both days included; `end=None` is open-ended.
Its term is at least N months exactly when `start + N months <= end + 1 day`, and a
probation from `start` to `probation_end` lasts at most N months exactly when
`probation_end + 1 day <= start + N months`: one convention for both. dateutil clamps month
ends (2026-01-31 + 1 month = 2026-02-28), so a probation of one month from 2026-01-31 ends on
2026-02-27 at the latest. That is the strict reading; a lenient one would allow 2026-02-28,
and choosing the strict one means hrgraph never accepts a probation a court could find too
long. The messages give the exact last allowed day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta
from backend.i18n import Message, phrase

DAY = timedelta(days=1)
LAW_IN_FORCE = date(2008, 1, 1)  # Article 97: fixed-term contracts are counted for Article 14 from here
PART_TIME_WEEKLY_HOURS = 24  # Article 68

ARTICLES = {  # the Chinese citation of each article named in a Violation or Flag
    "Article 14": "《劳动合同法》第十四条（无固定期限劳动合同）",
    "Article 19": "《劳动合同法》第十九条（试用期）",
    "Article 68": "《劳动合同法》第六十八条（非全日制用工）",
    "Article 70": "《劳动合同法》第七十条（非全日制用工不得约定试用期）",
}


class ContractType(str, Enum):
    FULL_TIME = "full_time"  # 全日制劳动合同: a labor contract
    PART_TIME = "part_time"  # 非全日制用工: a labor contract under Articles 68-72
    TALENT = "talent"  # 艺人经纪/合作合同: a civil contract, not a labor contract
    INTERNSHIP = "internship"  # 实习协议: a student's agreement, not a labor contract


@dataclass(frozen=True)
class Violation:
    field: str  # the input field to show the message under: "probationEnd", "end", "variables.weekly_hours"
    article: str | None  # "Article 19" (see ARTICLES); None: hrgraph's own rule, not the law's
    message: str


@dataclass(frozen=True)
class Flag:
    rule: str  # "two_fixed_terms" | "ten_years"
    article: str
    message: str


@dataclass(frozen=True)
class PastContract:
    """An earlier contract of the same employee with the same employer."""

    contract_type: ContractType
    start: date
    end: date | None  # the agreed end; None: open-ended
    task_based: bool = False
    probation_end: date | None = None
    ended_on: date | None = None  # the last day, when it ended otherwise than on `end`

    @property
    def last_day(self) -> date | None:
        """None: still running."""
        return self.ended_on or self.end

    @property
    def fixed_term(self) -> bool:
        return self.end is not None and not self.task_based


def term_months(start: date, end: date | None) -> int | None:
    """The whole calendar months of a contract from `start` to `end`, both days included
    (`relativedelta(end + 1 day, start)`); None for an open-ended contract.
    2026-01-01..2026-03-31 is 3; 2026-01-01..2026-03-30 is 2; 2026-01-01..2026-12-31 is 12."""
    if end is None:
        return None
    if end < start:
        raise ValueError(f"the contract ends ({end}) before it starts ({start})")
    span = relativedelta(end + DAY, start)
    return span.years * 12 + span.months


def latest_probation_end(start: date, months: int) -> date:
    """The last day of a probation of `months` months beginning on `start` (Article 19)."""
    return start + relativedelta(months=months) - DAY


def max_probation_months(*, contract_type: ContractType | str, start: date, end: date | None,
                         task_based: bool = False) -> int | None:
    """The longest probation allowed, in months; 0: none allowed.

    Article 19 for full-time contracts, Article 70 for part-time ones (0), hrgraph's rule for
    internships (0). None for a talent contract: a civil contract, the labor law sets no limit."""
    contract_type = ContractType(contract_type)
    if contract_type is ContractType.TALENT:
        return None
    if contract_type is not ContractType.FULL_TIME or task_based:
        return 0
    months = term_months(start, end)
    if months is None or months >= 36:
        return 6
    if months >= 12:
        return 2
    if months >= 3:
        return 1
    return 0


def had_probation(previous: Iterable[PastContract]) -> bool:
    """Whether an earlier contract had a probation in the sense of Article 19: only full-time
    labor contracts count (part-time ones cannot have one; a talent contract's trial clause
    and an internship are not labor-law probations). Leave the contract being edited out."""
    return any(p.contract_type == ContractType.FULL_TIME and p.probation_end is not None for p in previous)


def check_contract(*, contract_type: ContractType | str, start: date, end: date | None, probation_end: date | None,
                   had_probation_before: bool, weekly_hours: float | None = None,
                   task_based: bool = False) -> list[Violation]:
    """Everything the law (and hrgraph) refuses in one contract; empty when it may be signed.
    At most one violation per field, the one to fix first."""
    contract_type = ContractType(contract_type)
    if end is not None and end < start:
        return [Violation("end", None, Message("The contract ends before it starts on {start}; end it on or after {start}.",
                                               start=start))]
    found = []
    if probation_end is not None:
        if (problem := _probation_violation(contract_type, start, end, probation_end, had_probation_before, task_based)):
            found.append(problem)
    if contract_type is ContractType.PART_TIME and weekly_hours is not None:
        if (problem := _part_time_hours_violation(weekly_hours)):
            found.append(problem)
    return found


def _probation_violation(contract_type: ContractType, start: date, end: date | None, probation_end: date,
                         had_probation_before: bool, task_based: bool) -> Violation | None:
    def refuse(article: str | None, message: str) -> Violation:
        return Violation("probationEnd", article, message)

    if contract_type is ContractType.TALENT:
        # A civil contract: a trial clause is not an Article 19 probation. It still has to lie
        # inside the contract, which is hrgraph's rule.
        if probation_end < start or (end is not None and probation_end > end):
            return refuse(None, Message("A trial period lies inside the contract, {start} to {end} "
                                        "(hrgraph's rule; a talent contract is a civil contract, the Labor Contract Law's "
                                        "probation rules do not apply); move the trial period's end inside it.",
                                        start=start, end=end or phrase("open-ended")))
        return None
    if contract_type is ContractType.INTERNSHIP:
        return refuse(None, "Internship agreements have no probation in hrgraph: an intern is a student, not an "
                            "employee, and the Labor Contract Law does not apply (this is the product's rule, not an "
                            "article of the law); clear the probation end.")
    if contract_type is ContractType.PART_TIME:
        return refuse("Article 70", "Part-time employment may not have a probation (Labor Contract Law, Article 70); "
                                    "clear the probation end.")
    if probation_end < start:
        return refuse("Article 19", Message("The probation begins with the contract on {start} and cannot end before it "
                                            "(Labor Contract Law, Article 19); end it on or after {start}.", start=start))
    limit = max_probation_months(contract_type=contract_type, start=start, end=end, task_based=task_based)
    assert limit is not None  # full-time
    if limit == 0 and task_based:
        return refuse("Article 19", "A contract for the completion of a specific task allows no probation "
                                    "(Labor Contract Law, Article 19); clear the probation end.")
    if limit == 0:
        return refuse("Article 19", Message("A term under 3 months allows no probation (Labor Contract Law, Article 19); "
                                            "clear the probation end, or end the contract on or after {earliest_end} "
                                            "(a term of 3 months) to allow 1 month.",
                                            earliest_end=start + relativedelta(months=3) - DAY))
    if had_probation_before:
        return refuse("Article 19", "This employee already had a probation with us, and the same employer may agree "
                                    "a probation with the same employee only once (Labor Contract Law, Article 19); "
                                    "clear the probation end.")
    latest = latest_probation_end(start, limit)
    if end is not None and probation_end > end:
        return refuse("Article 19", Message("The probation is part of the contract term and cannot end after the contract "
                                            "ends on {end} (Labor Contract Law, Article 19); end it on or before {latest}.",
                                            end=end, latest=latest))
    if probation_end > latest:
        template = ("{term} allows at most {limit} months of probation (Labor Contract Law, Article 19); "
                    "end it on or before {latest}." if limit > 1 else
                    "{term} allows at most {limit} month of probation (Labor Contract Law, Article 19); "
                    "end it on or before {latest}.")
        return refuse("Article 19", Message(template, term=_term_phrase(term_months(start, end)), limit=limit, latest=latest))
    return None


def _term_phrase(months: int | None) -> Message:
    if months is None:
        return phrase("An open-ended contract")
    if months >= 36:
        return phrase("A fixed term of 3 years or more")
    if months >= 12:
        return phrase("A term of at least 1 year but under 3 years")
    return phrase("A term of at least 3 months but under 1 year")


def _part_time_hours_violation(weekly_hours: float) -> Violation | None:
    field = "variables.weekly_hours"
    if weekly_hours <= 0:
        return Violation(field, None, "The weekly hours must be more than 0 (hrgraph's rule).")
    if weekly_hours > PART_TIME_WEEKLY_HOURS:
        return Violation(field, "Article 68", (
            Message("Part-time employment is at most {limit} hours a week and 4 hours a day on average "
                    "(Labor Contract Law, Article 68); this contract says {weekly_hours:g}. Lower the weekly hours to "
                    "{limit} or fewer, or make it a full-time contract.", limit=PART_TIME_WEEKLY_HOURS, weekly_hours=weekly_hours)))
    return None


def open_ended_flags(*, previous: Iterable[PastContract], renewal_start: date) -> list[Flag]:
    """When the employee may require an open-ended contract on a renewal starting on
    `renewal_start` (Article 14): advice for HR, not a refusal.

    Counted are the full-time labor contracts that run without a gap (the next one starting
    no later than the day after the previous one's last day) up to the renewal. Part-time
    contracts are left out (Article 71 lets either party end them at any time, so an open-ended
    one means nothing; the law does not say so outright, this is the product's reading), and
    talent and internship agreements are not labor contracts. Any of these, or a gap, breaks
    the chain. Two fixed-term contracts in a row at the end of the chain raise
    "two_fixed_terms" (a task-based or open-ended contract in between breaks that run); 10
    years since the chain began raise "ten_years"."""
    chain = _consecutive_labor_contracts(previous, renewal_start)
    flags = []
    fixed = []
    for contract in chain:
        if not contract.fixed_term or contract.start < LAW_IN_FORCE:
            break
        fixed.append(contract)
    if len(fixed) >= 2:
        terms = ", ".join(f"{c.start} to {c.last_day}" for c in reversed(fixed))
        flags.append(Flag("two_fixed_terms", "Article 14", (
            Message("This renewal follows {count} consecutive fixed-term contracts ({terms}): the employee may require "
                    "an open-ended contract, and unless they ask for a fixed term themselves the employer must then agree to "
                    "one (Labor Contract Law, Article 14, paragraph 2, item 3). This does not hold if the employee has an "
                    "Article 39 circumstance (grounds for dismissal for fault) or one of Article 40, items 1 and 2 (unfit for "
                    "work after illness or injury; incompetent even after training or reassignment): hrgraph cannot know "
                    "these, so check them before offering another fixed term. Counted: full-time labor contracts only; "
                    "part-time, talent and internship agreements do not count.", count=len(fixed), terms=terms))))
    if chain:
        since = min(c.start for c in chain)
        if since + relativedelta(years=10) <= renewal_start:
            flags.append(Flag("ten_years", "Article 14", (
                Message("The employee has worked here without a break since {since}, 10 years or more by {renewal_start}: "
                        "they may require an open-ended contract, and unless they ask for a fixed term themselves the "
                        "employer must then agree to one (Labor Contract Law, Article 14, paragraph 2, item 1). Counted: "
                        "full-time labor contracts only; part-time, talent and internship agreements do not count.",
                        since=since, renewal_start=renewal_start))))
    return flags


def _consecutive_labor_contracts(previous: Iterable[PastContract], renewal_start: date) -> list[PastContract]:
    """The full-time contracts that reach the renewal without a gap, latest first."""
    labor = [p for p in previous if p.contract_type == ContractType.FULL_TIME and p.start < renewal_start]
    labor.sort(key=lambda p: (p.last_day or date.max, p.start), reverse=True)
    chain: list[PastContract] = []
    reach = renewal_start  # the chain covers every day from `reach` to the renewal
    for contract in labor:
        if contract.last_day is not None and contract.last_day + DAY < reach:
            break  # a gap: sorted by last day, no earlier contract reaches further
        chain.append(contract)
        reach = min(reach, contract.start)
    return chain
