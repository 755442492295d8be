from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "login_throttles" (
    "key" VARCHAR(254) NOT NULL PRIMARY KEY,
    "failures" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "last_failure_at" TIMESTAMP
) /* Failed logins per e-mail; each failure past the free ones doubles the wait. */;
CREATE TABLE "partner_clients" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(100) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "secret_hash" VARCHAR(200) NOT NULL,
    "scopes" JSON NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE "roles" (
    "name" VARCHAR(50) NOT NULL PRIMARY KEY,
    "description" VARCHAR(200) NOT NULL,
    "permissions" JSON NOT NULL,
    "row_scope" VARCHAR(20) NOT NULL,
    "built_in" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE "departments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "parent_id" INT REFERENCES "departments" ("id") ON DELETE RESTRICT
);
CREATE TABLE "positions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL UNIQUE,
    "level" VARCHAR(20),
    "is_host_role" INT NOT NULL
);
CREATE TABLE "teams" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "lead_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "departments" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_teams_departm_ead144" UNIQUE ("department_id", "name")
);
CREATE INDEX "idx_teams_lead_id_258c1e" ON "teams" ("lead_id");
CREATE TABLE "employees" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "gender" VARCHAR(10) /* MALE: male\nFEMALE: female */,
    "birth_date" DATE,
    "id_number" TEXT,
    "id_number_digest" VARCHAR(64) UNIQUE,
    "bank_account" TEXT,
    "phone" VARCHAR(30),
    "email" VARCHAR(254),
    "employment_type" VARCHAR(20) NOT NULL /* FULL_TIME: full_time\nPART_TIME: part_time\nINTERN: intern\nTALENT: talent */,
    "status" VARCHAR(20) NOT NULL /* PROBATION: probation\nACTIVE: active\nLEAVING: leaving\nLEFT: left */,
    "hired_on" DATE NOT NULL,
    "left_on" DATE,
    "base_salary" VARCHAR(40),
    "is_host" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "departments" ("id") ON DELETE RESTRICT,
    "manager_id" INT REFERENCES "employees" ("id") ON DELETE SET NULL,
    "position_id" INT REFERENCES "positions" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "teams" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_employees_name_72b737" ON "employees" ("name");
CREATE INDEX "idx_employees_status_1ca7f1" ON "employees" ("status");
CREATE TABLE "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(200) NOT NULL,
    "is_active" INT NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_login_at" TIMESTAMP,
    "employee_id" INT REFERENCES "employees" ("id") ON DELETE SET NULL
);
CREATE TABLE "refresh_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* Opaque, rotating refresh tokens. Reusing a rotated token revokes its whole family. */;
CREATE INDEX "idx_refresh_tok_family_8ce7f3" ON "refresh_tokens" ("family");
CREATE TABLE "employment_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* HIRED: hired\nTRANSFERRED: transferred\nPROMOTED: promoted\nSALARY_CHANGED: salary_changed\nLEFT: left */,
    "occurred_on" DATE NOT NULL,
    "salary_before" VARCHAR(40),
    "salary_after" VARCHAR(40),
    "reason_category" VARCHAR(30) /* COMPENSATION: compensation\nCAREER_GROWTH: career_growth\nMANAGEMENT: management\nWORKLOAD: workload\nPLATFORM_POLICY: platform_policy\nRELOCATION: relocation\nPERSONAL: personal\nPERFORMANCE: performance\nMISCONDUCT: misconduct\nCONTRACT_END: contract_end\nOTHER: other */,
    "voluntary" INT,
    "note" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "departments" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE CASCADE,
    "position_id" INT REFERENCES "positions" ("id") ON DELETE SET NULL,
    "recorded_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" INT REFERENCES "teams" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_employment__employe_89893c" ON "employment_events" ("employee_id", "occurred_on");
