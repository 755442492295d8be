"""Simplified Chinese (zh-CN) for every message the server writes, keyed by the English text or template.

Placeholders ({name}) stay as in the English (a format spec may differ: a month is written {first:%Y年%m月});
field names and codes (employeeNo, INVALID, traffic:write) stay as the API spells them. tests/i18n checks
that every message written in backend/ is here, and that nothing here is left over."""

MESSAGES: dict[str, str] = {
    # backend/auth.py
    "The access token has expired; refresh it or sign in again.": "访问令牌已过期，请刷新令牌或重新登录。",
    "The access token is not valid.": "访问令牌无效。",
    "The refresh token is not valid; sign in again.": "刷新令牌无效，请重新登录。",
    "The refresh token was already used; all sessions of it are signed out.": "该刷新令牌已被使用过，由它产生的所有会话均已退出登录。",
    "This account is disabled.": "该账号已停用。",
    "This account no longer exists or is disabled.": "该账号已不存在或已停用。",
    "This client no longer exists or was revoked.": "该客户端已不存在或已被吊销。",
    "Send the token as 'Authorization: Bearer <token>'.": "请以 'Authorization: Bearer <token>' 的形式发送令牌。",

    # backend/bulk.py
    "not JSON": "不是合法的 JSON",
    "expected a JSON object": "应为 JSON 对象",
    "give an ISO 8601 date-time": "请填写 ISO 8601 格式的日期时间",
    "required": "必填",
    "expected a whole number": "应为整数",
    "expected a decimal string": "应为字符串形式的小数",
    "Send a bearer token (client credentials with scope traffic:write).": "请发送 Bearer 令牌（使用客户端凭证，scope 为 traffic:write）。",
    "Pushing traffic needs traffic.write (scope traffic:write).": "推送流量数据需要 traffic.write 权限（scope 为 traffic:write）。",

    # backend/contract_documents.py
    "Send the bearer token you use for /graphql.": "请发送你在 /graphql 使用的 Bearer 令牌。",
    "Documents come as .html or .pdf.": "文档只提供 .html 或 .pdf 格式。",
    "No submitted version of a contract you can see at this address.": "此地址下没有你有权查看的已提交合同版本。",
    "The document states the pay: it needs compensation.read.": "该文档写明了薪酬，需要 compensation.read 权限。",

    # backend/errors.py
    "Sign in first: this needs an authenticated caller.": "请先登录：此操作需要已认证的调用方。",
    "Not allowed: {what}.": "无权操作：{what}。",
    "No {kind} with id {ident} that you can see.": "找不到 id 为 {ident} 且你有权查看的{kind}。",

    # backend/graph/access.py
    "{field_name} needs {permission}": "{field_name} 需要 {permission} 权限",

    # backend/graph/alerts/__init__.py
    "alert": "告警",
    "The access token has expired; reconnect with a fresh one.": "访问令牌已过期，请使用新的令牌重新连接。",

    # backend/graph/alerts/webhooks.py
    "`event` is for webhook documents; subscribe to `alerts` for a live feed.": "`event` 仅用于 Webhook 文档；实时推送请订阅 `alerts`。",
    "The document does not parse: {message}": "文档无法解析：{message}",
    "Write one subscription operation, e.g. subscription { event { name employee { name } } }.":
        "请只写一个订阅操作，例如 subscription { event { name employee { name } } }。",
    "Select `event` (and only it) at the top of the subscription.": "请在订阅的最顶层选择 `event`（且只选择它）。",
    "managing webhooks needs webhooks.manage (or accounts.manage)": "管理 Webhook 需要 webhooks.manage（或 accounts.manage）权限",
    "only admins choose another owner": "只有管理员可以指定其他负责人",

    # backend/graph/analytics/risk.py
    "attritionRisk is never shown on one's own record": "员工本人的档案上从不显示 attritionRisk（离职风险）",
    "the cohort scan compares the whole company: it needs a company-wide row scope": "群体扫描需要对比全公司数据：需要全公司范围的数据权限",

    # backend/graph/analytics/workforce.py
    "workforce analytics are about groups: they need a company-wide or team row scope": "人员分析针对的是群体：需要全公司或团队范围的数据权限",

    # backend/graph/attendance.py
    "months is 1 to {limit}.": "months 的取值为 1 到 {limit}。",
    "leave record": "请假记录",

    # backend/graph/automation.py
    "automation rule": "自动化规则",
    "There is no automation rule with this id.": "没有该 id 的自动化规则。",

    # backend/graph/base.py
    "{field} must be the id of a {type_name}.": "{field} 必须是 {type_name} 的 id。",
    "this needs {permissions}": "需要 {permissions} 权限",

    # backend/graph/compensation/operations.py
    "commission plan": "提成方案",
    "payroll run": "工资核算批次",

    # backend/graph/contracts/operations.py
    "contract": "合同",

    # backend/graph/employees.py
    "period must run forwards and span at most 732 days.": "period 必须按时间先后排列，且跨度不超过 732 天。",
    "employee": "员工",

    # backend/graph/extensions.py
    "Unexpected error; it was logged.": "发生意外错误，已记录日志。",
    "Subscriptions run over WebSocket at /graphql (graphql-transport-ws).":
        "订阅需通过 /graphql 的 WebSocket 连接（graphql-transport-ws 协议）进行。",

    # backend/graph/limits.py
    "The query is {depth} levels deep; the limit is {max_depth}.": "查询嵌套了 {depth} 层，上限为 {max_depth} 层。",
    "The query uses {aliases} aliases; the limit is {max_aliases}.": "查询使用了 {aliases} 个别名，上限为 {max_aliases} 个。",
    "The query could cost {cost} points; the limit is {max_cost}. Ask for smaller pages or fewer nested lists.":
        "该查询的开销可能达到 {cost} 点，上限为 {max_cost} 点。请减小分页大小或减少嵌套列表。",
    "Rate limit: this costs {cost} points and {remaining} of your {budget} per minute are left; retry in {retry_after}s.":
        "已达频率限制：本次查询需要 {cost} 点，你每分钟 {budget} 点的额度仅剩 {remaining} 点，请在 {retry_after} 秒后重试。",

    # backend/graph/node.py
    "object": "对象",

    # backend/graph/performance/operations.py
    "KPI template": "KPI 模板",
    "review cycle": "考核周期",
    "review": "绩效考核",

    # backend/graph/profile.py
    "attrition risk is never shown to partner systems": "离职风险从不向合作方系统展示",

    # backend/graph/traffic/accounts.py
    "Follow at most 100 accounts per subscription.": "每个订阅最多关注 100 个账号。",

    # backend/graph/traffic/series.py
    "Give exactly one of hostId, teamId, departmentId.": "hostId、teamId、departmentId 三者必须且只能填写一个。",

    # backend/graph/training/operations.py
    "training program": "培训项目",
    "enrolment": "培训报名",

    # backend/list_exports.py
    "\"labels\" of column \"{path}\" maps raw values to the words shown: {{\"ACTIVE\": \"在职\"}}.":
        "列 \"{path}\" 的 \"labels\" 用于把原始值映射为显示的文字：{{\"ACTIVE\": \"在职\"}}。",
    "Send {\"query\": \"...\", \"connection\": \"<top-level list field>\", \"columns\": [...], \"variables\": {...}}.":
        "请发送 {\"query\": \"...\", \"connection\": \"<top-level list field>\", \"columns\": [...], \"variables\": {...}}。",
    "\"columns\" is a list of {\"path\": \"team.name\", \"header\": \"Team\"}.":
        "\"columns\" 是由 {\"path\": \"team.name\", \"header\": \"Team\"} 组成的列表。",
    "\"variables\" is an object.": "\"variables\" 必须是一个对象。",
    "\"connection\" is a field name or a dotted path to one (\"payrollRun.payslips\").":
        "\"connection\" 是字段名，或指向该字段的点分路径（如 \"payrollRun.payslips\"）。",
    "\"filename\" is a string, such as \"employees\".": "\"filename\" 必须是字符串，例如 \"employees\"。",
    "{name} returned nothing.": "{name} 没有返回任何内容。",
    "Select pageInfo { hasNextPage endCursor } and take $first and $after, so the export can page.":
        "请选择 pageInfo { hasNextPage endCursor }，并接收 $first 和 $after 参数，以便导出时分页。",
    "Exports come as .csv or .xlsx.": "导出文件只提供 .csv 或 .xlsx 格式。",

    # backend/middleware.py
    "The request body is larger than {limit} bytes.": "请求体超过了 {limit} 字节的上限。",

    # backend/payroll_exports.py
    "A payroll export holds everyone's pay: it needs payroll.read.": "工资导出包含所有人的薪资，需要 payroll.read 权限。",
    "No payroll run at this address.": "此地址下没有工资核算批次。",

    # backend/resolvers/accounts.py
    "Enter your e-mail and password.": "请输入邮箱和密码。",
    "Too many failed sign-ins; try again in {wait} seconds.": "登录失败次数过多，请在 {wait} 秒后重试。",
    "The e-mail or password is wrong.": "邮箱或密码错误。",
    "Enter a valid e-mail address.": "请输入有效的邮箱地址。",
    "A user with e-mail {email} already exists.": "邮箱为 {email} 的用户已存在。",
    "The password needs at least 10 characters.": "密码至少需要 10 个字符。",
    "Unknown roles: {missing}.": "未知的角色：{missing}。",
    "(none given)": "（未填写）",
    "There is no such user.": "该用户不存在。",
    "This employee does not exist.": "该员工不存在。",
    "You cannot disable your own account.": "不能停用你自己的账号。",
    "Nobody active could manage accounts after this change: keep one active admin.": "此更改会导致没有任何在用账号可以管理账号：请至少保留一个在用的管理员。",
    "There is no role {role!r}.": "不存在角色 {role!r}。",
    "Unknown permissions: {unknown}.": "未知的权限：{unknown}。",
    "The admin role must keep accounts.manage, or nobody could undo this.": "管理员角色必须保留 accounts.manage 权限，否则将无人能撤销此更改。",
    "Some linked hosts do not exist.": "部分关联的主播不存在。",
    "Some linked teams do not exist.": "部分关联的团队不存在。",
    "Unknown scopes: {unknown}. Known: {known}.": "未知的 scope：{unknown}。可用的有：{known}。",
    "The rate limit is between 100 and 1,000,000 points a minute.": "频率限制须在每分钟 100 到 1,000,000 点之间。",
    "A client id has 3-100 lowercase letters, digits, dots, dashes or underscores.": "客户端 id 由 3 到 100 个小写字母、数字、点、连字符或下划线组成。",
    "Client id {client_id} is taken.": "客户端 id {client_id} 已被占用。",
    "Give the client a name people recognise.": "请为客户端起一个便于识别的名称。",
    "Grant at least one scope.": "请至少授予一个 scope。",
    "This partner client does not exist.": "该合作方客户端不存在。",
    "This client was revoked; register a new one.": "该客户端已被吊销，请重新注册一个。",
    "The name cannot be empty.": "名称不能为空。",

    # backend/resolvers/alerts/__init__.py
    "No alert with this id that you can see.": "没有该 id 且你有权查看的告警。",
    "Already acknowledged by {acknowledged_by}.": "已由 {acknowledged_by} 确认。",
    "Already resolved by {resolved_by}.": "已由 {resolved_by} 处理完毕。",

    # backend/resolvers/alerts/webhooks.py
    "Give an absolute http(s) URL.": "请填写完整的 http(s) 网址。",
    "Webhook URLs must use https.": "Webhook 网址必须使用 https。",
    "{hostname} does not resolve.": "无法解析域名 {hostname}。",
    "Webhook URLs must point at a public address (not loopback, private or link-local).": "Webhook 网址必须指向公网地址（不能是回环、内网或链路本地地址）。",
    "Choose events from: {events}.": "请从以下事件中选择：{events}。",
    "No webhook with this id of yours.": "没有该 id 且属于你的 Webhook。",
    "No delivery with this id of yours.": "没有该 id 且属于你的投递记录。",
    "This delivery is being sent right now.": "该投递正在发送中。",

    # backend/resolvers/analytics/efficiency.py
    "efficiency compares departments and teams: it needs a company-wide row scope": "人效分析需要对比各部门和团队：需要全公司范围的数据权限",
    "month is the first day of a month: {first_day}, not {month}.": "month 须为某月的第一天：应为 {first_day}，而不是 {month}。",
    "{label} is required (0 when there was none).": "{label} 为必填项（没有时填 0）。",
    "{label} is an amount in CNY from 0 to {limit}, with at most 2 decimals.": "{label} 是 0 到 {limit} 之间的人民币金额，最多保留 2 位小数。",
    "departmentId must be an existing department.": "departmentId 必须是已存在的部门。",
    "teamId must be an existing team (or left empty for the department's own figure).": "teamId 必须是已存在的团队（留空则统计部门自身的数据）。",
    "Team {team} belongs to another department than {department}: pick one of its teams or leave teamId empty.":
        "团队 {team} 不属于部门 {department}：请选择该部门下的团队，或将 teamId 留空。",

    # backend/resolvers/analytics/periods.py
    "`to` ({end}) is before `from` ({start}): swap them.": "`to`（{end}）早于 `from`（{start}）：请对调两者。",
    "The period spans {days} days; at most {max_days} (about three years) at a time: move `from` closer to `to`.":
        "该期间跨度为 {days} 天，一次最多 {max_days} 天（约三年）：请把 `from` 调整得更接近 `to`。",

    # backend/resolvers/analytics/retention.py
    "`from` ({start}) is after today ({as_of}): no one hired then can have been followed yet.":
        "`from`（{start}）晚于今天（{as_of}）：在那之后入职的员工还无法被追踪。",

    # backend/resolvers/analytics/workforce.py
    "`to` is before `from`.": "`to` 早于 `from`。",
    "At most {limit} months at a time.": "一次最多 {limit} 个月。",

    # backend/resolvers/attendance/leave.py
    "endDate cannot be before startDate.": "endDate 不能早于 startDate。",
    "One leave record spans at most a year; split longer leave.": "一条请假记录最长一年，更长的假期请拆分。",
    "days is above 0, in halves, and at most the {span} calendar days of the range.": "days 须大于 0，以半天为单位，且不超过该时间段的 {span} 个自然日。",
    "The range has no working day; give days for a weekend shift.": "该时间段内没有工作日；如为周末排班，请填写 days。",
    "reason is at most 2,000 characters.": "reason 最多 2,000 个字符。",
    "Overlaps approved {kind} leave {start_date} to {end_date}; change the dates or cancel that leave first.":
        "与已批准的{kind}（{start_date} 至 {end_date}）重叠：请修改日期，或先取消那次请假。",
    "employeeId is required (you have no employee record of your own).": "employeeId 为必填项（你没有自己的员工档案）。",
    "You may only request leave for yourself; recording or approving leave needs attendance.write.":
        "你只能为自己申请请假；登记或审批请假需要 attendance.write 权限。",
    "Requesting leave needs attendance.read.": "申请请假需要 attendance.read 权限。",
    "No employee with this id.": "没有该 id 的员工。",
    "No leave record with this id that you can see.": "没有该 id 且你有权查看的请假记录。",
    "This leave is {status}; only a pending request is decided.": "该请假当前状态为“{status}”，只有待审批的申请才能审批。",
    "Only HR (attendance.write) cancels someone else's leave.": "只有人事（attendance.write 权限）可以取消他人的请假。",
    "This leave has begun; ask HR to change it.": "该假期已经开始，请联系人事修改。",
    "This leave is {status}; only a pending or approved one is cancelled.": "该请假当前状态为“{status}”，只有待审批或已批准的请假才能取消。",

    # backend/resolvers/attendance/months.py
    "month is the first day of the month it summarises (e.g. 2026-05-01).": "month 须为所汇总月份的第一天（例如 2026-05-01）。",
    "month cannot be in the future.": "month 不能是将来的月份。",
    "{field} is 0 to {limit} days, in halves.": "{field} 的取值为 0 到 {limit} 天，以半天为单位。",
    "overtimeHours is 0 to {limit}, in halves.": "overtimeHours 的取值为 0 到 {limit}，以半小时为单位。",
    "{field} cannot be negative.": "{field} 不能为负数。",
    "lateMinutes without any lateCount: send the number of late arrivals too.": "填写了 lateMinutes 却没有 lateCount：请同时填写迟到次数。",
    "workedDays cannot exceed scheduledDays (overtime goes in overtimeHours).":
        "workedDays 不能超过 scheduledDays（加班请填在 overtimeHours）。",
    "absentDays cannot exceed the scheduled days not worked.": "absentDays 不能超过应出勤但未出勤的天数。",
    "At most {limit} months a call; send the rest in another call.": "每次最多提交 {limit} 条月度考勤，其余请分批提交。",
    "No employee with this id that you may record attendance for.": "没有该 id 且你有权为其登记考勤的员工。",
    "The same employee and month as item {index}; send each month once.": "与第 {index} 条的员工和月份相同：每个月份请只提交一次。",

    # backend/resolvers/automation/actions.py
    "the training plan's number": "培训计划的编号",
    "what the task asks (at most 200 characters)": "任务的内容（最多 200 个字符）",
    "more detail for whoever does it": "给执行人的补充说明",
    "days from acting until the task is due (0 to 365)": "从执行动作到任务截止的天数（0 到 365）",
    "what the team lead is told; {name} becomes the employee's name": "通知组长的内容；{name} 会替换为员工姓名",
    "info, warning or critical": "info、warning 或 critical",
    "a label the receiving system routes on, e.g. facilities-request": "接收系统用于分流的标签，例如 facilities-request",
    "free text passed to the receiving system": "传给接收系统的自由文本",
    "{kind} needs {name}: {meaning}.": "{kind} 需要参数 {name}：{meaning}。",
    "{name} must be text: {meaning}.": "{name} 必须是文本：{meaning}。",
    "title is at most 200 characters.": "title 最多 200 个字符。",
    "severity must be one of {severities}.": "severity 必须是以下之一：{severities}。",
    "{name} must be a whole number: {meaning}.": "{name} 必须是整数：{meaning}。",
    "dueDays must be from 0 to 365.": "dueDays 的取值为 0 到 365。",
    "A rule needs at least one action.": "规则至少需要一个动作。",
    "A rule has at most {limit} actions.": "一条规则最多 {limit} 个动作。",
    "kind must be one of {kinds}.": "kind 必须是以下之一：{kinds}。",
    "params must be an object.": "params 必须是一个对象。",
    "{kind} has no parameter {name!r}; it takes {spec}.": "{kind} 没有参数 {name!r}；可用的参数有：{spec}。",
    "none": "无",
    "There is no training plan {plan_id}.": "不存在编号为 {plan_id} 的培训计划。",

    # backend/resolvers/automation/outcomes.py
    "windowDays is from 7 to {limit}.": "windowDays 的取值为 7 到 {limit}。",

    # backend/resolvers/automation/rules.py
    "A rule needs a name.": "规则需要一个名称。",
    "A rule's name is at most 120 characters.": "规则名称最多 120 个字符。",
    "There is already a rule named {name!r}.": "已存在名为 {name!r} 的规则。",
    "A rule needs a trigger kind.": "规则需要一个触发条件类型。",
    "cooldownDays is from 1 to {limit}: how long the rule leaves someone alone after acting on them.":
        "cooldownDays 的取值为 1 到 {limit}：即规则对某人执行动作后，多长时间内不再对其执行。",
    "A rule with this name was just created; choose another name.": "刚刚已有同名规则被创建，请换一个名称。",
    "Another rule took this name at the same moment.": "另一条规则在同一时刻使用了这个名称。",
    "There is no HR task with this id that you can see.": "没有该 id 且你有权查看的人事任务。",
    "The task is already {status}.": "该任务已是“{status}”状态。",
    "Someone completed the task a moment ago.": "该任务刚刚已被他人完成。",

    # backend/resolvers/automation/triggers.py
    "the attrition-risk score (0 to 1) at or above which it acts": "离职风险分数（0 到 1），达到或超过该值时执行",
    "completed trainings below which it acts": "已完成培训数低于该值时执行",
    "how many months back completions count": "统计多少个月内完成的培训",
    "days ahead within which a contract in force ends": "在多少天内到期的在用合同",
    "the alert kind, e.g. TRAFFIC_ANOMALY": "告警类型，例如 TRAFFIC_ANOMALY",
    "{field} must be an object, e.g. {{{keys}}}.": "{field} 必须是一个对象，例如 {{{keys}}}。",
    "{name} must be one of {kinds}.": "{name} 必须是以下之一：{kinds}。",
    "a number": "数字",
    "a whole number": "整数",
    "{name} ({meaning}) must be {noun} from {lowest} to {highest}.": "{name}（{meaning}）必须是 {lowest} 到 {highest} 之间的{noun}。",

    # backend/resolvers/compensation/assignments.py
    "overlaps assignments.{i}: both give {scope} {target_id} a plan on the same days":
        "与 assignments.{i} 重叠：两者在相同的日期都为{scope} {target_id} 指定了方案",

    # backend/resolvers/compensation/payroll.py
    "A run is for everyone, one department or one team: give one of them at most.": "一个核算批次针对全体员工、一个部门或一个团队：最多只能指定其中之一。",
    "A pay period is a calendar month: give its first day ({first_day}).": "工资周期为一个自然月：请填写该月的第一天（{first_day}）。",
    "No such department.": "该部门不存在。",
    "No such team.": "该团队不存在。",
    "{first:%Y-%m} already has a run for this scope (run {run_id}, {status}): recompute that one.":
        "{first:%Y年%m月} 在此范围内已有核算批次（批次 {run_id}，{status}）：请重新计算那一批。",
    "No such payroll run.": "该工资核算批次不存在。",
    "Run {run_id} for {period_start:%Y-%m} is locked: corrections go into a later month as adjustments.":
        "{period_start:%Y年%m月} 的核算批次 {run_id} 已锁定：更正请以调整项的形式计入之后的月份。",
    "Run {run_id} was computed by another request just now: reload it before computing again.":
        "核算批次 {run_id} 刚刚已被另一个请求计算过：请刷新后再计算。",
    "Run {run_id} is being computed (since {claimed_at:%H:%M:%S} UTC): wait for it to finish.":
        "核算批次 {run_id} 正在计算中（自 UTC {claimed_at:%H:%M:%S} 起）：请等待其完成。",
    "Some of these employees are already paid for {period_start:%Y-%m} by {runs}: one payslip per person and month.":
        "其中部分员工 {period_start:%Y年%m月} 的工资已由 {runs} 核算：每人每月只能有一张工资条。",
    "Another run paid some of these employees for {period_start:%Y-%m} at the same moment: one payslip per person and month.":
        "另一个核算批次在同一时刻为其中部分员工核算了 {period_start:%Y年%m月} 的工资：每人每月只能有一张工资条。",
    "Run {run_id} is already locked.": "核算批次 {run_id} 已经锁定。",
    "Run {run_id} has not been computed.": "核算批次 {run_id} 尚未计算。",
    "Run {run_id} is being computed.": "核算批次 {run_id} 正在计算中。",
    "An adjustment is a non-zero amount in whole fen (0.01).": "调整项必须是以分（0.01）为单位的非零金额。",
    "Say why: the reason is printed on the payslip.": "请说明原因：原因会打印在工资条上。",
    "The month corrected is the first day of an earlier month.": "被更正的月份须为之前某月的第一天。",
    "No such employee that you can see.": "没有该 id 且你有权查看的员工。",
    "{name}'s payslip for {first:%Y-%m} is locked: pay it in a later month with correctsMonth {first}.":
        "{name} {first:%Y年%m月} 的工资条已锁定：请在之后的月份发放，并将 correctsMonth 设为 {first}。",
    "No such adjustment.": "该调整项不存在。",
    "It was paid in {period_start:%Y-%m}, which is locked: correct it with a new adjustment in a later month.":
        "该调整项已在 {period_start:%Y年%m月} 发放且已锁定：请在之后的月份新增一条调整项来更正。",

    # backend/resolvers/compensation/plans.py
    "Give the plan a name.": "请为方案起一个名称。",
    "A plan is already called {name!r}.": "已有名为 {name!r} 的方案。",
    "No such commission plan.": "该提成方案不存在。",
    "No {scope} with that id.": "没有该 id 的{scope}。",
    "The last day in force cannot be before the first.": "失效日期不能早于生效日期。",
    "open-ended": "无固定期限",
    "This {scope} already has a plan from {effective_from} to {until} (assignment {assignment}): end that one first.":
        "该{scope}在 {effective_from} 至 {until} 期间已有方案（分配记录 {assignment}）：请先结束那一条。",
    "No such plan assignment.": "该方案分配记录不存在。",
    "The assignment starts {effective_from}: its last day cannot be before {day_before}.":
        "该分配从 {effective_from} 开始：最后一天不能早于 {day_before}。",
    "The assignment already ends {effective_to}.": "该分配已于 {effective_to} 结束。",
    "No such host that you can see.": "没有该 id 且你有权查看的主播。",

    # backend/resolvers/compensation/rule_kinds.py
    "must be flat or progressive, not {value!r}": "必须是 flat 或 progressive，而不是 {value!r}",
    "needs at least one tier": "至少需要一档",
    "the first tier must start at 0, or a GMV below {amount} is in no tier": "第一档必须从 0 开始，否则低于 {amount} 的 GMV 不属于任何一档",
    "must be above the previous tier's {amount}": "必须高于上一档的 {amount}",
    "must not be negative": "不能为负数",
    "give either a percent or a bonus_amount": "percent 和 bonus_amount 须填写其中之一",
    "must be one of {choices}, not {value!r}": "必须是以下之一：{choices}，而不是 {value!r}",
    "needs at least one rung": "至少需要一级阶梯",
    "the first rung needs {needs}: a month short of any of these would match no rung; start with a base rung whose minimums are all 0 (it may pay 0%)":
        "第一级阶梯要求 {needs}：任何一项不达标的月份都匹配不到阶梯；请以所有门槛均为 0 的基础级开始（提成比例可以是 0%）",
    "is below the previous rung's {low}: a month could qualify for both with neither above the other; ask at least as much as the previous rung in every minimum":
        "低于上一级阶梯的 {low}：某个月可能同时符合两级而无高低之分；每项门槛都应不低于上一级",
    "asks exactly what the previous rung asks: raise at least one minimum": "与上一级阶梯的要求完全相同：请至少提高一项门槛",

    # backend/resolvers/compensation/rules.py
    "a plan needs at least one rule": "方案至少需要一条规则",
    "a plan has one {kind} rule at most (rules.{first} is one)": "一个方案最多只能有一条 {kind} 规则（rules.{first} 已是一条）",
    "the cap {cap} is below the minimum guarantee {guarantee}": "封顶金额 {cap} 低于保底金额 {guarantee}",
    "a plan must be an object with a list of rules": "方案必须是包含规则列表的对象",
    "must be {version}": "必须为 {version}",
    "is not part of a plan": "不属于方案的字段",
    "must be a list of rules": "必须是规则列表",
    "must be one of {choices}": "必须是以下之一：{choices}",
    "must be an object": "必须是一个对象",
    "is not a setting here": "不是此处可用的设置项",
    "is required": "为必填项",
    "must be a list": "必须是列表",
    "must be a whole number": "必须是整数",
    "must be text": "必须是文本",
    "write decimals as strings (\"45.5\"): a JSON float is not exact": "小数请写成字符串（\"45.5\"）：JSON 浮点数不精确",
    "must be a number, not {raw!r}": "必须是数字，而不是 {raw!r}",

    # backend/resolvers/contracts/law.py
    "The contract ends before it starts on {start}; end it on or after {start}.": "合同的结束日期早于开始日期 {start}：请将结束日期设为 {start} 当天或之后。",
    "A trial period lies inside the contract, {start} to {end} (hrgraph's rule; a talent contract is a civil contract, the Labor Contract Law's probation rules do not apply); move the trial period's end inside it.":
        "试用期须在合同期限之内，即 {start} 至 {end}（这是 hrgraph 的规则；艺人经纪合同属于民事合同，不适用《劳动合同法》的试用期规定）：请把试用期结束日期调整到合同期内。",
    "Internship agreements have no probation in hrgraph: an intern is a student, not an employee, and the Labor Contract Law does not apply (this is the product's rule, not an article of the law); clear the probation end.":
        "在 hrgraph 中，实习协议没有试用期：实习生是学生而非员工，不适用《劳动合同法》（这是产品规则，并非法律条文）；请清除试用期结束日期。",
    "Part-time employment may not have a probation (Labor Contract Law, Article 70); clear the probation end.":
        "非全日制用工不得约定试用期（《劳动合同法》第七十条）；请清除试用期结束日期。",
    "The probation begins with the contract on {start} and cannot end before it (Labor Contract Law, Article 19); end it on or after {start}.":
        "试用期自合同开始日 {start} 起算，不能早于该日结束（《劳动合同法》第十九条）；请将试用期结束日期设为 {start} 当天或之后。",
    "A contract for the completion of a specific task allows no probation (Labor Contract Law, Article 19); clear the probation end.":
        "以完成一定工作任务为期限的劳动合同不得约定试用期（《劳动合同法》第十九条）；请清除试用期结束日期。",
    "A term under 3 months allows no probation (Labor Contract Law, Article 19); clear the probation end, or end the contract on or after {earliest_end} (a term of 3 months) to allow 1 month.":
        "合同期限不满三个月的，不得约定试用期（《劳动合同法》第十九条）；请清除试用期结束日期，或将合同结束日期设为 {earliest_end} 或之后（合同期满三个月），即可约定一个月的试用期。",
    "This employee already had a probation with us, and the same employer may agree a probation with the same employee only once (Labor Contract Law, Article 19); clear the probation end.":
        "该员工已在本单位约定过试用期，同一用人单位与同一劳动者只能约定一次试用期（《劳动合同法》第十九条）；请清除试用期结束日期。",
    "The probation is part of the contract term and cannot end after the contract ends on {end} (Labor Contract Law, Article 19); end it on or before {latest}.":
        "试用期包含在劳动合同期限内，不能晚于合同结束日 {end}（《劳动合同法》第十九条）；请将试用期结束日期设为 {latest} 或之前。",
    "An open-ended contract": "无固定期限劳动合同",
    "A fixed term of 3 years or more": "三年以上固定期限的劳动合同",
    "A term of at least 1 year but under 3 years": "一年以上不满三年的劳动合同",
    "A term of at least 3 months but under 1 year": "三个月以上不满一年的劳动合同",
    "The weekly hours must be more than 0 (hrgraph's rule).": "每周工时必须大于 0（这是 hrgraph 的规则）。",
    "Part-time employment is at most {limit} hours a week and 4 hours a day on average (Labor Contract Law, Article 68); this contract says {weekly_hours:g}. Lower the weekly hours to {limit} or fewer, or make it a full-time contract.":
        "非全日制用工每周工作时间累计不超过 {limit} 小时，平均每日不超过 4 小时（《劳动合同法》第六十八条）；本合同约定为每周 {weekly_hours:g} 小时。请将每周工时降到 {limit} 小时或以下，或改为全日制合同。",
    "This renewal follows {count} consecutive fixed-term contracts ({terms}): the employee may require an open-ended contract, and unless they ask for a fixed term themselves the employer must then agree to one (Labor Contract Law, Article 14, paragraph 2, item 3). This does not hold if the employee has an Article 39 circumstance (grounds for dismissal for fault) or one of Article 40, items 1 and 2 (unfit for work after illness or injury; incompetent even after training or reassignment): hrgraph cannot know these, so check them before offering another fixed term. Counted: full-time labor contracts only; part-time, talent and internship agreements do not count.":
        "此次续签前已连续订立 {count} 次固定期限劳动合同（{terms}）：劳动者可以要求订立无固定期限劳动合同，除非劳动者本人提出订立固定期限合同，用人单位应当订立（《劳动合同法》第十四条第二款第三项）。但劳动者有第三十九条情形（因过错被解除）或第四十条第一项、第二项情形（患病或非因工负伤后不能从事工作；经培训或调岗后仍不能胜任工作）的除外：hrgraph 无从得知这些情况，再次提供固定期限合同前请先核实。统计范围：仅限全日制劳动合同；非全日制、艺人经纪和实习协议不计入。",
    "The employee has worked here without a break since {since}, 10 years or more by {renewal_start}: they may require an open-ended contract, and unless they ask for a fixed term themselves the employer must then agree to one (Labor Contract Law, Article 14, paragraph 2, item 1). Counted: full-time labor contracts only; part-time, talent and internship agreements do not count.":
        "该员工自 {since} 起在本单位连续工作，至 {renewal_start} 已满十年：劳动者可以要求订立无固定期限劳动合同，除非劳动者本人提出订立固定期限合同，用人单位应当订立（《劳动合同法》第十四条第二款第一项）。统计范围：仅限全日制劳动合同；非全日制、艺人经纪和实习协议不计入。",

    # backend/resolvers/contracts/lifecycle.py
    "expiringWithinDays is between 0 and 366.": "expiringWithinDays 的取值为 0 到 366。",
    "Setting pay terms needs compensation.write; leave them out to keep them.": "设置薪酬条款需要 compensation.write 权限；不填写则保持原样。",
    "No clause with key {key} in the library.": "合同条款库中没有键为 {key} 的条款。",
    "A custom clause needs a title.": "自定义条款需要标题。",
    "A custom clause needs a body.": "自定义条款需要正文。",
    "{name} is between 0 and {high}, with at most two decimals.": "{name} 的取值为 0 到 {high}，最多保留两位小数。",
    "The contract ends before it starts.": "合同的结束日期早于开始日期。",
    "Overlaps {number} ({status}, {starts_on} to {until}); one labor contract at a time: end or terminate that one first, or start after it.":
        "与合同 {number}（{status}，{starts_on} 至 {until}）重叠；同一时间只能有一份劳动合同：请先结束或终止那份合同，或在其之后开始。",
    "No employee with this id that you can see.": "没有该 id 且你有权查看的员工。",
    "No contract template with this id.": "没有该 id 的合同模板。",
    "No contract with this id that you can see.": "没有该 id 且你有权查看的合同。",
    "Version {version} is still {state}; finish or replace it before amending again.":
        "版本 {version} 仍处于“{state}”状态；请先完成或替换它，再进行变更。",
    "An amendment needs an effective date within the contract.": "合同变更需要一个在合同期内的生效日期。",
    "Someone amended this contract at the same moment; reload it.": "有人在同一时刻变更了这份合同，请刷新。",
    "A contract that is {status} cannot be changed.": "状态为“{status}”的合同不能修改。",
    "Version {version} was already submitted.": "版本 {version} 已经提交过了。",
    "This version was submitted at the same moment by someone else.": "该版本已在同一时刻被他人提交。",
    "Nothing of this contract is waiting for signatures.": "这份合同没有等待签署的内容。",
    "The document no longer matches the hash it was submitted with; it cannot be signed. Ask HR to investigate and resubmit.":
        "文档已与提交时的哈希值不一致，无法签署。请联系人事核查并重新提交。",
    "Signatures go employee, business, HR: waiting for the {waiting} signature before yours ({mine}).":
        "签署顺序为员工、业务负责人、人事：正在等待{waiting}签署，之后才轮到你（{mine}）。",
    "Waiting for the {waiting} signature, which you may not give.": "正在等待{waiting}签署，而你无权以该身份签署。",
    "The {waiting} signature was just given by someone else; reload.": "{waiting}签名刚刚已由他人完成，请刷新。",
    "Only an active contract can be terminated; this one is {status}.": "只有生效中的合同才能终止；这份合同的状态为“{status}”。",
    "Say why the contract ends (it goes on the record).": "请说明合同终止的原因（将记入档案）。",
    "The termination date must fall within the contract.": "终止日期必须在合同期内。",
    "The contract changed at the same moment; reload it.": "合同在同一时刻发生了变化，请刷新。",
    "Only an active or expired contract can be renewed; this one is {status}.": "只有生效中或已到期的合同才能续签；这份合同的状态为“{status}”。",
    "An open-ended contract runs on; amend it instead of renewing.": "无固定期限合同会持续有效；请变更合同，而不是续签。",
    "Already renewed as {number}.": "已续签为合同 {number}。",
    "No clauses with keys {missing}.": "没有以下键的条款：{missing}。",
    "The renewal must start after {number} ends on {ends_on}.": "续签合同必须在合同 {number} 于 {ends_on} 结束之后开始。",
    "This contract was renewed at the same moment by someone else.": "这份合同已在同一时刻被他人续签。",

    # backend/resolvers/contracts/templates.py
    "{field} is required.": "{field} 为必填项。",
    "{name} is at most 500 characters.": "{name} 最多 500 个字符。",
    "{name} must be a date (YYYY-MM-DD).": "{name} 必须是日期（YYYY-MM-DD）。",
    "{name} must be a number.": "{name} 必须是数字。",
    "{name} must be a whole number.": "{name} 必须是整数。",
    "{name} has at most two decimal places.": "{name} 最多保留两位小数。",
    "{name} must be at least {low}.": "{name} 不能小于 {low}。",
    "{name} must be at most {high}.": "{name} 不能大于 {high}。",
    "{name} is not a variable of this contract's clauses.": "{name} 不是这份合同条款中的变量。",
    "key is 2-60 lowercase letters, digits and underscores, starting with a letter.": "key 由 2 到 60 个小写字母、数字和下划线组成，且以字母开头。",
    "The title is required.": "标题为必填项。",
    "The body is required.": "正文为必填项。",
    "type must be one of {types}.": "type 必须是以下之一：{types}。",
    "Variable names are unique snake_case words.": "变量名须为互不重复的 snake_case 单词。",
    "min is above max.": "min 大于 max。",
    "The body uses undeclared variables: {undeclared}; declare them.": "正文使用了未声明的变量：{undeclared}；请先声明。",
    "A clause with key {key} exists; edit it instead.": "键为 {key} 的条款已存在，请直接编辑它。",
    "No clause with this id.": "没有该 id 的条款。",
    "A template needs at least one clause.": "模板至少需要一个条款。",
    "A clause appears twice.": "有条款重复出现。",
    "The name is required.": "名称为必填项。",
    "A template of this name exists; edit it instead.": "同名模板已存在，请直接编辑它。",
    "No template with this id.": "没有该 id 的模板。",

    # backend/resolvers/employees.py
    "A name has 1 to 100 characters.": "姓名长度为 1 到 100 个字符。",
    "This department does not exist.": "该部门不存在。",
    "This team does not exist.": "该团队不存在。",
    "The team belongs to another department.": "该团队属于其他部门。",
    "This position does not exist.": "该岗位不存在。",
    "An employee cannot manage themself.": "员工不能做自己的上级。",
    "The manager must be a current employee.": "上级必须是在职员工。",
    "The hire date is more than a year ahead.": "入职日期晚于一年之后。",
    "Employees must be at least {age} on the hire date.": "员工在入职日须年满 {age} 周岁。",
    "Changing pay or bank details needs compensation.write.": "修改薪资或银行卡信息需要 compensation.write 权限。",
    "Setting an ID number needs employees.read_pii.": "填写身份证号需要 employees.read_pii 权限。",
    "Clearing an ID number needs employees.read_pii.": "清除身份证号需要 employees.read_pii 权限。",
    "Employee number {employee_no} is taken.": "工号 {employee_no} 已被占用。",
    "Another employee has this ID number.": "已有其他员工使用该身份证号。",
    "A new employee starts on probation or active; use employeeTerminate to record an exit.":
        "新员工的状态只能是试用期或在职；如需登记离职，请使用 employeeTerminate。",
    "The employee number or ID number was just taken.": "该工号或身份证号刚刚已被占用。",
    "No employee with this id that you can change.": "没有该 id 且你有权修改的员工。",
    "This employee has left; their record is read-only.": "该员工已离职，档案为只读。",
    "{field} cannot be cleared; give a value or leave it out.": "{field} 不能清空：请填写一个值，或不传该字段。",
    "Use employeeTransfer to move an employee; it records the history.": "调动员工请使用 employeeTransfer，它会记录异动历史。",
    "Use employeeTerminate to record an exit.": "登记离职请使用 employeeTerminate。",
    "name cannot be empty.": "name 不能为空。",
    "This employee has left and cannot be transferred.": "该员工已离职，无法调动。",
    "A transfer cannot take effect before the hire date.": "调动的生效日期不能早于入职日期。",
    "Say where to: a department, team, position or manager.": "请说明调往何处：部门、团队、岗位或上级。",
    "This employee already left on {left_on}.": "该员工已于 {left_on} 离职。",
    "The last day cannot be before the hire date.": "最后工作日不能早于入职日期。",

    # backend/resolvers/org.py
    "{field} is at most {limit} characters.": "{field} 最多 {limit} 个字符。",
    "Department code {code} is taken.": "部门编码 {code} 已被占用。",
    "The parent department does not exist.": "上级部门不存在。",
    "A department cannot sit under itself or its own sub-department.": "部门不能挂在自己或自己的下级部门之下。",
    "The department does not exist.": "该部门不存在。",
    "The department already has a team named {name}.": "该部门已有名为 {name} 的团队。",
    "The lead must be a current employee.": "组长必须是在职员工。",
    "A position titled {title} exists.": "名为 {title} 的岗位已存在。",

    # backend/resolvers/pagination.py
    "This cursor is not one we issued; start from the first page.": "该分页游标不是由本系统签发的，请从第一页开始。",
    "first must be between 0 and {limit}.": "first 的取值须在 0 到 {limit} 之间。",

    # backend/resolvers/performance/reviews.py
    "No review with this id that you can see.": "没有该 id 且你有权查看的绩效考核。",
    "No review cycle with this id.": "没有该 id 的考核周期。",
    "the 1st of January, April, July or October": "1 月、4 月、7 月或 10 月的 1 日",
    "the 1st of a month": "每月 1 日",
    "A {kind} period starts on {what}, not {start}.": "{kind}考核期应从{what}开始，而不是 {start}。",
    "A cycle needs a name.": "考核周期需要一个名称。",
    "The period starting {period_start} has not begun; open it once it has.": "自 {period_start} 开始的考核期尚未开始，请在开始后再开启。",
    "A {kind} cycle for the period from {period_start} exists already.": "自 {period_start} 开始的{kind}考核周期已存在。",
    "No position has a KPI template yet: save one before opening a cycle.": "还没有任何岗位设置 KPI 模板：请先保存一个模板，再开启考核周期。",
    "This cycle was opened at the same moment by someone else.": "该考核周期已在同一时刻被他人开启。",
    "The cycle {name} is {status}; this needs it {wanted}.": "考核周期 {name} 当前为“{status}”状态，此操作需要它处于“{wanted}”状态。",
    "{count} review still has no score ({rating} waiting for a manager rating); score them before the cycle moves to {target}.":
        "还有 {count} 份考核没有得分（其中 {rating} 份在等待上级评分）；请先完成评分，考核周期才能进入“{target}”状态。",
    "{count} review still has no score; score them before the cycle moves to {target}.":
        "还有 {count} 份考核没有得分；请先完成评分，考核周期才能进入“{target}”状态。",
    "{count} reviews still have no score ({rating} waiting for a manager rating); score them before the cycle moves to {target}.":
        "还有 {count} 份考核没有得分（其中 {rating} 份在等待上级评分）；请先完成评分，考核周期才能进入“{target}”状态。",
    "{count} reviews still have no score; score them before the cycle moves to {target}.":
        "还有 {count} 份考核没有得分；请先完成评分，考核周期才能进入“{target}”状态。",
    "The cycle {name} is closed; it does not move on.": "考核周期 {name} 已结束，不能再推进。",
    "A rating is from 1 to 5 in halves (1, 1.5 ... 5), not {rating}.": "评分为 1 到 5 分，以 0.5 分为单位（1、1.5 … 5），而不是 {rating}。",
    "Nobody rates their own review.": "任何人都不能给自己的考核评分。",
    "Give a rating, a comment, or both.": "请填写评分、评语或两者都填。",
    "The template {template} has no manager-rating indicator; leave the rating out and comment only.":
        "模板 {template} 没有上级评分指标：请不填评分，只写评语。",
    "A calibration needs a reason (it is shown to the employee).": "校准需要填写原因（员工可以看到）。",
    "A calibration is at most {limit} points either way, not {points}.": "校准幅度最多为正负 {limit} 分，而不是 {points}。",
    "A calibration is in hundredths of a point.": "校准以 0.01 分为单位。",
    "Nobody calibrates their own review.": "任何人都不能校准自己的考核。",
    "This review has no score to calibrate ({reason}).": "该考核没有可校准的得分（{reason}）。",
    "Only the employee acknowledges their own review.": "只有员工本人可以确认自己的考核。",
    "You acknowledged this review already.": "你已经确认过这份考核了。",

    # backend/resolvers/performance/scoring.py
    "must be above 0, not {value}": "必须大于 0，而不是 {value}",
    "a manager rating is scored on its own 1-5 scale: leave out the target and the curve": "上级评分按其自身的 1 到 5 分制计分：请不要填写目标值和计分曲线",
    "must be above 0": "必须大于 0",
    "must be at least 100, or meeting the target could not score 100 (not {value})": "必须至少为 100，否则达成目标也得不到 100 分（当前为 {value}）",
    "must be from 0 to 100, not {value}": "取值须为 0 到 100，而不是 {value}",
    "needs a name of its own": "需要一个不与其他指标重复的名称",
    "weights must total exactly 100, not {total} ({working})": "权重之和必须正好为 100，当前为 {total}（{working}）",

    # backend/resolvers/performance/templates.py
    "{indicator}: {name} is a number with at most {places} decimal places.": "{indicator}：{name} 须为最多 {places} 位小数的数字。",
    "indicator": "指标",
    "A template needs a name.": "模板需要一个名称。",
    "{indicator}: {problem}": "{indicator}：{problem}",
    "The template's {problem}": "模板的{problem}",
    "No position with this id.": "没有该 id 的岗位。",
    "Someone saved this position's template at the same moment; reload it.": "有人在同一时刻保存了该岗位的模板，请刷新。",

    # backend/resolvers/traffic/__init__.py
    "Platform accounts belong to hosts; mark the employee as a host first.": "平台账号属于主播：请先将该员工标记为主播。",
    "The handle is required.": "账号名称为必填项。",
    "The platform's account id is required.": "平台账号 id 为必填项。",
    "This {platform} account is already registered.": "该{platform}账号已登记。",
    "No partner client with this id.": "没有此 id 的合作方客户端。",
    "Linking an account to a partner client needs accounts.manage.": "将账号关联到合作方客户端需要 accounts.manage 权限。",
    "This partner client is revoked; it can push no data.": "该合作方客户端已被吊销，无法推送数据。",
    "The sample is in the future; send times in UTC or with an offset.": "样本时间在将来：请使用 UTC 时间或带时区偏移的时间。",
    "Samples older than two years are not accepted.": "不接受两年以前的样本。",
    "Counts cannot be negative.": "计数不能为负数。",
    "Send at most {limit:,} samples a call; use the bulk endpoint for backfills.": "每次最多发送 {limit:,} 条样本；补录历史数据请使用批量接口。",
    "No platform account with this id that you may write to.": "没有该 id 且你有权写入的平台账号。",

    # backend/resolvers/traffic/series.py
    "At most {days} days at {bucket} buckets; choose a coarser bucket or a shorter range.":
        "按 {bucket} 粒度最多查询 {days} 天：请选择更粗的粒度或更短的时间范围。",
    "No host with this id that you can see.": "没有该 id 且你有权查看的主播。",
    "No team with this id whose traffic you can see.": "没有该 id 且你有权查看其流量的团队。",
    "Department traffic needs a view of everyone.": "查看部门流量需要能查看全体员工的权限。",
    "Ask for at least one metric.": "请至少选择一项指标。",
    "first must be between 1 and 100.": "first 的取值须在 1 到 100 之间。",
    "Partners see their linked accounts, not team totals.": "合作方只能查看其关联的账号，不能查看团队汇总。",
    "Rank hosts or teams.": "请选择对主播或团队排名。",

    # backend/resolvers/training/enrolments.py
    "No enrolment with this id that you can see.": "没有该 id 且你有权查看的培训报名。",
    "This employee has left.": "该员工已离职。",
    "No training session with this id.": "没有该 id 的培训场次。",
    "This session's program is inactive.": "该场次所属的培训项目已停用。",
    "This employee is already booked on this session.": "该员工已报名这一场次。",
    "The session is full ({taken} of {capacity} seats taken).": "该场次已满（{capacity} 个名额已占 {taken} 个）。",
    "No active training program with this id.": "没有该 id 的在用培训项目。",
    "dueOn cannot be in the past.": "dueOn 不能是过去的日期。",
    "This employee already has an open enrolment in this program.": "该员工在这个培训项目中已有未结束的报名。",
    "This enrolment is {status}; only an assigned or enrolled one gets an outcome.": "该培训报名当前状态为“{status}”，只有已指派或已报名的才能登记结果。",
    "score is 0 to 100 in tenths, for a completion only.": "score 的取值为 0 到 100，以 0.1 为单位，仅用于已完成的培训。",
    "completedOn is between the assignment and today.": "completedOn 须在指派日期与今天之间。",
    "A no-show needs a session the employee was booked on.": "登记缺席需要该员工已报名的场次。",
    "Someone recorded an outcome for this enrolment at the same moment; reload it.": "有人在同一时刻登记了这条报名的结果，请刷新。",
    "This enrolment is {status}; only an open one can be cancelled.": "该培训报名当前状态为“{status}”，只有未结束的报名才能取消。",

    # backend/resolvers/training/plans.py
    "No training plan with this id.": "没有该 id 的培训计划。",
    "A plan needs a name of at most 120 characters.": "培训计划需要一个不超过 120 个字符的名称。",
    "A plan named {name} exists.": "名为 {name} 的培训计划已存在。",
    "dueDays is 1 to 730 days.": "dueDays 的取值为 1 到 730 天。",
    "No department with this id.": "没有该 id 的部门。",
    "A plan needs at least one program.": "培训计划至少需要一个培训项目。",
    "{count} of the programs do not exist or are inactive.": "其中 {count} 个培训项目不存在或已停用。",
    "A plan with this name was just created.": "刚刚已有同名的培训计划被创建。",

    # backend/resolvers/training/programs.py
    "code is 1 to 32 characters.": "code 长度为 1 到 32 个字符。",
    "name is 1 to 120 characters.": "name 长度为 1 到 120 个字符。",
    "hours is above 0 and at most {limit}, in tenths.": "hours 须大于 0 且不超过 {limit}，以 0.1 小时为单位。",
    "costPerHead is CNY from 0 to {limit}, in fen.": "costPerHead 是 0 到 {limit} 元人民币，精确到分。",
    "A program with code {code} exists.": "编码为 {code} 的培训项目已存在。",
    "A program with this code was just created.": "刚刚已有相同编码的培训项目被创建。",
    "No training program with this id.": "没有该 id 的培训项目。",
    "This program is inactive: reactivate it to schedule sessions.": "该培训项目已停用：请重新启用后再安排场次。",
    "endsAt must be after startsAt.": "endsAt 必须晚于 startsAt。",
    "capacity is 1 to 10,000 seats (leave it out for no limit).": "capacity 的取值为 1 到 10,000 个名额（不限人数请不填）。",
    "{name} is at most 120 characters.": "{name} 最多 120 个字符。",
    "A session's program cannot change; create a session of the other program.": "场次所属的培训项目不能更改：请为另一个项目新建场次。",
    "{taken} people are already booked; capacity cannot go below that.": "已有 {taken} 人报名，名额不能少于这个数。",

    # backend/resolvers/validation.py
    "An ID number has 18 characters: 17 digits and a digit or X.": "身份证号为 18 位：前 17 位为数字，最后一位为数字或 X。",
    "The ID number holds no valid birth date (characters 7-14).": "身份证号中的出生日期（第 7 至 14 位）无效。",
    "The ID number's check character is wrong; look for a typo.": "身份证号的校验码不正确，请检查是否有输入错误。",
    "Enter a mainland mobile number (11 digits starting with 1) or an international one starting with +.":
        "请输入中国大陆手机号（以 1 开头的 11 位数字），或以 + 开头的国际号码。",
    "A bank account number has 12 to 30 digits.": "银行卡号为 12 到 30 位数字。",
    "The amount cannot be negative.": "金额不能为负数。",
    "The amount cannot exceed {maximum:,}.": "金额不能超过 {maximum:,}。",
    "Amounts have at most two decimal places (fen).": "金额最多保留两位小数（精确到分）。",
    "Enter an amount such as 8000.00.": "请输入金额，例如 8000.00。",

    # words messages take from data: NOT_FOUND's nouns, statuses, kinds, platforms
    "active": "生效中",
    "annual": "年假",
    "approved": "已批准",
    "assigned": "已指派",
    "attendancemonth": "月度考勤",
    "auditevent": "审计记录",
    "bereavement": "丧假",
    "bilibili": "哔哩哔哩",
    "business": "业务负责人",
    "calibration": "校准中",
    "cancelled": "已取消",
    "clause": "合同条款",
    "closed": "已结束",
    "commissionplan": "提成方案",
    "completed": "已完成",
    "computed": "已计算",
    "computing": "计算中",
    "contracttemplate": "合同模板",
    "department": "部门",
    "done": "已完成",
    "douyin": "抖音",
    "draft": "草稿",
    "employmentevent": "任职记录",
    "enrolled": "已报名",
    "expired": "已到期",
    "host": "主播",
    "hr": "人事",
    "kpitemplate": "KPI 模板",
    "kuaishou": "快手",
    "leaverecord": "请假记录",
    "locked": "已锁定",
    "marriage": "婚假",
    "maternity": "产假",
    "monthly": "月度",
    "no_show": "缺席",
    "open": "进行中",
    "paternity": "陪产假",
    "payrollrun": "工资核算批次",
    "payslip": "工资条",
    "pending": "待审批",
    "pending signature": "待签署",
    "personal": "事假",
    "platformaccount": "平台账号",
    "position": "岗位",
    "quarterly": "季度",
    "rejected": "已驳回",
    "reviewcycle": "考核周期",
    "sick": "病假",
    "signed": "已签署",
    "taobao_live": "淘宝直播",
    "team": "团队",
    "terminated": "已终止",
    "tiktok": "TikTok",
    "trainingplan": "培训计划",
    "trainingprogram": "培训项目",
    "trainingsession": "培训场次",
    "twitch": "Twitch",
    "unpaid": "无薪假",
    "user": "用户",
    "wechat_channels": "微信视频号",
    "xiaohongshu": "小红书",
}
