from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "training_programs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "category" VARCHAR(20) NOT NULL /* ONBOARDING: onboarding\nCOMPLIANCE: compliance\nLIVE_SKILLS: live_skills\nPRODUCT: product\nLEADERSHIP: leadership\nTECHNICAL: technical */,
    "hours" VARCHAR(40) NOT NULL,
    "cost_per_head" VARCHAR(40) NOT NULL,
    "description" TEXT NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "training_plans" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "mandatory" INT NOT NULL,
    "due_days" INT NOT NULL,
    "hosts_only" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "departments" ("id") ON DELETE RESTRICT,
    "position_id" INT REFERENCES "positions" ("id") ON DELETE RESTRICT
) /* Who must complete which programs: everyone matching the plan's filters (a department, a */;
        CREATE TABLE IF NOT EXISTS "training_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "location" VARCHAR(120) NOT NULL,
    "trainer" VARCHAR(120) NOT NULL,
    "capacity" INT,
    "program_id" INT NOT NULL REFERENCES "training_programs" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_training_se_starts__626240" ON "training_sessions" ("starts_at");
        CREATE TABLE IF NOT EXISTS "enrolments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rule_id" INT,
    "source" VARCHAR(20) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* ASSIGNED: assigned\nENROLLED: enrolled\nCOMPLETED: completed\nNO_SHOW: no_show\nCANCELLED: cancelled */,
    "assigned_on" DATE NOT NULL,
    "due_on" DATE,
    "completed_on" DATE,
    "score" VARCHAR(40),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "plan_id" INT REFERENCES "training_plans" ("id") ON DELETE SET NULL,
    "program_id" INT NOT NULL REFERENCES "training_programs" ("id") ON DELETE RESTRICT,
    "session_id" INT REFERENCES "training_sessions" ("id") ON DELETE SET NULL
) /* One employee taking one program once. `source` says who asked for it: HR by hand, a */;
CREATE INDEX IF NOT EXISTS "idx_enrolments_complet_36288c" ON "enrolments" ("completed_on");
CREATE INDEX IF NOT EXISTS "idx_enrolments_employe_3efc79" ON "enrolments" ("employee_id", "program_id");
CREATE INDEX IF NOT EXISTS "idx_enrolments_employe_facad9" ON "enrolments" ("employee_id", "completed_on");
        CREATE TABLE IF NOT EXISTS "attendance_months" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" DATE NOT NULL,
    "scheduled_days" VARCHAR(40) NOT NULL,
    "worked_days" VARCHAR(40) NOT NULL,
    "late_count" INT NOT NULL,
    "late_minutes" INT NOT NULL,
    "overtime_hours" VARCHAR(40) NOT NULL,
    "absent_days" VARCHAR(40) NOT NULL,
    "source" VARCHAR(40) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_attendance__employe_0df67c" UNIQUE ("employee_id", "month")
);
CREATE INDEX IF NOT EXISTS "idx_attendance__month_f64124" ON "attendance_months" ("month");
        CREATE TABLE IF NOT EXISTS "leave_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(12) NOT NULL /* ANNUAL: annual\nSICK: sick\nPERSONAL: personal\nMARRIAGE: marriage\nMATERNITY: maternity\nPATERNITY: paternity\nBEREAVEMENT: bereavement\nUNPAID: unpaid */,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "days" VARCHAR(40) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected\nCANCELLED: cancelled */,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_leave_recor_employe_60807a" ON "leave_records" ("employee_id", "start_date");
        CREATE TABLE IF NOT EXISTS "automation_rules" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "trigger_kind" VARCHAR(24) NOT NULL /* RISK_ABOVE: RISK_ABOVE\nFEW_TRAININGS: FEW_TRAININGS\nCONTRACT_EXPIRING: CONTRACT_EXPIRING\nALERT_RAISED: ALERT_RAISED */,
    "trigger_params" JSON NOT NULL,
    "actions" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "cooldown_days" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
        CREATE TABLE IF NOT EXISTS "automation_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "triggered_by" VARCHAR(254) NOT NULL,
    "matched" INT NOT NULL,
    "acted" INT NOT NULL,
    "skipped" INT NOT NULL,
    "error" TEXT NOT NULL,
    "rule_id" INT NOT NULL REFERENCES "automation_rules" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "automation_actions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(24) NOT NULL /* ASSIGN_TRAINING_PLAN: ASSIGN_TRAINING_PLAN\nCREATE_TASK: CREATE_TASK\nALERT_MANAGER: ALERT_MANAGER\nCALL_WEBHOOK: CALL_WEBHOOK */,
    "dedup_key" VARCHAR(200) NOT NULL UNIQUE,
    "result" JSON NOT NULL,
    "acted_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "rule_id" INT NOT NULL REFERENCES "automation_rules" ("id") ON DELETE CASCADE,
    "run_id" INT NOT NULL REFERENCES "automation_runs" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_automation__acted_o_a51059" ON "automation_actions" ("acted_on");