CREATE TABLE "audit_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "actor_kind" VARCHAR(10) NOT NULL,
    "actor_id" INT,
    "actor_label" VARCHAR(254) NOT NULL,
    "action" VARCHAR(60) NOT NULL,
    "target_type" VARCHAR(40),
    "target_id" INT,
    "employee_id" INT,
    "fields" JSON NOT NULL,
    "ip" VARCHAR(64)
);
CREATE INDEX "idx_audit_event_at_d387df" ON "audit_events" ("at");
CREATE INDEX "idx_audit_event_action_b36abe" ON "audit_events" ("action");
CREATE INDEX "idx_audit_event_employe_618113" ON "audit_events" ("employee_id");
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE "partner_client_hosts" (
    "partner_clients_id" INT NOT NULL REFERENCES "partner_clients" ("id") ON DELETE CASCADE,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_partner_cli_partner_e7df7b" ON "partner_client_hosts" ("partner_clients_id", "employee_id");
CREATE TABLE "user_roles" (
    "users_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "role_id" VARCHAR(50) NOT NULL REFERENCES "roles" ("name") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_user_roles_users_i_c62307" ON "user_roles" ("users_id", "role_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW1zm7gW/iuMP/XOzWZS56W9uTs7QxzSeuvYGYe2u9t0GBlkmwmWXMBJc3fz368kwA"
    "YhCNhgY8KX7UbSEeI5R9J54/jv1gwb0HIOe3hiInVqY9e1YOtc+ruFwIz+j3jAgdQC8/mq"
    "mza4YMRIWxYdqrn+WNYHRo5rA90l3WNgOZA0GdDRbXPumhhRoitgWtCQGK0jzaEtwV9mpO"
    "2/EgT6lFCZ1sKG0hw4ruROoTS2IZQwgo5k4AV5sMNaH4HpHtIHGlgnTzTRpIS5F8j8sYCa"
    "iyeQtNvkCd++k2YTGfAneV3/z/m9NjahZUTAvIdPdAbWoblPc9bYmQL7ig2lCx9pOrYWMx"
    "QaPn9ypxgtx5MXo60TiKANXGiEQEULy/LZEDR5qyUNrr2Ay2UaqwYDjsHCoqyh1N4SVm0t"
    "TesPVO1WUTWtFWNbQBFC22/SMaIsN5HrMARm4KdmQTRxp+TP9unJs/egFRLeMPrEL/Kw81"
    "EeviGj/kUfiYnkeJLV97vaXt8zmwS4wJuGQb/C2merEwe8i1wx3mESDnTyIuuAHjSsUF/J"
    "fwDxUVmYT+gKfmm/PXl38v747OQ9GcJWuWx5l8KFbl9lAK8AtbB+Dw1tgVzTioN6SVBxzR"
    "kUI8vTcugaPvFh8D8ZsPbFNxfUJUp4CpRq91q5VeXrGzr9zHF+WAwwWVVoT5u1PnGtb844"
    "2V9OIn3tqh8l+qf016CvMDSx405s9sTVOPWvFl0TWLhYQ/hRA0YYk6A5aIpympyEmr8ZNO"
    "DmZnacvOF31fhN76jxfejkpA0joN8/AtvQYj24jZPGxrtm7RnfAhCYMCZRNOk6fb3iBtgu"
    "YXvHMiFyRYpHdECq4jH3hmo6G5tN8Ujm9wbXvGnkuHS8wS9fN778V/eKL+S6Sb7PPa5qIm"
    "yTNagIUe30qLdHRxn0KDIqUY9ifdFrnv2bA+JgfDHo7vhU5/TUTPi2U/Btx/F1oG5DV5sC"
    "Z5oHZo6sQTsj2jqei2yA328H/QSglxS80mLqrvSPZJlOaaZA69fxAukURmm0MC2X2KuH9H"
    "m/tbavxVCEIgpMgPOba/kPngWd3uCC10zoBBccO0xHI7ex+SA4YS4wtiBACZdkmI7jy4gQ"
    "lsWQ4GzfLvQXg0EvAv1FV+UA/3x9oZCjnfGBDDJdGL5FQ7emDSkka2jxUcoCFPjKnT7kBY"
    "0Bsp58Pu+JRu+L5A4V+pChaCJq1k/J6gVn7DVATyqm/2US1iXoA6SLtrCv6yuzuYWf4FrC"
    "tFO17DnYPEHr6vns1TTOqAm/qA0tts+CIQIrZoxtxhjqDyQjoE/tq7VLvvnd3AT+KOqPXU"
    "ym8QEr7hGGkNVB7yjpyLcd+ZIJpxbjxXOqTTeEYyLKUxXfQ9QSmHSR/oM0i872RhIjjAzN"
    "6EkezMEPiryNXUAu0InkTyJ5kxxKQ7hwaDvwhkDD6yHjHsi/jmS6jvQ4JZcRecLMtJ7iDu"
    "VyHtEYnNUyOBnLcuvpUaramZxnWTz3Z8mO+7MTXkP3dkAeiFcUZVlBu8P3uJ0B3+N2Ir60"
    "K4ov/Dk3yeG0hgYYpayhBrgnGl8mn32j6CfvsHop+mGuL5y1WB4iayIzVd7VnsK4DoujlA"
    "2Xq8xlsh1tYWAjUYcPUWwvUaHiunzMARIFOI7uFbahOUGfYFb/xGd/mj0DN8U7YYPHpTkZ"
    "FiqhK+B5NyHiIRanpLH2g1T3Ac6af1ZKGHi3kbQKGY2nWQI7p8lxndOjl5K9wsvMgThHtr"
    "2gWqusgM4WQmpzaM9MxyELyxVX48ia4FrhwTWbaB0seplnC0SItrgBEEZwW5sg0x5I2QL8"
    "DmDio5mCoyY1iBkm22IMc9myt0HMxdxY07cRpWx8GxU2i9jqdxHEpGpvEdHLda2DvYpcBi"
    "/JRy2XqjYXq2TgJgQqKU08OsmskOV0mWKSS9FJtCHYsgU2RPA6yTbEUjqaVNK98gakWQuQ"
    "fv2TR0laEtTONCvwU5yQhQAc5xGTjZ43eBojbNIcs9lkTV7dllVSC+vAymVorSi2aGX9b/"
    "pLp78dM+tttlz0lFR0XqibkGYy9Pup9mcJabKvx7xviNf89CxM3AS+qmPhxXnNZTJmVHM5"
    "qrUCYBVjasnxLxjKN90wBpYjR7diGGcNg3HiFbFAyRqk/udeLy0WFo7e8+mrnGrm0199Gl"
    "JzWhyFSEia3bMLKwn8yHHw780g8kRzBpGrPMB9PAUSQSrM17Vy02zm6wpir3tl+eb1dQUv"
    "yfu6Vg7DqK8r5M/iXV1hN9hmvq4M+feXkGb4zxI+qA71HqQ5vozluMb9VS/3l06YncdyDc"
    "bXzvlVfLJ18/F0uR+nNy6BZPTr6xIgF1FS6YfEyyBC05iIL5qIHl4FGIhR/WK/MM5qIkaE"
    "K6K2DYmsD7sdNZuBqE9Ny7ChKJEkh91TR8Qj+9+FYLah+aySKfbwUM8ET+Cw2BCi+nl2Gu"
    "fCFpwLqaboDXZMf6Hxyl5B30FqUS9/VGOE1ssIdU03X/x0SVA7M7QUS8mCDzBXjsuSYC18"
    "K3bYlZ0BbDqsbAbz3QnulRdSLiKkTSbwC2kXOXJCG52o0YkqrxMxU0SgDwUmSrIutLSDit"
    "WDvoV8/XR2tq7vjXa0Q+2o8SOXrR0BI58/MURRkjdx/+S38cu/br/86trIt5didE0Ng5cd"
    "9NE7eptO+qoBndVLHxOzDTz1MzgbCT8Ta6yJxprYpTWxlCmBRRGWt2SrImIqNx7WvbovDl"
    "JsiGUeK8J5TAmOrHbe1von/dTMk00AMUTlmyjAClrMYipPBOwVdYX92q1ruaecSzNgwTt0"
    "pXh/jeHM/2Bs959ijUzbnWrUChPbd2JBj1Kl2XaV4UQR/m5qmvHxAkMjkjoSibGCdPtpTl"
    "5bhT8Tb7wQdYXFuAjwVOUPNWL+xirjLE3g3qD/IRjOl8tJgF8zzAl0BBZU8mktoi2EBxW6"
    "E4uv6jwC6F4Duo4XIns1g8zzEzRin1/s51O/yFJWWV8S1AFtTu3LciceJ9+Jx7E7cctVJC"
    "qNbillJODSIeBBtaYGKJimymGS1tXnXk+j3lkyH6HWqJJ0h27koeq3Uq+W30qsQGXYP5cI"
    "V6CN7pBKNMe+SoSFaI7eubn7XAnCFnch8Jxl496KusLmUutmOLiQ1e6AsGJu4xHzdN0hua"
    "N2vxCGeSU27lBPkb90+x/OJQuCB8IS2nKl0j/HFeHV1LShoYmKaCZr+WGaDXX8inqaMyr5"
    "lI05sQuRvGbzaAQcqDnAArbgh0AuoW4SSzhJTYxQ8iB6pIf+FPWCUel0r+Xem7ftgzaXNx"
    "Vs/ZOkvDWBoz5DypoA4CZbrfnxvSYqzlXzb6qV1ozrAUZ8tdLq5EJU7NoqOr3Ii37m/I2M"
    "KFEDaxzW4NuanF/WRqkaYOPA0kTdfKCGKBpAK5wLVTGci06F4oW4AHgzfnm7p8CG9m1CoT"
    "DRgVsArOGvJ+sJLXfPZJBY/8YvAN36Zerx6Ea1ow2K3LEaVn6gbsP8yIwV9PcE8Yho2nCO"
    "7U3xqZ9URuM9D3BjEcqfRFo1G7msLNJIqZfYL8xHAM9dDvDGm7HDJlwH872qCxh7W75AoG"
    "Ui+tOb1GcqqhPI4Z9QMpArQxqqGhilXz2moN/K4LdQYmJxZJe9lF/MdM/VDi81z/hbpOAt"
    "1vWF7YeovjcpyNtMQb4nr7Vu4DegrXSs/mN3qFyeSywEeofUody/vVKGrI3AjJwxtFnPzX"
    "BwPVBp89zGM+zStlu5Jw//1Dof5f4H2uNFsTR9CtCE9lctNhzeRzGeJoc4ObJXHSH2WTyC"
    "5EYQZdKmRTpjtE2sMyzK8VinDxgYuyKTMAvWS9IG6nSobQgcgo9OAJhgUQw/25EvmKbCqX"
    "KtzuD6Runf+nk/Op7NIXL81J+OPFSUofZhOPiqfiSdwIZEY5vY+NGd3qFruS9/UK5Zqpan"
    "h1H16A59HQw/9QYyuQwesX1vYUCvjp6sXg2G19rNoNft/EluEKJskjNgps2xZepPd2io9A"
    "YdfxVEFcW6v4YbZXg76Ms9QgJtAiywWBudTO53FNZMJ6K8IGvq3nYG/cvPHbom0yESYyx0"
    "sibSSO61jqop/Uv6lojpbRpEZG0D9aMyPJcw08PWuKSKT8p8IMKEXGEeSWqKQ4RuvSSH/d"
    "njBaY4ICz6JCQ5rTsYX+F9Xdl07iadJPlY2c/EguoXWajYlis6ULu7HyCq3A5qcgv2A1gb"
    "6tg2yGE+esqHbZywgbdJ3XgdP0VWtdM2a5Q27bfIAg9/grZQAMBNZow4jaPJjGkyY6qaGS"
    "OGN3T3F4BwvfI0eHTjelLu7JgyCz7JC8NMjsyGeg/SgrKAjttWPDZX0PXCnLyWuOt/2u3j"
    "43fto+Oz96cn796dvj9aKlvxrjSt66L7gSpeB2EXxcvR2fx+pG36j7bKj/q6j8iexraWHI"
    "hPYHSEqsoh+Ow8LrlEkgdZLssxTNKYjnFb3MOHvGy+X7LgyGoovaWU26BVCkQKeCrQ4mTM"
    "KtVmWBPisywHxFnyAXEWOyBcYBMNKaWUSYJ7KUpWh8BZFOmTLEifJCMdT0fwIcvnxQvTNI"
    "dxlUIl9S6d72nmWhzT328HfTGovjIvUMVN3ZX+kSzTKS0E1fp1vEDs3JdGC9NyTeQc0uf9"
    "1ioJ7xQwKULpUXY+oM7p13SCWK3AeZ7T2Rtdv0O5mIqAsTjAjlwm0Db1aUvkLvF6DlJdJa"
    "sxlXGSvBYPSWmZ6Q/QdnJquyGSWpoUp5lMitMUk+I0ZlLMcx2m/vAaoltKYWyaiykM9CVr"
    "DiGS7asOu0nFK0xJ2Oll9vx/XxukjQ=="
)
