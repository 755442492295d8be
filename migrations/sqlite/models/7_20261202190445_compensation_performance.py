from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "commission_plans" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "rules" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* `rules` is the plan's JSON (see resolvers/compensation/rules.py); a payslip keeps the */;
        CREATE TABLE IF NOT EXISTS "payroll_adjustments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_start" DATE NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "reason" TEXT NOT NULL,
    "corrects_period" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT
) /* A signed amount paid with the employee's payslip of `period_start` (a month not yet locked */;
CREATE INDEX IF NOT EXISTS "idx_payroll_adj_period__f68247" ON "payroll_adjustments" ("period_start", "employee_id");
        CREATE TABLE IF NOT EXISTS "payroll_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "scope_key" VARCHAR(40) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* DRAFT: draft\nCOMPUTING: computing\nCOMPUTED: computed\nLOCKED: locked */,
    "payslip_count" INT NOT NULL,
    "total_base" VARCHAR(40) NOT NULL,
    "total_commission" VARCHAR(40) NOT NULL,
    "total_adjustments" VARCHAR(40) NOT NULL,
    "total_gross" VARCHAR(40) NOT NULL,
    "claimed_at" TIMESTAMP,
    "computed_at" TIMESTAMP,
    "locked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "locked_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_payroll_run_period__bb27cb" UNIQUE ("period_start", "scope_key")
) /* One month's pay for a scope: everyone (`all`), a department or a team. `scope_key` */;
        CREATE TABLE IF NOT EXISTS "payslips" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_start" DATE NOT NULL,
    "team_id" INT,
    "department_id" INT,
    "base" VARCHAR(40) NOT NULL,
    "commission" VARCHAR(40) NOT NULL,
    "adjustments" VARCHAR(40) NOT NULL,
    "gross" VARCHAR(40) NOT NULL,
    "locked" INT NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "run_id" INT NOT NULL REFERENCES "payroll_runs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_payslips_employe_041c95" UNIQUE ("employee_id", "period_start")
);
CREATE INDEX IF NOT EXISTS "idx_payslips_run_id_0989a1" ON "payslips" ("run_id", "employee_id");
CREATE INDEX IF NOT EXISTS "idx_payslips_run_id_852073" ON "payslips" ("run_id", "team_id");
        CREATE TABLE IF NOT EXISTS "payslip_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" SMALLINT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "explanation" TEXT NOT NULL,
    "payslip_id" INT NOT NULL REFERENCES "payslips" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_payslip_lin_payslip_523495" UNIQUE ("payslip_id", "position")
);
        CREATE TABLE IF NOT EXISTS "commission_plan_assignments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scope" VARCHAR(10) NOT NULL /* POSITION: position\nTEAM: team\nHOST: host */,
    "target_id" INT NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "plan_id" INT NOT NULL REFERENCES "commission_plans" ("id") ON DELETE RESTRICT
) /* The plan a position, a team or one host is paid by from `effective_from` to `effective_to` */;
CREATE INDEX IF NOT EXISTS "idx_commission__scope_d91ccd" ON "commission_plan_assignments" ("scope", "target_id");
        CREATE TABLE IF NOT EXISTS "kpi_templates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "indicators" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "position_id" INT NOT NULL REFERENCES "positions" ("id") ON DELETE RESTRICT,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* `indicators`: [{"name", "source", "weight", "target", "curve": {"cap_percent", "floor_percent"}}] */;
        CREATE TABLE IF NOT EXISTS "review_cycles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* MONTHLY: monthly\nQUARTERLY: quarterly */,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "status" VARCHAR(12) NOT NULL /* OPEN: open\nCALIBRATION: calibration\nCLOSED: closed */,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_review_cycl_kind_ed437b" UNIQUE ("kind", "period_start")
);
        CREATE TABLE IF NOT EXISTS "reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "team_id" INT,
    "template_name" VARCHAR(120) NOT NULL,
    "indicators" JSON NOT NULL,
    "actuals" JSON NOT NULL,
    "manager_rating" VARCHAR(40),
    "manager_comment" TEXT NOT NULL,
    "calibration_points" VARCHAR(40),
    "calibration_reason" TEXT NOT NULL,
    "weighted" VARCHAR(40),
    "score" VARCHAR(40),
    "lines" JSON NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "calibrated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "cycle_id" INT NOT NULL REFERENCES "review_cycles" ("id") ON DELETE CASCADE,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "rated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_reviews_cycle_i_bafdcf" UNIQUE ("cycle_id", "employee_id")
) /* `actuals` maps each source to its value for the period (decimals as strings); `lines` is the */;
CREATE INDEX IF NOT EXISTS "idx_reviews_employe_0f53b8" ON "reviews" ("employee_id", "cycle_id");
CREATE INDEX IF NOT EXISTS "idx_reviews_team_id_b507c6" ON "reviews" ("team_id", "cycle_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "commission_plan_assignments";
        DROP TABLE IF EXISTS "commission_plans";
        DROP TABLE IF EXISTS "kpi_templates";
        DROP TABLE IF EXISTS "payslip_lines";
        DROP TABLE IF EXISTS "payroll_adjustments";
        DROP TABLE IF EXISTS "payroll_runs";
        DROP TABLE IF EXISTS "reviews";
        DROP TABLE IF EXISTS "payslips";
        DROP TABLE IF EXISTS "review_cycles";"""


MODELS_STATE = (
    "eJztXWt34jia/is6fOnUWTpTlVv1pufMOYRQVUwRyBLSly36OMJWgifGYnxJiu3p/76SbO"
    "ObbGxjwHb0YXpSsl7ZPK8u711/thZYQZp5PMBPqj6ZG9iyNNS6BH+2dLigf/A7tEELLpf+"
    "Y9pgwRkjbWm0q2S5fdkzODMtA8oWefwINRORJgWZsqEuLRXrlOgTVDWkAEZrgiUyAPpxQd"
    "p+BgjKc0KlaraBwBKaFrDmCDwaCAGsIxMo2CYvNlnrK1StY/pCBcvkjar+tIOxbV39t40k"
    "Cz8h0m6QN3z7gzSruoK+k5/r/nP5LD2qSFNCYD6jFR2BPZCs1ZI1dufQ+MS60g+fSTLW7I"
    "Ue6L5cWXOsr/uTH0Zbn5CODGghJQCqbmuaywavyfla0mAZNlp/puI3KOgR2hplDaV2PsFv"
    "a0nScDSR7noTSWrF2OZRBNB2m2SsU5arumUyBBbwu6Qh/cmak3+enJ/95bzIR8LpRt/4S2"
    "fc/dIZH5Fe7+grMZk5zswauo9OnGd/sUGgBZ1hGPQ+1i5bzTjgfd3i4x0kiYBOfkgR0L0G"
    "H3V//nsQv98V5k/0C348+XD28eyn04uzn0gX9pXrlo8pXOgPJwxgH1ANy89IkWzdUrU4qN"
    "cEFUtdID6yUdoIuopLfOz9kQFrd/rmgnqHMzwFykn/pnc36dzc0uEXpvlvjQHWmfTokxPW"
    "uoq0Hl1E5v56EPBrf/IF0H+C/x0NewxNbFpPBnuj32/yvy36TdC2sKTjVwkqQUy8Zq8pzG"
    "myE0ruYpCglZvZcXLB76rxm55Rj8+BnZM2zKD8/AoNRYo9wSc4qW/80eJkEW2BOnxiTKJo"
    "0u905YpbaFiE7V1NRbrFEzzCHVIFj6XTVZJZ32yCRzK/tzjmVSXHoeN03nzcuPO/ukd8Kc"
    "dN8nnucFXiYZssQYWIGidHfXj/PoMcRXolylHsWfiYZ/+fA2KvfznoHnhXj8ipmfA9ScH3"
    "JI6viWQDWdIcmvM8MEfIBNoZ0ZbxkqcD/PNuNEwAek0RFVpU2QL/AZpq7kwVaP390dZlCi"
    "OY2apmEX31mL7vH639SzEUoZAA4+F8dNP5LcqC7mB0FZVM6ABXEXaopkROY/WFs8NcYawh"
    "qCcckkG6CF9mhHBXDPH29v1CfzUaDULQX/UnEcDvb656ZGtnfCCdVAsFT1EfcAqIpKkL1Z"
    "KWRDRaqLptccBPlE4S6fenH5NV/b4uOjLZo+mvL6A0hSlL0Jcqt9mTH6iMdG3lLquaKFDu"
    "DpCqL7tns4GtgsznDiB05qrpzKGNFb3g50LMDlMKLleNyzksI/50eEWzOcbPHEnzyqX89H"
    "WMNMjAjLPdNXb86ozS05UlznaiVpP3fqu/2ftYLQkMj9hYEJFOxrZrqSkO2q07XMcZrUGg"
    "bWl4Cxh0VZ3uOHOyOjhg30B9NcH0v2zD6pPPgLrMk/JcxHuLpYZXqJAUclDzSRLSbfenSR"
    "HjY/CHGnQiEhDXszhubSSzkDGG+u1ID+RSu+anNd/cx5EB3F7Ub2o/zeMdfO4RhpCvQ47I"
    "3+3cdTvXbPOTYrwIW/WdSWAhuChjEkzIOI2fAN6PzM98CnNJjF9zLAfjU43uY9L1ypafEd"
    "fiHnjaTjO3M9VwxjpmdPJ3gEUkH2rboETAnEMDKWC2AugFGSuwNLCMTBMc2SZpfp2TntTx"
    "Th7qFqExgWqCW+eAv/ufwbu4o38H4wtn/9ZG6pNMRuqTFCP1yftNzn7Gd86u9knDMMGy4Z"
    "NEIH+kNDVUsFNQvh7dXw164Hbc6/bv+q5dby1os4dhQ9K41xlETBv2Uimo3YYpG2jaeEMa"
    "zy59wWP0SH7IfEIXJvdgCj5PP5qcnpK/xjcfTqMl/DfdI5kRhnAbuIM4Z4p5DMbINmk7BK"
    "6dxj1tHH2enB6WSQ4VrCHyhoWqreLn025eIRzV1XJUM5bl9u+FqRonBVxkifi7SA74uziL"
    "evacFZAHYp9iV97Tw+F7epIB39OTRHzpozC+6PtSJZtTgfM+TCnO+8qd98JjlW2FNddjRT"
    "XgIpK8KfwWh2av8E4JLvur2OAGRCbK8AGK/QVwVFyWj2m/YYA5RiVsIPVJ/4qymsrv3WFq"
    "Bm6KsdyAr2t1MjipuBbqvw5kTsD8VDbW3k41H+CseWs7CR8/bARuhZTG8yyW4/Nkw/H5Rr"
    "tx8DNzIB4h218wbqu1F+B3Eoq7RMZCNU3yYbnicSNkIig3JJ2UEZRrEKmDRT3nWQIhoj0u"
    "AB3raF+LINMaSFkC0RXApo+kcraa1ODnINkeY5/XLbUNfn4mgrMuFdx3uMRi9yl99xF+xe"
    "T9qJ4GKI7uug5n24+bMazBlRHtVFSFq1W0k/cjo9FOa30oEuPEwE0IcqI08cgmpiquh8sU"
    "z7SeOomKHvtsjqLn/ZxkRW89O0SecK1MNu0UlQ7R0i55JNk1QeP05xLrrATUOGiar5gs9L"
    "we7hihyGHNpjiLpMk96w0alqGWSxv2KfaoCv/f/MfucD+68IdshQZS6gxEJ7XwOydDX0+x"
    "P4vfmZUGcgrEFawrFCQW3snqaHhxXkfSXzKKuRGqQl7KijF1x05KFEhS2tJRmSOxq2IYZ/"
    "VVRqZXSAMl3wCG94NBmsMyGGIRjTEunsIYjWyu2YGVKevzv7aDyJmaC6RbvRdUx10gE0gi"
    "jXhPGbG+SWs7u6AXTFArK0Feu6D3I6N2Qd+4GrYLBmx/UbNg0GS4nV0wQ57jNaKZlIuEyo"
    "KBp+00I6Gy7idMhc0yFcqE2Xm0fK9/4wyF5WcPiCqCu63SKMwnyeg313xCDqKkGqiJh0GI"
    "RqjTG9VpB68SlOmwfFEvjLOq06HJFRLbxmSuj/vdSTZlWp6rmmIgXmRUDr2niYiH1n9C7Z"
    "Y8GBUt21IHeDzjzpYQNc8KJgwxezAupKqit9hU3Q+Nl7j3nrVTq9u7vYQS2iwl1FKtfL7m"
    "NUHj1NCdaEoaekG54oHWBIXwrdhmt+uQdtVkdemY7Y5zrmwITwmRitD2DSEqOeJnhUwkZK"
    "LSQXpeqpJF5xP5WVtOp69LdeKO1CRlZJcSJFPcONKjp9AlS45rrbFcqfFbwDNCR2ff9YeQ"
    "JQ8oSwqr+65lSajks74GKHZke63f/BVejLftxfCPjXxrKUYnSphsdmeEz+h9ujSqBnRWn0"
    "Zsmm3h11igxYybgCh0L6F77S3YjVetfruwt9itrLWyOuaNf4v92mggXOxqhXA8HL/gfzQ0"
    "LnBjQFl3AWzOnV3vLRzNMrjvJGuXIQOT8EvUSm5op+iS60h5HedRKSNkjfNRND9UrmH+Hw"
    "KIwqviRwHu6fYiduKFwPapK+wNat10Br1LsIAamuqfes6/HtHCTUk9fLLnTDWsuaRA3tWj"
    "VM/nT/QwVZqOXxlOlOEloip61MtGRA2bahJx+Hq6bKyW5GdP0PfEEy9AXeFpXAZ4k95vk5"
    "AZJFaiaG0KGYyGn73u0bpFCfBLivqETI4mnbxb82hL4UGFzsTyi/vPoP7sXQ9YaM5HBxDT"
    "Pv+0X87dWntZ5/qaoAloR8S+LGfiafKZeBo7E/dcp6bS6O6kUA1aG4YcqApKgJxhquwua3"
    "26HwwkaqUn4xFqiQpJU/22M564rdSi4LYSLbA3Hl4CwhVk6FN9QiTH4YRMFiI5Ovvm4SOM"
    "CFssm2OzysY9n7rC6lLrdjy66kz6I8KKpYFnzOI51TvdSf8XwjCniM9UH/Q6v/SHny+Bhu"
    "ALYQlt+TSh/3ysCK/mqoEUiVdLOVnKD9JsKeNX1OOQUcinbMyJXYDkLatHM2giyYQaNDj3"
    "QV0jWSWacJKYGKKMguiQHrtDNAvGXrd/0xkcfThpn0SiDb2lf5YU7clx2GQI9OQALGI808"
    "qQieiI5IOsudERoh5y07juYRSth1ydmJiKHVtlh5k53s+cVyWFiQSscVi9jLSc+ehhKgFs"
    "HNhAJEBGUAMUAtAKx8RVDOeyQ+Kik7gEeDPmq9cU2MC6TShFyNtwS4A1mHPcTGgj50yGGe"
    "ue+CWg27yIzSi6YeloizKarPKb66jbMk424x0dNUE8NDUNtMTGtvg0b1aG/T0v/ODW3QYT"
    "V01HzgQVTbx8xMaipIV36w7X8f3tDZxf5CmLbd0SrK47TGPnFlwZWNMkqPzLNv2ymVvMLm"
    "fAznq8BiNnaupye7joKE0FyUAvKnrdut42HaRJEIlckf0LxFvlilCPWPFckUgZ++R8kfVr"
    "Ss0X8QWkxLSRkAy1KXuEWRZ8+W2nWSTfQhcmYFm2DTcA4Q+RYLLPBJNn8rPisGYL6/FoKx"
    "2J9aU/7l1fAhbgMtUn487w7lNvzNoIzLr5iAz25HY8uhlNaPPSwAts0ba7zqAz/l3qfukM"
    "P9MnToyCJM+h/kSfVy3yJ7iOYjxNDmCJkL3p+B+XxTNETgRenkRaHEuMVkSyBKdyPJLFBQ"
    "w+WjyDXxas16QC6nSoDQRNgo9MAHjCvAitbFs+Z5gKB0K3uqOb297wzo3qlPFiiXTTDezs"
    "dsa93lj6PB79OvlCHkIDEYntycCv1nyq33SGnc+9GxaI68hhVDya6r+Oxl8How45DF6x8a"
    "xhSI+OQWfyaTS+kW5Hg373d3KCeJadJdZUeTXVx73BqOt+BRFFsex+w21vfDcadgaEBBkE"
    "WKixNjpYZ9jtsWY6EOUF+ab+XXc0vL7v0m9STTJjFFsm30QaybnWnUi94TX9lY5pQ0I6+b"
    "bR5EtvfAkwk8MKHFLlh9y/kMmkW9wowdQAthBdsRC2+qzxEgPYdMxL+EtO2vH6V3hdl4Hw"
    "TpJ1RLBg8rZSz7Cx6pdSqtiSKzsM53AXWFZuBYnIsXoAayAZGwrZzGerfNjGCQW8IjDvbV"
    "xlW7XdNmsMTtpdtp6FP0FaKAFgEffID9ITcY8i7rGqcY98eANnfwkINysKL4puXE7KHfu4"
    "pas+1T3bsRU12TMbeNpOc8pC2m9f/thcTtcr9emt+F3/++Tk9PTjyfvTi5/Ozz5+PP/p/V"
    "rYij9Kk7qu+p+p4NUOmig2e2fz25H2aT/aKz+aaz4iaxobUrIjPoHRIaoqu+Cz83jHBfAc"
    "yHJpjkESoTrGdXEHH/Jj893uFSFr4OzdSTElWoOGJ4CnAs2PwaxS5Z2CEF9k2SAukjeIi9"
    "gGYUGDSEgORjlAjpA1wXEWRvosC9JnyUjHwxFcyPJZ8YI0YjOukquk2RfkOJK5FMf0n3ej"
    "IR9UV5jniOKqbIH/AE01d+aCav390dbZvg9mtqpZqm4e0/f9o7UjvFPApAile9mjDvWIfE"
    "0HiFWCXebZnZ3ezduUy6n3GvMDHMhkoiGDby1hD9qphhLaRZhI3qiJpMoB7GVUpfSD+367"
    "7Y9Z5clYE4tr//Sp35U6w9FNZ/D7JYg0TPXOZDLu0whEady/+3oJwv+mtUl/H48GA2nc61"
    "wT+tA/W5WQGU30ggzVKhy7GqSvssZJJv2nES0H+4in+q+d8ZAxneyxOis32qVs69KYUUJj"
    "qbIT3Xx464ppz/6F5PzaU5SueSf1DsrxupjlEvTDREKBEgrUW47YqTOeC2SaRI6O45kc1R"
    "0gqfLZV9nIbip/5jEAeP2rof7T1zZG/VeQYi9ZDnYOKSNE1Lj70E4y3dl1knJn10n8zi6R"
    "zJCMfpO90c/kkYaUp0Ks55CXwP+KyZ01YbeHSXZ+82LP0pyLMdIGKm+7cOQS/mHtpdACi5"
    "CKxVXlxbVmVr6FFSETiypxUVXEfXGNF+SXJoZ8Bh+301wZCuuYJ+izNZkjgG1rhr9fgldD"
    "tSykA1UHFmk2yVc4RU6cMBAATdbu1C8BqgXcipY/k8F1HSl0IGDhqD1xF++Y6q9oNsf4GR"
    "AQVGqYRSaYrQD6TsbRVgDriBZikYnaetxqC/9Mbf0z4mLlHXpEDmlyr5xO1lCbe+VwfkNG"
    "91oDuy7rlV/JiJAKC05VtI5M5ShUcwkteV6I8zHivSiYB6glWnVOJ+qXOVSeoM3cE7I5sn"
    "COmr2/OkL7tTPcqoYLPynHcNvivan6YRQ2jo7IQTZZT3R1JynM1nLD3761kK4ssXuUMpXU"
    "Kc4qdK6q61y1u625tSRzjeKajy2t297wmkVHufRT/c5rMdct991ur3fN6rfasoyQQku3fu"
    "r0B7TpEaoaUqIWj8NEUEHLImItr9x3cn5agGR/2sX7mkjAOvpuSS5EBWQhDnnzEmvrLg6F"
    "PNYaJDxQJFu3VE4+4gandZRYuFaqzOslXNHqq3EuJ8dABUia4FLZdwiUBk1LcoQDAqrCsT"
    "gmHlM8UmGyiR9YDCdkGJhTDjt5XoepxNQuEN3n6FHFLCYRWnFsVPnYEEFtyZtZc02iniUj"
    "p48hTCW8NzzvzUtS2eM0c0+Qqkmw7sHuEzP/xmd5nBe568e51sheYMSacSTJztuO1u8ML/"
    "LN9TvRS0mlO8NBQU2F9yWhbuca28NEbEUneLJFPrgGNlvkvelUsXz0t2J439k9abaRq8CV"
    "272BgTXnmVJNzlNSTc7jqSZJt0Yn51f5FNXIsGpUgRXyRTa/QHWyESJI04hpv28bhImIhs"
    "mBvKfLxmpJYEvG3icVyBdAXjUlGrz8wrFopt5IFaIrdiNVIei9c7W2V1LRlyLZptBJ1AFr"
    "G7y4lESZJYlcOECjQCuqSX9mwUCwIKmwagqrprBqVsuqiV8Dd4zn0vo4lMIdx4mgZjDZJs"
    "pZNTpGJ8DdaLwMTskSrGu30LDIgN31ePUCO6t5jbOQN1sw/elZAtDNvmkktpLz2jBFCHZ2"
    "8Hcagj0gaN0h03S+NWbsDT5upxl6KeqS6fTMmKI70hGYGRgqMjStSwCBYesAPwKoAyjL2N"
    "atH0yaSLvUkAleVWsOdAye4BJgwmAny9Z5H2s8+vAeLFTdtpD5jqXGhlJ1d/wubpy4OzDT"
    "+iyy7zriZDRWfN3PXUkKXDl9RAB5FQPIjWL6RJiygfpETfSHTGoj0pVCTA7SCRZXmsV0l+"
    "VyN8HqA3kVR0JMbRZDKZOi1RWdAy+HvhegaFI0S3k3TSP4LL2o6BUZeWCNkglseTcwvTwV"
    "gDZCJZDlIOvgIyVuB2niaJy2SRDvRToNpnERjRxrGs45yWN0TeJBebfbeAjR2KUc6MboBL"
    "ocdJ/UR0syaLSKzXEvXyNZXUCND3CUNCqUObTH7hg1xDpNLOt1+zedwdGHs/ZJxJ0crJQU"
    "wXrxkhdih0IguwFZettyrq3XJxC7AmdXIOMiwymYlwfVKJnAlnsladDKmFUeDhEJXDf76w"
    "JG321ddRq0HrGx6Pgj1gzqrN6k8CyrUjj8DSK/UL5jfoEWxz0Set5O848sWE/JdTFkd5A4"
    "qlLMVUHdLeRjFzNynPwMjtwHbQCtd0B1So3q0LINqIFntGoDE1OfB/rRdN2+MefIDt4z1Z"
    "1f6xY9NYGOrTl5JXmDQnrJ2DCQbNHSp+T9BlpqUCadVMsEL1CzUWKB05BnheNREc6TSjpP"
    "ChTNF5b06lvSsa6pOipga4sTCvkizQ5RxAYhUBX2h4NrycL+IOwP9dgVhP1B2B/qgKuwP+"
    "TZbmtsf4jygGOC4LAp2QqxdDtL7k/eSX1c7yV0bPSdbI061Ci2W+npb0VJ31mmfpArYWiz"
    "lb8N0lc5nbZ1Pbr/vT+8BAq2V6o+1b/ed/p3X0b3l+DZhqo5x/ZUn3RGV52RNOj/0iNchn"
    "gGsURNXVP9qj/o0/9dgpmqqfR/U/3XHpG/JhL5z3DYG9xdglckz6ElUbuWTpbYVP+t3xl9"
    "GQ0/330hr/muQkzgeTLn9E39r5PRV/IS9dnCz+TfRCPvfiH/flUteR41xSVMjR1f4UF+hq"
    "LluinFp6jyVMi+9iIVjLOVME6rYRwv5RDYCHMAHSETaGdDWyR+JqPf3MTPORkun34RoBC5"
    "iJwAVSdbsFAuLZdWgLxRgaNTsgTtredeBFU/fLNqbYG1G1LZxmQbGfe7k1bKVC5DPX4bmb"
    "TcZRzCm3wJGN4PBtnSPYMpgsWTPSNpiTU7ghMTPUN1j/xIgeI4ReMTmgiUAldbojQx4OOj"
    "Kl/DRmUNhzNNDBUr5cB0y8ZqElK7tOBNEFwE5hfHgBfp0U6z31mkr2Q5nSVv4m8OJOoASv"
    "iDCQjJJYuwoYen+YMX6EPbTWDaiwVSjsEDe/gAHAuh0xW8zjEgryHDIOXnqNmi9BdM9Qf0"
    "+IhYFTH2Ox8AmZEmCvUC0AIagqbFwpDW/X8k/cmYtmGCIwhMZFnkI1PStBmmkdzrUH62gu"
    "ghuPCPP5GiXd0oowA3MyoqAQrhYOIVS4tO/4y4xuiE8scBV+Qh581DZsdFThuPcMsnXlQQ"
    "OmZzwBonFPjyri6iCOVPnY+SCWxF/rzI8q4ExCLL+/A8EHHAFYlWvRBxwBVAVsQBl7sriD"
    "jgHbs7DxNNucEOm9UGm9/8GsyopNbJIxkvllBfAaq1g//DOnrXdq2jsYKTNMkSWsAtIAiw"
    "DlQrXt+y/FdM9S9EcWa5mtRCBqCBXBssfmTE/vuohg1e50hn7fTtr9AEBhE+yGj20s0KdX"
    "vhqb4gH2CyUU3wjNCS5ZGqBpirpoWNlVN/kw7FXkz+WPk230dsZMoL5ZtyAz5j1qEN4vZf"
    "2iYsvIcWgJMtvMJkVshkJgKjShQQ9u9laDigwsmwQ3CTY24ScQ2SCDFW2HWFXbch2Aq7rr"
    "DrVpcHonpnLdAVVnNRPaP+yAqrubCa1wVbUT1DVM+oSLh8uzbVM8IJC8kuHz+jYbPXJ5BJ"
    "sdnx8yt1q0AdYNsyVQUBE9uGzGpdYsMyqS8jUG3TcctA4LyhDZ7RkhCbbm+kgCN0/HRM3S"
    "Ex78+O3jPVVwga2gpY2CI/kBUHBUt7pqkyMKD+zOLqwRBbYKGSCQrIHMFAgSqhoM4fe2k6"
    "uQBPpLOtQUO1VrRoKG3Cr3q2i9PYL2F/Ue+UKRFgRb3PCim0KZelrVkX5kBysQOfooF1Di"
    "6ylDm4SK5ycBGTX/0VEdcPEt1hIaI37RQjCn5e8AIkbxq6V2jJ82I2xBhpk8TSPZsQnaCI"
    "Al6IOGGTuCD8EDXAVtzPtnPTdxGzt0B1o0PhibwDFfMp+KQC4wTfZDK+mzyTTYV3z0KFBv"
    "UnGz7lUtyCNIVUt6oF4IQ0t7MsmttZsuYW9zy4RXW4sxxjDUE9QbII0kWAnhHC+iGdNl1H"
    "owEdeV147qofmbzD+5ur3vjoQ8TjE5/TC3pFDWdGp4LtEwmkMyMt/BTCTyH8FDn9FF0N2i"
    "ZqcRwU7pN2mmeC/HDmhpBk1jlzSSCnu5fNoakzAxqrn8HDCzRUOrb5ABREOhnIueeLThwF"
    "PPz5J/3Gv/56AOzCrjnWqFOcDkPt+jOsrC5j/oldvmyqf/tzynCbkldNW25siWQSaQVRd4"
    "1MryIjnzRt0UGdTqFmMrGR5rQfHx87bQtVpy3v2d/wO/2bFqr9I8lpsY1L4q34I3ZW2vwZ"
    "cTJCkqVVt3s5PobDArtjD4OlWvnqgq8JGujAOclUqPokpVD1SbxQNd3C4gBP0PeELcHr3w"
    "h8U+Cc9H6bhERSD8Wjm85vDOB15enBaPjZ6x5AvTsYXUXtC95hE0f8n3ejYYJpIUgU9fqo"
    "sgX+Q44zc2eCU+vvj7bOgqPAzFY1S9XNY/q+f7T2zxQKUjpTovi3wzW+6QBRpthLpWCp9j"
    "ClKNVelVLtHkaBWu3rMpsVyALvuvJyiydve88ySdw7uD1HyJEHlCOde47zyDs+ReOkydMs"
    "0s5psrBzGr+Uw1NUGUhclDdfQxQbZFeSUAnItz7dDwYS3S3JCwi1RM+hqX7bGU/cVmrQdV"
    "snnUFvOKG3EWns7mwyXXvj4d2X/u0lYCHSujlXl1HVOpvgmkluzXFhEOGNZXOkqGws9Kmr"
    "zLvrcecTYYdiwEfCjdve8Lo//Czd9T8PO5P7MeUd0hXCBMlUn9gV6ISHne6E3SgFWWHEqd"
    "777bY/7l1fAvR9qRpIIVzujW/6ZATaSHi6UHX2Q6vCVRFPVtN4ss3Ohn2eJPmAW5KVgWRk"
    "mtjIecVMjLCU7P8GyDjBShXeJpNzbsYIdz5DK7y2PTDISySilJk8KJONNnzqJjjK923BEf"
    "e6JW8c9TQWZLnXzePdLJeZP0zVCINpRAI8P8siAp6fJcuA9FlEinHvDct3EkeohAufexIv"
    "6B26SHpBBq2tk7d+FJdaIL05WAIFrsLbMloix616VQM5a5hEZClnuFovOjVLwNmzw07coX"
    "/xR24o7AnrOwH+ZMt5wNvlDLTlpV8eJ5rHgZ1e+xWdwK0UZ8O6TztTmI83U4T3oY6aeYr3"
    "AS5yxVp4/RvnefiQybT5IcW2+SFu3KyX86GMDbKx3ge2+VnJ0kZy8cUY4f7E5w+V3pWEhe"
    "XtWVhyhGPsSqhsrni/V+HSgy+DjBlAOoeoKQXZvjm2fDJHbsC3WzPGG4fe2Ip1BNzh2kDG"
    "SxUpdIZNaViuG6ZNg0idP2m4o/PXOgxv2nKjsEMR5vt5ZcL9sb747h0tW5WoEZL0lpJ0fs"
    "ngICJB5REOSAV+aknWuNkAyf6jZg/j8tpJfKwQyN6KQCZcXodxea2lnGIOGeGIyeqICUpK"
    "JTsIagh2bs9AscTVuAmsJOWtQZDvRVvLoKXl087yKWUjXwlyNCRvnEuWcPuoGqbVBm6l0A"
    "XSFXqpDljf8g0eDbwAD/6t31h/iKthu3oJV/GSAxNRKF5C8arCDlP61U0W97zMHmhffTdF"
    "kUB7+pSG0NOmqoTPB3ctvqqWEDsVoXvTQfQ65k335NBar78Ips0fTCvyPZqc71Fh5JYGnj"
    "nR8AUw5BK/ZTRfoGbnLWngUVSjngF9bWPqGci2aeGFVMRiHqOsBnsaVW5iQZTGubaSZtDM"
    "e3VZlHTrC7ZqtO1492ud5Lhfi1uJKyfmiWO8QfDP89waZ0MD6hZCCq3yri7sRU7g+QO8Qd"
    "RzTXnyRnvBneXJKkyQRqgx+dUYDz+6R5ycX+Txl3FIm8CBSFm4LC6zi2SP2UXMYWbas4Vq"
    "FXNKR2lLcEtXDP2aeKE9TFLd0I59rQibg4SCx1XmsQgwSd5IGxxg4nkRcznCIlTCZbM56C"
    "HopSwp6KGGIGcNdohMsOLBDmtn0ZbRDnfeOA0CfafhDj5gnECHEJoZQhzCXCw32fFb0Pls"
    "YPJmETxwyOABxoIYrNk83R5tpR3dvZvbwej3Xu8SeDn2U/3q/q4/7N3dXYKZbao6Ms2p/m"
    "V8Cebsww/v1GZyfK6SmD5FlZlRpfhT20Q5C58FKEqpeHZojMsOmqmK1lq5ydxcfcZJTs66"
    "STm9ha1vs62PbTVE0uPZtJPxDVM1D+ezTHdBnKXcBXEWvwuiAobsym1YO57dhUpxiQpceW"
    "0g5ReGal7GeDtiCUmpA3Xo68rwYqGa9ONuNZiQzxDq0U7X9b2+0pJ0zpjN8GDY7NIw1bku"
    "jFL+YAIa8AGOTIQAESywRiH8Gxl/iXSTmXn+xqiOl6t3PwMIlnBlauoSPCO0ZMNEVa7dvG"
    "Wqv2LjmbzBuw2NdQeqBV6hCehANpnM4FW15m1gYoAU1aK9IXs/0BF5IZDnUH8iVBBoWH4m"
    "3VlwiridrIJ2DVHXaZd1nYJfFgM5JegiTLY/YanV2u25srewC7ZrxSFPDm9cE4hyAKIcgL"
    "Bu5LJuiEvSmsZ1TmiG+/W8IhA5vfRROmEk3uymTym4kVtLvTdRDU1cmX300ekVUk7JV4Dh"
    "/WCQzU0PTWpzp6arLf30VNHsrAer4T52EGf9LVwZWNM6yr9s02LAcbT5eKd2mkK/dLqTfc"
    "7rn/lKcsf/AuCCXtRONGfVUYOZluz5TIkC7qnURH9+WCJDxYrE0hIfwBF0FGGgYwuskOVq"
    "xzHFfnevmuqP2KCjLN5dEu18hnXbbJM/FKTYLK+GlT+gb5GxYSAn1YaVSggq8uDowX1sSs"
    "5rH95lVO6/tYLfSWnW9e//EIr/PhX/KB8yZzhG6N50lq2zQDnwpSWv+ERbJ6zUCT0vY+Us"
    "V5JW3tustrzBqkaA7uYKq/C+nmdj4JC+5cRnYQpJPtrqqRTnq4wolOLSI6fE7V/iTqoK6L"
    "ztre+kEuacPZpz9mChGNvcQIPA03YWm4Rh5ymXyFRxxwgAqFYPgSnjJboE1AW/olXljx6g"
    "pj28cxR8ep0Kq2fIuloILo7BA6OQntHqIWaEKP8VU/1o2iLdnfr1fvfLU7fMPSG4/Dhtva"
    "MRDc48BUSWdG0Oa/uHI14mF16MKqjrDxAZFMLgUNlTJqNW4YKB9FyqWZjqTQPo7wYx/FKy"
    "RoJEjbArRAOGM8ULp4QLxzJzLGjZHKdJ9tKgNi8aY5ehL6zEZysf3pHyoN3Rze39pD/8fO"
    "lGyhEWeK20IKgXPjfVB6PuV9rC9wBkilfKFK6UEq0U45nrTSB84No0Ew/AGN3+VKz3lT4L"
    "A7XlsQW1IlW9woSHsRfvCuQsxuKLHMZiBys/YrcQ1GFyAfhmwCOe1NyIR+gF5JshfzKwWQ"
    "zsNaWAOQ1mWYNEIi5kvA9RitpC1Qlg4xjrXXGsCJvDpILPVeazI2QX4HKIUPC4yjwW7tZE"
    "Ngt3q3C3FlFa3d0vL7ZRMgGtCO/evz+QO5EFuhvQja7dLWLnXavgtoHzzig1PHUPFTHP4O"
    "I7oz0kUz3Ra6aVXc8uGFQS8ulF3bLfWobjMfdDw9tg3Ui9xHR2inBx4b2tzCrP6Hz05m72"
    "6RmgEHJUXET1g0jywRqjE+DGwS3grjqso6pGiQ2FvVRV8E/VCOfizqlKuKVqhHQRn9SBvV"
    "E1QtePE4noUhhrCOpplhgOvjNCtStQ1y37RfVqNBqEjJZX/Wi60/3NVW989CGCuUgz2J9E"
    "QVS4fKD6BALPzWZEV0Pe0sIVjlqvGcJZDV3+xOLXLuTtByVgK7Jh3GyYLBZEjVacL8V8OC"
    "AjNQjyfZgQGWTJZkQP0Y2mRGnNxbLtiUvfoLnEpsoG2SrD40p9eitmwv8+OTk9/Xjy/vTi"
    "p/Ozjx/Pf3q/Porij9LOpKv+Z3oshQStDMZEj18xHtwRcV9LjjQO0DVJIDg9+XixZgD9Rx"
    "rkd0R5GMRlq2eVlxOSnNPg9W9gOsNpltD40+TQ+NO4GUHU+dipeou+0+rBkL8nJBf7iJA1"
    "Yirvu+KHd07n0svCRE3ainelmwWkle31s4a5xNsRFSI8u6pUXD5Sx48nH8cq/WUuLi9Fyg"
    "1uTgOfuGXfafV1VzRqu5nXNAebJmjPsWnRfGpWQ262Ao8GXoAH9PhIi7u9IIn++wFYONhm"
    "4Xg6+O5eNdWPZtiaA1WXNVtBys8M9EuAl0j/EZGZqmQvLscSNR2MDdJNxAnsPU5gzYFCeZ"
    "8ecZVP8tbt6K4/6Y+Gl+uVMNUnvc7NJVsNU/3L6G5yyVZDdBVlEV7Lz+v010L26R6iEec7"
    "z0sQ2tc4qkFiSEyc8k0HxQQPg2IwOnSi2JzIfhDZDyL7oaT9nUnk+ZRin0KcmBk0YvfyrS"
    "3V4fhtXjWDObNW7E8vUWKuTGCrXWLu61KdUJ8qtLj+uODjdpqx4XmpSpbbM+s1doRxqgwt"
    "bJgPdOlO2cudYm0mtg3Z/fuVzKa55RZxY4qD87dsGy+kC/lq8jdc0sLAMtLdh48axobfRL"
    "aKmM1hz++f6qzGnGudNwE0gfMtZvQ+PUL1iI0FXTR/Izor7UMv1BMX3FXQIHHYC+4OfYTv"
    "/oo7f43GUU6+bi1MJe5c2+LONXH7VvL0r6fu52GUdvuWZ3rMqaKEqYSawlH8vFWRV6uO0Q"
    "mterMOmBgIlN8tGhiqVtfQZtb/wms3gw7oz0ihA24AN7Z4K6UDjtGLil5bHPXPfdJO0/wM"
    "1ierzkee2uTRA1jApQkQlOfA0bWo51a1TPACNRsB9x4xtxo3OOJoTe9+Bg8s+tO7ojyu4O"
    "3wZVOdamZIJuD/YAL3UnOnHrmBWCcKMrB1S9WceuZgLZSCOTTZ653vY7epMd4YgEx9Mk6i"
    "qvetJa+oMNCOXmwWclMHI8qd/izDPZDs67YKVXGfqqJIzy677K1rb5LyKuExQqGNC228Ft"
    "q4e6LlQT9Asn/oW39/tHXnns+ZrWrkcDOP6Wv/0WoIQ9yDW3IObo6JJC2EO068dSh3xbb8"
    "DJHcp+1ozmxyILcHGA1tRLyI+eRgbg7pHqv/H2C67+YCR6ipM4OFxEtLrOave8Af4A1O+/"
    "M85TwCoOW/s5RPLSZ/7snvOAJ5dRJSp3yQ7A1O9DyF0Zn2nBPeNY3ANhXbhHznZMFxTVAN"
    "sZG+rzFiI5SfdfyqIeWpkGuNQy7qh1fHnRaPpRRe1EQ2N9iL6kleRYJoOaTCBhi3ATJLdk"
    "5oAyTCRS0qVO2zQlWhvUBsA3kd/2sv2ZZeacf/2fVGq9nszRyhHNgQRb2qcrHNf3u7t9pL"
    "wLfZQRWRbTHDTQ0hoUrgu2lb4IigFYxbcXbnxOCV9ea9KYJFYtvgTmqJrYshpd1LIIIxRN"
    "z+vsDdfaRAcr2wzXUa6lA7rHUzGk6+DH6/BAusW3NtNdX/574znvTGtO3fNlnhyNDYIXP4"
    "Eg3ido3cBvZ4ErwLBuLN640QIu6MflsAkmlk2RwPRMbiLWvqPXouaZGgnC6H1ui2N3TKC0"
    "31bmfQvxp3nHIuAT8seTIY3fWuSaOGTcc1mH/bzrRrp2zaMTezKPPQMCO1KPNQMbuUSJvf"
    "X9p8wKTipyiEMc9T7NvPhajZ3pWE+E7rfHeI3CPPWxy13H3STtPIod+nVFVcqNwHVLlpbQ"
    "NuMl6y1h0gqbIyWFDxPjk/zyDCkV6JMhx7FoksWXKqwCYj7HZvILof3mfTo9MUac7FarrF"
    "DTxODqMKkIjUh5whUzFRap+G5r/+H/PfWwI="
)