CREATE INDEX IF NOT EXISTS "idx_automation__rule_id_8f4731" ON "automation_actions" ("rule_id", "employee_id");
        CREATE TABLE IF NOT EXISTS "hr_tasks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "due_on" DATE,
    "status" VARCHAR(10) NOT NULL /* OPEN: open\nDONE: done\nCANCELLED: cancelled */,
    "rule_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "completed_by" VARCHAR(254),
    "assignee_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT
) /* A to-do for HR or a manager about one employee (a stay interview, a renewal talk). */;
CREATE INDEX IF NOT EXISTS "idx_hr_tasks_status_edc17f" ON "hr_tasks" ("status", "due_on");
        CREATE TABLE IF NOT EXISTS "financial_figures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" DATE NOT NULL,
    "revenue" VARCHAR(40) NOT NULL,
    "operating_cost" VARCHAR(40) NOT NULL,
    "note" TEXT NOT NULL,
    "entered_by" VARCHAR(254) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "departments" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_financial_f_month_b5ddd9" UNIQUE ("month", "department_id", "team_id")
);
        CREATE TABLE "training_plan_programs" (
    "training_plans_id" INT NOT NULL REFERENCES "training_plans" ("id") ON DELETE CASCADE,
    "trainingprogram_id" INT NOT NULL REFERENCES "training_programs" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "enrolments";
        DROP TABLE IF EXISTS "automation_rules";
        DROP TABLE IF EXISTS "training_plan_programs";
        DROP TABLE IF EXISTS "training_programs";
        DROP TABLE IF EXISTS "automation_runs";
        DROP TABLE IF EXISTS "training_plans";
        DROP TABLE IF EXISTS "training_sessions";
        DROP TABLE IF EXISTS "automation_actions";
        DROP TABLE IF EXISTS "hr_tasks";
        DROP TABLE IF EXISTS "financial_figures";
        DROP TABLE IF EXISTS "leave_records";
        DROP TABLE IF EXISTS "attendance_months";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4kun1kvXqcqlqoeed9YiCVVhikAOkL6cZpZjbCV4YmTGl6Q4M/3fjy"
    "TfbdlYYMB29GF6Kra2bB7J0t7PvujfraWhQt16PzCeNDRdmIZt67DVAf9uIXlJ/sFu0AYt"
    "ebUKb5MLtjynoi2dNJVsry29J88t25QVG99+lHUL4ksqtBRTW9magYjQF1nToQqorAVW0A"
    "TwxyW+9jOAsrLAUprumBCsZMsG9gKCRxNCYCBoAdVw8IMtevVV1uz35IGqoeAnauhpD307"
    "SPuXAyXbeIL4uomf8Mc/8GUNqfA7/rnen6tn6VGDuhoD8xmuSQ/0hmSvV/Ti1UI2v9Cm5M"
    "XnkmLozhJFmq/W9sJAQXv8w8jVJ4igKdtQjYCKHF33hsG/5L4tvmCbDgxeUw0vqPBRdnQy"
    "NETafYXwWkuShqOpNOlNJamVGjZfIoK2d0kxEBlyDdkWRWApf5d0iJ7sBf7z9OL8T/dBIR"
    "JuM/LEX7rjq5vu+AS3ekceaeCZ486soXfr1L33J+1EtmW3Gwp9iLU3rFYa8D6y2XhHRRKg"
    "4x+yDej+hRD1cP77EH/YF+ZP5A1+PP14/vn8p7NP5z/hJvQtgyufc0ahP5xSgENAdUN5hq"
    "rkIFvT06BeY1RsbQnZyCZlE+iqnvB7/x8FsPamLxfUe5zhOVBO+7e9ybR7e0e6X1rWv3QK"
    "WHfaI3dO6dV14urJp8TcDzoBv/anN4D8Cf5nNOxRNA3LfjLpE8N20/9pkXeSHduQkPEqyW"
    "oUE/+yfyk+0ngllLyPQZJt7sFOi4vxrtp4kz3q8TmycpILc1l5fpVNVUrdMU6NrLbpW8vT"
    "ZfKKjOQnOkgETfKenl5xJ5s2HvYrXYPIZike8Qa5isfKbSoptG0xxSN7vHfY5jWVY9NxG2"
    "/ebrz5X90tvpTtJns/d0dVYmGbrUHFhBqnR3388KGAHoVbZepR9F58m6f/zwGx374cdI+8"
    "qif01EL4nubge5rG14KKCW1pIVsLHpgTYgLtgmgrxoplA/x9MhpmAB1IJJUWTbHBf4CuWX"
    "szBVp/fXSQQmAEc0fTbWyvvifP+1vr8FoMQSimwPg4n9x2f0sOwdVgdJnUTEgHl4nh0CwJ"
    "78baC2OFuTQMHcooY5OMyiXGZY4F9zUg/tp+WOgvR6NBDPrL/jQB+P3tZQ8v7XQccCPNht"
    "FdNAScACLp2lKzpRVWjZYacmwG+JnaSab84exj/FV/qIuNjNdo8uu3MJrikiXYS5Vb7PEP"
    "VEdIX3ufVU0MKG8FyLWXvb3ZNOwtB5/ZgbCZq2YzxxZW+GI8bzXYcUkxylUbZQ5mJJwOr3"
    "C+MIxnhqZ56Ul++TaGukzBTA+7R3b86vbSQ+rKKLajVnPsw6vhYh9itcIwPBrmEqt0iuF4"
    "TM32oN153XXd3hoE2o7EW4TQ1RBZcRb462CAfSuj9dQg/6ULVh+/howUlpbnId5brnRjDb"
    "fSQo5Kn2Qh3fZ+mpQgH6M/1CQTEYMYzOI024hnIR0Y4rfDLaAn7dFPwbh5txMdeK2I39R5"
    "WqQbhKOHBwS/HXRV/qvu5Kp7TRc/KTUWcVbfnQQ2lJdlTIIp7qfxE8D/kfyDT2AuaeCDEe"
    "MY+FzSfYybXjrKM2Qy7pG77Ty6nZqGc9qwoJO/C2ys+RBugwgBayGbUAXzNYAv0FyDlWko"
    "0LLAiWPhy68L3JI43vFNZGMZC2gWuHM3+Ml/D96lHf176F84+3cmqU8LkdSnOST16YdNzn"
    "467oxV7YtuyBnMRiiSgPyRyNTQwM5B+Xp0fznogbtx76o/6Xu8XqBo05txImnc6w4S1Iaz"
    "Ure0buOSDaQ23pDFs09f8Bg+4h+ymJIPk7kxRe/nb01uSyn8xjdvTqOV/C+yRlISBo828D"
    "px9xTrPRhDxyLXZeDxNN5u49rzePewLbypGDrET1hq+jq9P+3nEcJRXS1HNR0ybv9eXKpx"
    "WsCnIhF/n7ID/j6dJz177hfAA3EosS/v6fHwPTstgO/ZaSa+5FYcX/h9peHFaYv9Pi4p9v"
    "vK7ffCY1XsC2uux4pYwNto8pbwWxx7eIV3Soxy+BWbzIDITB0+InG4AI6K6/Ip6zcOMINU"
    "MkyoPaFvsChVfu91UzNwc8hyU34NzMnopGIy1H8eiU4w2Kls9Ho7lz4wiuat7SV8/LgRuB"
    "UyGi+KMMcX2cTxxUbeOPqaHIgnxA4XjNtqHQT4vYTirqC51CwLvxhXPG5CTATlxrSTMoJy"
    "Tax10Khnnk8gJnTADwAZCB7qIyj0DeR8AskvgE4fSWMsNbnBz1GxA8Y+B1dqG/z8jBVnJG"
    "257jCFxepT+uoj/IrZ61E9CSiG7RqEsx3GzRi34MqIdtrWhKtVtJP/I5PRToE9lIhxouBm"
    "BDkRmXRkEzUVg+4KxTMFUyfT0KOvzTD0/J+TbegFs0PkCdeKsmnnmHSQlHbh0WQDgcbZzy"
    "XWWYmYcbJlvRr4Q+f1cKcERQ5rMcNZJE0e2G7QDUXWuazhUOKApvD/Ln68Gh7GFv5YrNBA"
    "Tp2B5KQWfuds6Oup9hfxO9PSQG6BuC3rCkWFhXeyOhZeeqwT6S8F1dyE1FZeyooN6p6dlD"
    "CSpLSjo5IjsatiGBf1VSamV8wCxe8AhveDQZ7DMhpikYwx3j6FMRnZXLMNq1DW5//bDSJ3"
    "ai4hsnsvsI6rQCGQRBpxcawWpmTL1q5Y3ZhT3EmDICqNOg1Zv92oUz/eolZECi916v/IJH"
    "Ua8s9x6jRCjyaZ0yiruht1WiAV9BqSZNNlRvHFyN12Ho+qBu0Em9osNlXBg81DhPjtG8el"
    "lp9gIQot7reQpWCYstFvLsOEN6KsMrGZm0FMRjAOGxkHF68S+Ia4flEvjIsyDrHJFVPbxn"
    "iuj/tX02J8g7LQdNWErOAxDnOniYjHvv+M8jY8GG1b2aYO8Pj8144QNY8oFFzVAciFXFP0"
    "zrA070XTpwD499q5BwB4rYQR2iwj1NZsPnd8INA4M3QvlpIOXyBXyFQgsBW+FVvs9h31r1"
    "m0dB/l7hj7yoYInpioiP7fEMXDEWIsdCKhE5UO0vNKk2wyn/DP2nE6fVtpU6+nJhkj+9Qg"
    "qeHG0B59gy5bcwysxnK1xj8inhHSO32vfwhd8oi6pGDd961Lyiof+xqR2BP3Wr/5K7wYb9"
    "uLEW4bfN9SSk5Uednszojv0Yd0aVQN6KI+jdQ028GvsYTLOTNHU9hewvY6WLAbq6D/bmFv"
    "qYNra8U68sa/pX5tMhAudfpEPB6OfSZCMjQucqhCWcclbE4vDtYWhmUZXXeyrcsYwST8Er"
    "XSG9o5tmSQTIAMHpMyIdY4H0XzQ+Ua5v/BgKisQocE4B5ylqkdLwZ2KF1hb1DrtjvodcBS"
    "1uEMfem5fz3CpZe1e/x82Llm2gtJlVmnsxI7nz3R41J5Nn5lRqIMLxEx0ZNeNqxqOMSSSM"
    "PXQ4q5XuGfPYXfM3e8iHSFp3EZ4E17v01jNEiqilNAhQxGw69+82Rppwz4JVV7ghbDks5e"
    "rVmypYxBhfbE8s8/mMvo2T9Bcas5n+xATHv+ab9aeOUIi871QKAJaCfUviJ74ln2nniW2h"
    "MPXMqn0ujupZYPDIghF6otNUBGN1V2l7W+3A8GEmHpcX9YWiJK0gzddcdT7yphFLyr2Ars"
    "jYcdgEcFmmiGplhzHE7xZMGao7tuHj/CCA+L7TA4q2KjF0pX2Fxq3Y1Hl91pf4SHYmUac8"
    "p4zlD3atr/BQ+YW+dohga97i/94dcO0KH8goeEXPkyJX8+VmSsFpoJVYlVbjpby4/K7Kjj"
    "V9TjUFDJJ8PIiV1E5C2bR3PZgpIl67LJODLrGioatoSz1MSYZBJEV/S910WzYOxd9W+7g5"
    "OPp+3TRLSh/+mfZ0V7Mhw2BQI9GQCLGM+8Sm0iOiJ7I2tudIQoGd20UfcxSpaMrk5MTMW2"
    "rbLDzFzvJ+dpUnEhAWsaVj8jjTMfPS4lgE0DG4kEKAhqREIAWuGYuIrhXHZIXHISlwBvwX"
    "z1mgIb+W4zqjWyFtwSYI3mHDcT2sQ+U2DGejt+Ceg2L2IziW5cO9qh0iit/OY56naMky14"
    "jElNEI9NTROuDHNXfJo3K+P+nhd2cOt+g4mrZiMXgookXj4a5rKkD+/O664b+tsbOL/wXR"
    "rbuiNYV143jZ1b8to0dF2S1X86Vlg2c4fZ5XbYDfprMHKWrq12h4v00lSQTPiiwdedS5KT"
    "TpoKEUT4eynhw+v5/TQVKNm2IVKJKi8t8aq82BGvbtDdLemtqaiR6AMomVAxTHVHxAakqz"
    "HtqaloHbiQe20w4kpuiyz/mvVMjmY2WdWGPOERglMD/6fAPoB7m/idNURlFYmAx08EJOEO"
    "2ycCJo5xyU4GDB5TajJgaP1m5gTGDORNqYGUNg6N872mCP4ROzDIUBTH9KLL/iGyBw+ZPf"
    "iMf1Ya1mIxm75spcNsb/rj3nUH0OjFGZqOu8PJl96YXsMwI+sRmvTO3Xh0O5qSyyvTWBo2"
    "uTbpDrrj36Wrm+7wK7njBqBJykJGT+R+1cI6o99RakyzoxMTYm86uNMb4jl8ZKouuUGKKV"
    "kRphidyukwRQ8w+dFmeXOKYB2ICqjzoTahbGF8FAzAk8EKvy225DO6qXCWS+tqdHvXG068"
    "kH3FWK4gsryo/avuuNcbS1/Ho1+nN/imbEKssT2Zxqu9mKHb7rD7tXdLsyxcPYyoRzP062"
    "j8bTDq4s3g1TCfdUMmW8egO/0yGt9Kd6NB/+p3vIP4tP3K0DVlPUPj3mB05b0FVkUNxXuH"
    "u954Mhp2B1gEmhhYWafXSGfd4VWPXiYdkbHA79SfXI2G1/dX5J00bFwh1VHwO+GLeF+7mk"
    "q94TX5lS5vLUGE3200vemNO8CgetgWm1T5+VQveDIhmxkCnhudHJPbLj65Pt94idHJyGBl"
    "c2dnZPrtK/xdl4HwXjIxRSR49rJSz5jg6tfJq9gnV3aM5fEOcK7cFyTCgusBrOtywYv5fM"
    "2HbVpQwCuirt/GUe5VW22LBljmneXuM/wZ2kIJAIugdnYEtghqF0HtVQ1qZ8Mb2ftLQLhZ"
    "IdZJdNN6EndgO1dYQ9pVn+ue7Tqqlu2Zjdxt5zllZdLuUP5YLqfrpfb0Vvyufzk9PTv7fP"
    "rh7NNPF+efP1/89CFQttK38rSuy/5Xoni1oxTFZu8sP490SP7ooOPRXPoIf9OGKWU74jMG"
    "OiZVZRd88THec3VTFzIuyzEqIkzHtC3u4oN/LN/RjQmxBs7evVTKIwXGWAp4LtDswMrSMD"
    "5iNdMiC8Sn7AXiU2qBsGUTa0guRhwgJ8Sa4DiLI31eBOnzbKTT4QgeZHwsXlRGLMZVcpU0"
    "+/QzVzOX0pj+fTIaskH1lHmGKq4pNvgP0DVrby6o1l8fHUTXfTB3NN3WkPWePO9vrT3hnQ"
    "MmQSjfy550qCf0a9JBqsz3imd1dls3b1Eup5h3yg9wJMpEhyabLaE32rlECWkiKJI3SpFU"
    "OYC9jJLDYXDfb3f9MS0rnLpE49q/fOlfSd3h6LY7+L0DEhdmqDudjvskAlEa9yffOiD+Ny"
    "k8/ft4NBhI4173GsvH/sTS91PcjxvAGP67VQld0oIv0NTsrWNao/JVtkTxx/BlRGqAPxoz"
    "9Gt3PKSTAa+9iNaYviLDeUViSbGMrSlu1PPxWRfLmf8TKvxWVVKueTv4Hmqwe5hxGQBxIW"
    "FYCcPqLUfy1BnPJbQsrF+n8cyO9o6IVHnvq2zEN9FLeYgBv301aAHy2MbQAipUnRXNzebQ"
    "MmJCjTsE87TQQY2nOQc1nqYPahRJDtnoN9lL/Yxv6VB92mroGeIljH/F9M6aDLePSfHxZs"
    "Wk5TkdU6INNN724eDF42foL1t9YAlR8XFV+eMKBovvw0qIiY8q86OqiFvj2ljiX5oZChq9"
    "3c5zcai0IU8waGu6gMBw7LnxvQNeTY2UvAMaAja+bOG3cIufuOEhQLbodbeuCdBs4JUx/h"
    "l3jhBUSUfANpJ84j6eMUOvcL4wjGeAQdAIMQstMF8D+B33o6+BgSAp0KJgs/V9qy38NrX1"
    "29D/51j7/PYV9tVUJrrmqJR75WyyhnLulcP5DZHutQY2KPfFb2QkRAWDUxWro1CZCs1ayb"
    "ay2GrkU8IHMTCPUGO06iOdaV9ymDxRztxXshm6MEfd419dpf3a7W5dww8/K/eQrwAyp32Y"
    "hI1hIzKQzbYTPdtJig9ruWFxf7QgUleGt5VSk9Qt2ipsrqrbXJYt2w7jSy8YJxVIH8wGa6"
    "3wXCO48g1L6643vKbRUZ78DE38K1Zw5f7qqte7pnVdHUWBUCUlXb90+wNy6VHWdKgmGY/j"
    "RFCR4w+WK1YZ8Oy8tYjI4ayLDzXRgBH8bkseRFvoQgzx5iXc1l0dinmsdRmPgSo5yNYYeY"
    "obnNZJYeFaqfJYr+Q1qcqaHuXsGKiISBNcKocOgdJly5Zc5QCDqjIYx8xtiiUqKJv0hkVx"
    "gqZpMMpkZ8/ruJSY2ltE97l21HaMSUJWbBtV3jZEUFv2YtZcStRnMjh9DHEp4b1heW9ess"
    "oh59E9UakmwXoA3idF/6ZneXosuOvKeWxkL9JjzUYki+dtJ+t6xj/yzXU94UtJJT3jQUFN"
    "hfclo55ngO1xIraSEzybkY9+A5sZeX86VSxP/a0Q73s7P80xuQpfec0bGFhzUSjV5CIn1e"
    "QinWoSBjwWza8KJaqRYdWowiv4jRx24epsEiIq04hpf2gOwoLYwmRA3kOKuV5h2LKxD0UF"
    "8lsgr1kSCV5+YR1hnHdSVUxuu5OqtoLe31dre1QVeShUHAKdRBywjsmKS8nUWbLEhQM0Cb"
    "SqWeRnbhkIFhUVrKZgNQWrWS1W03iNnD3OZfUxJIU7jhFBTWFyLMhZTTolJ8DdSF5Gp2QJ"
    "7NqdbNq4w6ugv3qBXZReY3zImxnMcHqWAHSzTyBJfcm8HKYIwS4O/l5DsAcYrQm0LPddU2"
    "Rv9HY7j+glqEuW27Jgiu4IQTA3DVlVZMvuABmYDgLGI5ARkBXFcJD9g0USaVc6tMCrZi8A"
    "MsCTvAIGHmA3y9Z9Hr148vEDWGrIsaH1jqbGxlJ19/wsZpy41zG1+my87rrqZDJWPGjnfU"
    "mqvHbbiADyKgaQm9vZE3HJBtoTNbEfCpmNEKlbDXJUTgxxpYeYrLLM0c1gfWRWxZHYoDZr"
    "QMkgJasruhseh70XkWhSNEt5J1BD+Vl60eArNHlgTYoJbFknM708bQFtQkogy0DWxUfKXA"
    "7y1NG0bJMgPoh2Gk3jwha5oesG5yRPyTVpDMo79cZHiMQucaCbkhPoMtB90h5tySTRKg7D"
    "vXwNFW0p62yAk6JJpcyVfe/1UUOs89Sy3lX/tjs4+XjePk24k6OVkhJYL194IXYlBLIbkC"
    "WnMHMtvaGAWBUYqwLuF5puwTweVJNiAlvmUaVRlrGoPhwTErhu9tdFSN9dXXW6bD8a5rIb"
    "9lgzqIt6k+KzrErh8LcQ/0JlQv0CLYZ7JHa/necfWdKWkudiKO4gcU2llKuCuFvwyy7neD"
    "v5GZx4N9pAtt8BzS01imTbMWUdPMN1G1gG8XnAHy3P7ZtyjuzhOTPk/lqv6KkFkGEv8CPx"
    "E1TcSjFMEyo2KX2Kn2/ClS4ruJFmW+BF1h2YWeA05llheFSE86SSzpMtiuYLJr36TLqBdA"
    "3BLbi2tKDQL/J4iG04CIGq4B+ObiUL/kHwD/VYFQT/IPiHOuAq+Aee5bbG/ENyDBgUBGOY"
    "slmIlddY8n7yXurj+g8hfcPveGlEsk6w3clOfytG+t4y9aOjEoe2WPnbqHyV02lb16P73/"
    "vDDlANZ62hGfp23+1Pbkb3HfDsyJq1MJwZmnZHl92RNOj/0sOjLBtz2ZAI1TVDl/1Bn/yv"
    "A+aarpH/zdCvPax/TSX8n+GwN5h0wCtUFrItEV4L4U9shn7rd0c3o+HXyQ1+zHdNNjA8T9"
    "aCPKn/bTr6hh+iPdvGM/4bW+RXN/jvV81WFkkqLmNq7PkID/wzVJ3rpJRQospTofi3l6hg"
    "XKyEcV4N43Qph8hCyAF0QkygXQxtkfiZjX5zEz8XuDs++yIiIXIRGQGqbrbgVrm0TFkB8k"
    "YDjkzJEqy3nncQVP3wLWq1Rb7dmMk2xsvIuH81beVM5TLM47eRScv8jGN44zcBw/vBoFi6"
    "ZzRFcPtkz0RaYs224MxEz1jdozBSYHuckvEJTQRKldc7ojQ15cdHTbmWG5U1HM80MTVDLQ"
    "emO9pXk5DaJ4M3hfIyMr8YBF6iRTuPv7NxW8l2G0v+xN8cSNQFRPAHC2CRDo2wIZun9YMf"
    "6EOuW8BylkuovgcP9OYDcBlCtyl4XRgAPwZ3A9Wfk7RF6Q+YoQf4+AhpFTH6Ox8AnpEWjL"
    "UCsg10KFs2DUMK2v+I2+M+HdMCJzKwoG3jl8xJ06aYJnKvY/nZKiSb4DLc/kSKdnWjjCKj"
    "WdBQiUgIBxOrWFpy+hfENSUnjD8GuCIPmTcPmW4XnByPcMtnHlQQ22Y5YE0LCnxZRxcRhP"
    "hT55NiAluRPy+yvCsBscjyPv4YiDjgikSrfhJxwBVAVsQBl7sqiDjgPbs7jxNNuYGHLcrB"
    "8tOv0YxKwk6eKMZyJaM1IFY7+F8DwXdtjx1NFZwkSZayDbwCgsBAQLPT9S3Lf8QM3WDDme"
    "ZqEoYMyCb0OFjjkQqHzyMWNnhdQESvk6e/yhYwsfKBe3NWXlao18qYoSV+AYv2aoFnCFc0"
    "j1QzwUKzbMNcu/U3SVf0wfgf65DzfTTMQnmhbCo34jOmDdogzf+Sa4LhPbYCnM3wCspsK8"
    "pMBEaVqCAc3svQcECFk2GP4GbH3GTiGhURaqzgdQWv2xBsBa8reN3qjoGo3lkLdAVrLqpn"
    "1B9ZwZoL1rwu2IrqGaJ6RkXC5du1qZ4RT1jIdvmEGQ2bvT6RTIrNjp9fiVtFRsBwbEtTIb"
    "AMx1RorUvDtC3iy4hU23TdMjJwn9AGz3CFhS2vNVTBCXz/9J64Q1Lenz09Z4bWUDb1NbAN"
    "G/9AWhwUrJy5rinAlNEzjasHQ8MGSw1PUIDniAFUWcMSxPnjrCw3F+AJN3Z02dTsNSkaSi"
    "4Zr6jYwWn0l9B/Ee+UJWFgRb3PChm0OYelBUMXH4HsYgehRAPrHHwqUubgU3aVg08p/TX8"
    "ItL2QaY7LCb0pp1i2MDnBS8i8qahe5VtZbEdh5gSbZJaemAK0Q2K2MILkRZs0igIP0QNsB"
    "Xns+2d+t6G9haobnQoPOFnwO18CqGowDjDN5mN7ybPZFPhPbBSocvoyZGfuAy3qMxWplvV"
    "AnBiltt5EcvtPNtyS3sevKI6zFluGDqUUYZmEZVLAD3HgvVDOm+6jkYD0nNQeO6yn5i8w/"
    "vby9745GPC45Oe00tyRA1jRueCHQoJpAsjLfwUwk8h/BScfoorXXYs2GI4KLw77TzPBP7h"
    "1A0hKbRx4ZJAbnM/m0PX5qZsrn8GDy+yqZG+rQegQtzIhO45X2TiqODh3/8m7/jnnw+AHt"
    "i1MHTiFCfdEF5/bqjrTso/sc+HzdAf/55R3Gb4UbOWF1siWVhbgcRdo5CjyPArzVqkU7dR"
    "7DKe2FB3r79//969ttQQufKB/lv+Tv5NCtX+I8tpsYtL4q34I/ZW2vwZMjJCsrVVr3k5Po"
    "bjArtnD4Ot2Xx1wQOBBjpwTgsVqj7NKVR9mi5UTZawNMBT+D1jSfDbNwLfHDinvd+mMZXU"
    "R/HktvsbBTioPD0YDb/6zSOoXw1Gl0l+wd9s0oj/fTIaZlALUaGk10dTbPAfvJ1Ze1OcWn"
    "99dBANjgJzR9NtDVnvyfP+1jr8oBCQ8gcliX87XuObdJAcFGelblmqPS4pSrVXpVS7j1Gk"
    "VntQZrMCWeBXnr7cYunb/r1CGvceTs8ReuQR9Uj3nGMefSeUaJw2eVZE2znLVnbO0ody+I"
    "YqBYmJ8uZjiFKd7EsTKgH51pf7wUAiqyV+AJaWyD40Q3fd8dS7Sghd7+q0O+gNp+Q0Ip2e"
    "nY2na288nNz07zqAhkgja6GtkqZ1McW1kN7KcWAQHhvbYWhRxYYwlK7y2F2Pu1/wcKim/I"
    "hH4643vO4Pv0qT/tdhd3o/JmMHkYoHQbK0J3oEOh7D7tWUnigl08KIM9T77a4/7l13APy+"
    "0kyo4lHujW/7uAdyEY/pUkP0h1ZlVEU8WU3jyTY7Gw65k/ABt8JfBlSgZRkm5xEzKcFSsv"
    "8boONEK1X4iwzn3EwJ7n2GVvjb9sHAD5GwUWaxoMwmbdjSTXCUH5rBEee6ZS8c9SQLipzr"
    "5o/dnIvmj0s1gjBNaIAX50VUwIvzbB2Q3EtoMd65YXw7cUJKuPCZO/GSnKELpRdokto6vP"
    "WjmNIC6c3BEjByFN6O0RIcp+pVDeSiYRKJT7nA0XrJqVkCzj4PO/W6/iXsuaGwZ3zfGfBn"
    "M+cRb5fb0Y6Hfvkj0bwR2OuxX8kJ3MpxNgRt2oXCfPyZIrwPdbTMc7wP8pIr1sJv3zjPw8"
    "dC1ObHHG7zY5rcrJfzoYwFsrHeB7r42dnaRnbxxZTg4dTnj5VelQTD8vYYFo5wjH0plc1V"
    "7w+qXPrwFdAxI0hzqJpSdNg3x5ZPF9AL+PZqxvj9kBNbDQSB110bKMZKgyqZYTMSluuFaZ"
    "MgUvefJNzR/VcQhjdreVHYsQjzwzwy4/zYUH33t5adStQITXpHTZpfMziKSlB5hCNaQZha"
    "UjRuNiJy+KjZ47i89hIfKxSyt6KQCZfXcVxegZaznUNGOGKKOmKimlLJDoIags3tGdgucT"
    "VNgZVkvDUI8oNYawWsND7rjM8oG4VGkGsh+f10aMLto2Zadht4lUKXEKnkUB0QnPINHk1j"
    "CR7CU78N9JA2w/b1EKbhpUQmojC8hOFVhRWm9KObbOZ+WTzQvvpuim0C7cldEkJPLlUlfD"
    "66arFNtYzYqYTcmw6iRwZrumeH1vrtRTAtfzCtyPdocr5HhZFbmcbcjYbfAkOm8FtG80XW"
    "Hd6SBr5ENeoZkMc2pp6B4li2sZS2YcxTktUYnkaVm1hio3Ghr6W5bPEeXZYU3fmArRotO/"
    "75Wqcc52sxK3FxYp7ZxxsE/4Ln1DhHNmVkQ6iSKu/a0llyAs/u4A2izjXl8ROdJXOWZ5sw"
    "URlhxvCbMT5+ZI04vfjE4y9jiDZhBBJl4Yq4zD5le8w+pRxmljNfavZ2TumkbAlu6YqhXx"
    "MvtI9Jrhva5de2GeaooBjjKo+xCDDJXkgbHGDiexG5HGEJKeGy2Rz0EPVSlhT0UEOQiwY7"
    "JCbY9sEOgbNox2iHid9Pg0Dfa7hDCBgj0CGGZoEQh/golpvs+EfU+Wwa+MkieOCYwQN0CF"
    "KwFvN0+7KVdnT3bu8Go997vQ7wc+xn6PJ+0h/2JpMOmDuWhqBlzdDNuAMW9MWP79SmejxX"
    "ScxQosqDUaX4U8eCnIXPIhKlVDw7NsZlB81UxWqt3GRurj3jJicXXaTc1oLr28z10aUGa3"
    "osTjsb37hU83A+L3QWxHnOWRDn6bMgKkBkV27B2vPs3qoUl6jAxcuBlF8YqnkZ4+0EE5JT"
    "B+rYx5UZy6VmkZe70+WMfIZYi3a+re+3lVa4ccFshgfToYeGae5xYUTyBwuQgA9wYkEIsG"
    "Jh6ATC/8L9ryCyKM3zX1Tq/Wr97mcgg5W8tnRtBZ4hXNFukibXfp4yQ6+G+Yyf4J+GRpsD"
    "zQavsgVIRw6ezOBVsxdtYBkAqppNWsv0+QBB/ECgLGT0hKVkoBvKM25Og1PE6WQV5DVEXa"
    "d91nWKvlkK5Jygi7jY4ZSlVmu/+8rBwi7oqpWGPDu8MRAQ5QBEOQDBbnCxG+KQtKaNOiM0"
    "w3t7VhEITi99Uk6QxJvd9DkFN7it1HsL1pDiKuyjT06vmHGK3wIM7weDYm562SKcO6Gudv"
    "TTE0OzG3RWw3XsKM76O3ltGrreVf/pWDYFjmHNpxu18wz6ldscr3N++8JHkrv+FyAvyUHt"
    "2HLWXDOYWsm+zxQb4L5Jje3nhxU0NUOVaFriAziRXUMYIMMGa2h71nHKsN/fo2bo0TBJL8"
    "t3HWydzw3kWG38DxWqDs2roeUPyFMUwzShm2pDSyVEDXlw8uDdtiT3sQ/vChr3f7Si70lk"
    "gvr3/xCG/yEN/+Q4FM5wTMi96Sxb9wNlwJeXvBIK7ZywUif0/IyVc64kLd7TrHY8wapGgO"
    "7nCKv4us6zMDBE33Lis6BCsre2ehrFfJURhVFceuSUOP1LnElVAZu3vfOZVILOOSCdcwCG"
    "YuwwAw0id9tFOAnT4SmXSE1xlwQAxKqXgaUYK9gBxAW/JlXlTx5kXX945xr45DgVWs+QNr"
    "WhvHwPHqiE9AzXDykSovxHzNDJrIWbu/Xrw+adM6/MPRbofJ613pGIBneeAqxLepxDwH+4"
    "6mV24cWkgRq8gMigEIRDZXeZglaFBwZEXKZZXOpNAxiuBin8crJGokKN4BWSAcOF4oVzwo"
    "VTmTm2bDsMp0nx0qAOKxpjn6EvtMRniw/vRHnQq9Ht3f20P/za8SLl8BD4V0lBUD98boYG"
    "o6tv5ArbA1AoXqlQuFJOtFJqzDxvAh4HJqeZuQGm5A5nYn2o9F4YqS1v2LK+TVWvuOBx+O"
    "J9gVyELP7EQRa7WIURu1tBHRcXgG8GPOFJ5UY8IS8g3wz5k2lY24EdSAqY82BWdBlrxFuR"
    "9zFJUVuoOgFsDLLeU8e2Gea4qBjnKo+zq2RvMcoxQTHGVR5j4W7NHGbhbhXu1m2MVm/148"
    "U2KSagFeHdh/cHMieyQHcDuslvd4fYeY8V3DVw3u2lhrvusSLmKVxsZ7SPZK4nOhi0suvZ"
    "RYNKYj69pFv2j5bpeszD0PA2CC4SLzGZnSJcXHhvK/OVF3Q++nO3+PSMSAg9Kq2ihkEkfL"
    "Cm5AS4aXC3cFcd11FVo8SGrb1UVfBP1Qjn7Z1TlXBL1QjpbXxSR/ZG1QjdME4kYUsZhg5l"
    "lMfEMPCdY6l9gRpcOSyql6PRIEZaXvaT6U73t5e98cnHBOYizeBwGgU24fhADQUEnptpRM"
    "9C3pHhiket1wzhokRXOLHYtQtZ60EJ2IpsGC8bpgiDqJOK86XQhwPcU4MgPwSFSCHLphF9"
    "RDdSiVIwimXziauQ0FwZlkY72SnD41J7eis04V9OT8/OPp9+OPv008X5588XP30ItqL0rb"
    "w96bL/lWxLMUWrAJnoj1dqDCZY3dezI40jck1SCM5OP38KBoD8kQf5BBsPg7Ru9ayxckKy"
    "cxr89g1MZzgrEhp/lh0af5amEUSdj72at/A7qR4ss9eE7GIfCbFGTOVDV/zw92kuuywu1K"
    "SleF+2WURb2d0+a5hLvJ0wIeKzq0rF5RN1/Fj6carSX+Hi8lKi3ODmNPCpV/adVF/3VKO2"
    "l3lNcrBJgvbCsGyST01ryM3X4NE0luABPj6S4m4vUCJ/PwDbiF6zjXQ6+P4eNUMnc8NeAA"
    "0puqNC9WcKegcYK4h+hHimqsWLy9FETRdjEzcTcQIHjxMIRmCrvE9fuMo7eetuNOlP+6Nh"
    "J/gSZmja69526NcwQzejybRDv4bkV1REeS0/rzP8FopP95iM2N9ZXoLYusYwDTJDYtKSbz"
    "ooJroZbAejKyeKzYnsB5H9ILIfSlrfqUbOZxSHEmLHLGARe4dv7WgOp0/zqhnMha3icHqJ"
    "EnNlAlvtEnPfVtqU+FRlm+mPi95u55ENzytNsr2WRY+xwwOnKbJtmNYD+XRn9OFusTbLcE"
    "zF+/crnk0L2yviRg0H99+KY77gJvit8b/lFSkMrEDk3XzUDcMML+GlIsU5HPj5M0RrzHns"
    "vAVkC7jvYiXP08NSj4a5JB/Nf2GblbQhB+qJA+4qSEgc94C7Y2/h+z/iLvxG0yhnH7cWlx"
    "Jnru1w5po4fSt7+tfT9vMxyjt9y6ceOU2UuJQwUxiGn/9V8FrVKTlhVW+2ATMDgfjdopGu"
    "anUMbWH7L/7tFrABwxkpbMAN4KY+3krZgGP4osHXFsP88+608yw/k7YpavPhuw6+9QCW8s"
    "oCUFYWwLW1iOdWsy3wIusOBN45Yl41bnDCsJre/QweaPSnf0R52sDb48NmiFhmUMHg/2AB"
    "71Bztx65CWkjAjJwkK3pbj1zECilYCFb9PHu+9HT1OjYmABPfdxPpqn3R0tZE2WgnTzYLO"
    "amjkaUu+1phnsk2de7KkzFQ5qKIj277LK3Ht8k8RrhKUFhjQtrvBbWuLej8aAfETk89K2/"
    "PjrIPedz7mg63tys9+Sxf2s1ZEC8jVtyN24GRZIXwp0W3jmUu2JLfoFI7rN2Mmc2O5DbB4"
    "yENkJWxHx2MDdD9IDV/48w3fdzgKOsa3OThsRLK0Pjr3vA7uANTvsLnnIeEdD4zyxlS4vJ"
    "zz35XUcgq05C7pSPir3Bic5TGJ1az5zwBjIC21xsM/KdsxXHQKAaaiN5XmPURll5RsarDt"
    "WnrVxrDHFRP7w67rR0LKXwomYOc4O9qL7mtU0QLUNUcIBpDpAy2ZzQRkSEi1pUqDpkhaqt"
    "1gKxDPA6/gMv2Y5eadf/eeX3VrPZWzhCObIginpV5WLLf3q7/7WXgG+zgyoSy2KBkxpiSp"
    "XAd9OywFBBKxi34q7OmcErweK9KYJFosvgXmqJBcWQ8s4lEMEYIm7/UODuP1Igu17Y5joN"
    "dagd1rodDac3g987YGkge6GvZ+i/77vjaW9Mrv3LwV84NHW6yRy/RIM4XYObYE8nwXtgQN"
    "a83gghZM7otwUgnka2w/BAFCzeEkgf0HNJigRxuhxao7ve0C0vNENX3UH/ctx1y7lE/LD4"
    "zmA06V3ji7phua5B/mW70Kqds2in3MyizEPDSGpR5qFivJRImz9c2nyEUglTFOKY8xT7Dn"
    "MharZ2ZSG+1zrfY816viX/bLEs8+BmO9cux82k8Prm7JIRgoD+RAwHMB30HjyQBA2ajvG6"
    "kG2a5UE7BOQ6sBbGqwVOTPzftldt7QXifz7iqefgFRY4eG8GMkrtz/t70gw5SH6RNTqZ2r"
    "QbBV/WyN5p/QAUcqTNjy9Yk6BeYdC9v/IbBcoFoACSjBVo4e2WBF4/uCkrK0151rFUyOyA"
    "lbaCJNCDPNt9c6/iAEAQqhaYQ0tTIdBscOK9KyCDiV99CVVNRpYoS1BFeoM+aitVLi55GF"
    "XuCPmQVdfcCkWVKAtsPCB3ieQhs5JyVSZatiW1PhRjUfJolBSPQpZvHr+t11y4wlkF0PxN"
    "kAPQmIxAlRUOg5WNNKDZMZ5+e5GUtUMwZ6BmMQwMDcnmOiNgJiqWPEJv7ZXRag70lx6aAf"
    "QY+cv+sDv+nR2Tf8lA//L3aa/LMrGLWIE0UHxXIxCbJBM/4LyeY3N4O9AFLMMODNDcYAeG"
    "o7fZDuwi4Mdd/GABWpLOBrKN4SEtfiT9UTMHghNSWR7v07Q4QBuYcKXLCrHEbC9pHz/TtY"
    "dcOydmBO7nMTP0IM+NF/hATbIHavGREgQPuNESLufQxHYatbKo4ec+AJudWMS9IuvQJAYo"
    "7nNh6NSqBNj8JDUG1jNEtHZSfYAWIXgi70UE28AyaJV9Vxh3h2cIMUlXuFP/FWhPyMC/8Q"
    "lPH/wWmk4tQ8uW15YwAytoBmbk03zRDTkD2axsmkci0ihr73p0fznogbtx76o/6XtqQWDe"
    "0ZvkUphaM+51B6kzzLf3cvuyVTa+8Eb8awfoxusM3fau+/e3HUr7OOQYgv7Xmw5YaE+Lav"
    "i4VVMjxTN5lN+IiEhxKl0rpivJNgxUTLCBvsQmMVBUU2Go1Hnnhgcy4thwjmPDAz2Qy0Ub"
    "kTkcX/Kh0tpSwgrhc3pHRQQBVe3codpr9jmBBBmUP3+CS9QTW7OpWzSSIPrN7n7aX5FEmB"
    "GCUwP/5wBpMLWoLZqXBMMehJ04px4yDT3rBMXwZjuPc4J+M47QA/9nAlsm1SApn7IyjSeT"
    "HGKIZwApD0nLTz4AS16TQAEDyNYzVGkFSs3ugJsxOdlwgS3DNpBTfNMenjFDGEWVkNBrev"
    "5im5y2SI5hxErf0o0mMB0dgpMH8n94/B7eUaoINzEcWzGWNDwBzGk0BGG0vMKaiuxYsPC5"
    "itEvyfsxbsnKWCVLA/8BSUiQfxK74JEOxSN5g8/j+3R2y7GuWNRa2WqS+43y+OxDiQPGP+"
    "PFwXFL5+zfY18oCyUnCSWdg1LDgHP3jF6ockLe6k4m/a9DElDu9zBDveF4NBiQa3Qz08m1"
    "q9Ht3aA3pZHn/no6Q8ORNLkhTB8yJBKpRgLXh1c9V1gh6BDprXi+0oPU/d8nsYqgZedhJM"
    "TedCKGivdjPvRCiTd9DGZUA+FALym3dwyr4mFh5ACJAm+cVSKLF0cV6TvZm1Jz03dEZbGm"
    "jTrD8ZKqLFYhmvXYg1z7g3krtiuVDqhL6HBiGhMSE5VFIUB6LDEfrnEhMV03OlpEtatWSU"
    "Q/u9qVT/fuDu/US8e7C3tsKMrxxbEAyN5XXyLIk7DHei0XRTGOL5QFaouVdN58MIuLnTZf"
    "U3SzDps/dkWxGPoM52FydLL9h35ysER+akEf4q8LAywdyw6oWRJirSx8/57VcYPFictvKd"
    "vKgvj/6Ll1+BE/WOBR021oWuQ4ORWuZNMm7kuWH3FPz5kh/wzJNlhgc8cCBra9fgaIdGRB"
    "G/z/oN93bUAOQ9cQeCDUoiqvrQdgPII5pGHmHlcrQsor6Ao8buG040K7/7Jp0TdLgZx9xE"
    "tCTJztwn22SxAGkYY9N5g1JnfAgFZ/3tc2ntVf9zmW6KjI4SiBs7qEs9I9VyJ7LuccjguK"
    "qGyuqGzhc2kW+17E5xKqvXzsW0pOEHBZhSF4ic2ElAB2I7MZTsYSaIvrWGf1wrkoaZH6eo"
    "vQm960LAHiu0hXzQQ48Q1nwFuk1EM8ejuhCnGUe4gFizcD9F2rPaSoewbEtzJaTw3y38Nx"
    "91VNhHCzT7J4xPD3mmQyYn0wyie70BomHZhnSDSpgFiMOwGC4Uu0culHr5G9MA3naZG6L0"
    "VHkpmcga9LqQH5sxiV6v3EPDY1RKEIoRp52XIPahC84hF5RQUPOQ+v6LdvHK94ViRk+iw7"
    "ZPosFTItzrrYL2mrYDSemNRhsUyDqHyVMW+Nhpej7vi6P/zaAQaaG3jDwdB7WQV9kjLgpR"
    "Vo5HfO0KD/S0+afOsPBpMO0LUXKFnPmq5bM3Q3Hl3fX007xOekOoqN2/bwRjOe3PTvcFMo"
    "q9C0Ftpqhqa9q5th/6o7wN8kVBZIU7yElKOnlywMh1VvJDeWOZDZOZa5at9ZgWDmTzzBzI"
    "ZlSytoSgs8FzhBTsm+RbA/fuA4G1y4nY7kdsK6q8ZfQCUQEg4nQdULqj5J1adIz6pSRlWb"
    "B5mcESOYcEeY+AMJawNWeQRbQAGVxK4ViymslnG8NbXm/dgUrxZlLdnUWow0y2LW4vxbed"
    "RaMIU2Mmv+p5PDrEW+rgLMWvTLFsxaY5g1enyjtU0hxqigOAmkOumA6YgEiNRtRjgi1kC1"
    "tkkDrBuKzDbPs3ncqEwDbPMDMLnu4UeMcxyyQY6ICIyLseUrWdFsBlueXcc0IiIie0SK7Z"
    "EipkSu4p5yFavKz1Rs2dgX45BrbXZtG2uJZDrfkoPuWwxrM9mknWdtykFjaUla78HajNeN"
    "pE9xC0bGik5Grgtb9FC26NKfIGkrJSO/xhd40xXbLGUBVUeHakbKzIb6WUnht+gPPedwPr"
    "8a5vN2WCckBdD5QBNqFqPnsGLQM9fauJA41iBpDVB8lhpybK7DNZNiAtgksOSgNLLnSNtE"
    "/qSFj7M47AvskuN/sEZIEi22WIITkm8OZZ71V5ShTnFe50Uor/NsxisNsqjQmA19PQNPGI"
    "y9qNC4121YVGg7aIW241RfGkD5BY6hYphxJoZxu51HMemkoWTSlvsPZoizTdRnLlFSQlBL"
    "B6WWnrXtz2L1ZSudfdEdDu9JGoSMiDY0Q5P+1bcOsDTleYbueuPJaEjurqBpGYjcv+2Ox/"
    "3u114HLGXT1PA3R65Ne+Nhf/o7uWhDE2n2GkuHV1fh1cveuNf9pXfbG047YA5N8lUR4nyG"
    "7od33f51BzhoJWsVORci8uExtaycEJdA6k1zjBCp3PBFZd40eFvYqW+ZI+Q51qCOp/isVq"
    "bxArlP8bnrDd3kuhX+sGhmXffubjz6hZ7r4/U5Q+Pe33tX9AgfE/4TKvQEn9LO6yn9XG68"
    "bVh8WUWhRAMCag6dUCSyXLJnej3JhmIFqRRNxWM3X/MWpErIieiqSh9p3ABkBZNzUCaHvU"
    "qUgPC9BYvsxhVbG4rX+kosjJUqU94NTuftKnZGClCqTTs3KitoLcm0+SF4M3JGLHlM8N3z"
    "MWaX2tNbIc3+cnp6dvb59MPZp58uzj9/vvjpQ7D0pm/lrcGX/a9kGY7pKYJa845Plabjbn"
    "+IDTDpbtAddgDrKja1xj2s8UnT7uRbB0T+wMbaoDeeSrfdYfdrb4zFo38SE20wkH7tXd6M"
    "RkQw8tc2htrpeZFyJufZ5UzO0zUgVGdFsxyZI52lQEaEGleK6fRDsaIxeVVjGAaxRV45Bf"
    "LfJ6NhlkHsSyStMk2xwX+Arll70yZbf310EN0RwNzRdFtD1nvy2L8dwWAmCOUbzEnbuB23"
    "tEgHjAoc/IcJR2T2T3tWJCeSdSCuIBveINkg7OF9MQ1EIeZDNSIhEGUiyllHPBQQeG5mbH"
    "wLbkcuIbRVx16HNYO5KK0Q+VyZxUCSc7dkbJtUZicNLbNuOBNZQTTyIFvlkLHEypHLg/lr"
    "SyEWjHypohBOsyLExNF14ui6Brr88ds8PUFT2oWlTfZRabZ23J98k7qXo196HRD+e4a+9H"
    "4NyNpJB8T+JEWqh/ivq6nU++2uP6ZhNqlLPoeLpSYklib6VzVYWn+gVjL76I1sFjEtKdjE"
    "fbCJ7NqY2eMSEanGgJDnNWZAICLwsLyHeRWWI1KixDJHiWUMjmq8It6DPVNyh+Ne/lKX5G"
    "PBtWdD3VyuXeSONm3UfYzyckf9L5Y3nDMlJ8I5N1LYIWYlsIHNDopLTS/uoLiUoizZ8jNk"
    "8AU8Fd1YkW41W8uyRiDpD9ix9l1TfQH7LYAXA20Dw1w8zNIfTcEv12onaefwyzSZdCtlLS"
    "7ZQGWtvspZWid/1JBmLbYa54RoCQNdTVWiEePsEaYZumFeRfC4XJW59G0DYy8KEdsXOcz2"
    "RYraxhsjqVTJsTFFJES1uiRhRINUOcAM2gsok1Baz9pqxQVmRELAmUqoNE2DccZCto84EB"
    "DeYW7vsIgpFTGQlWKRNsZACvqoFrzIjTmVrecWgxDx7rTzmJCFicfOei5GgbS6wDZ+VA3w"
    "aJjgZgzwf2Xgvhj+19xwbGAgCPxARXAiA/y5rQFGApovGnxt4/YmHtNXWQe2rD+/e99KAL"
    "unRxRJgw1L1Ki4Kf7BonDcQWkbW7NZK3iOgecLNNGy20fKowgNPJLy5y0oKcyzUxtDiR0T"
    "G+tDTLHO26hfzTFj5SpCPIGUo7vesAOI5Axdj4a9DlDxJlfpamIHt2YqNo9FWJEIMNk9rE"
    "gxsB4Ltxz3hKxwYlTZiRGOFp8TIym31U5WsXE9gA9DtiztCfHmxiekxD4livCJInxV2AL2"
    "UITP/9ZLwLfZ0YaJRbFSBfi+aAgPjUZKez85JmwxSNBkk3YeG/roN8YvQFrv5VDU4ChNFa"
    "5k0/bPwLWhvEwdjyoYyEMykOJU1K1YGhO+QOSwDizIq7sfkXqLpfc/nrdPC9feN1bk1+Mn"
    "YvwslqWYe+JhSljgvQFvZLDO38hmyP32ghrnpsYhcdxxm8VxqSb6f/ZhFYsstmz060kyMr"
    "inVL5KqGbyHkqQkBNmO4MQIWo7H64RCcEwbeRB4kbSjpb6dayzms3cogZ76rstwIZQ43N3"
    "fKdeN/WawUWBjXy41Sq+Bk1NWbRYKXHunXZuLlzYRqTA1WnRbOcwGS/QtJhRPtkqdUSkkf"
    "r0RSF9+iJHn75IeZnwR8WBsNe8geh+LBSt9jEnWu1jOloNP9FmbvvZNZwiIoev4XQcfqO0"
    "ak0pHeyQm9mf/wev8j4d"
)
