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
) /* `rules` is the plan's JSON (see resolvers\/compensation\/rules.py); a payslip keeps the */;
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
        DROP TABLE IF EXISTS "kpi_templates";
        DROP TABLE IF EXISTS "review_cycles";
        DROP TABLE IF EXISTS "commission_plan_assignments";
        DROP TABLE IF EXISTS "payslips";
        DROP TABLE IF EXISTS "commission_plans";
        DROP TABLE IF EXISTS "payslip_lines";
        DROP TABLE IF EXISTS "payroll_runs";
        DROP TABLE IF EXISTS "payroll_adjustments";
        DROP TABLE IF EXISTS "reviews";"""


MODELS_STATE = (
    "eJztXWt3ozi2/Sta/tKpdd2Zqryqb3rWrOU4ripPOXau4/TjlnsRGZSYCUYeHkn59vR/v5"
    "IAm4fAgMEGog/TkwIdgfcR0nlsHf3ZWmAFaebxAD+p+mRuYMvSUOsS/NnS4YL+wW/QBi24"
    "XG5u0wsWnDHRlkabSpbblt2DM9MyoGyR249QMxG5pCBTNtSlpWKdCn2CqoYUwGRNsEQGQD"
    "8uyLWfAYLynEipmm0gsISmBaw5Ao8GQgDryAQKtsmDTXb1FarWMX2ggmXyRFV/KqFvW1f/"
    "bSPJwk+IXDfIE779QS6ruoK+k5/r/nP5LD2qSFMCYD6jFe2B3ZCs1ZJd7M6h8Yk1pS8+k2"
    "Ss2Qvd13y5suZYX7cnP4xefUI6MqCFFB+ouq1prhq8S87bkguWYaP1ayqbCwp6hLZGVUOl"
    "nVfYXGtJ0nA0ke56E0lqRdTmSfjQdi/JWKcqV3XLZAgs4HdJQ/qTNSf/PDk/+8t50AYJpx"
    "l94i+dcfdLZ3xEWr2jj8Rk5Dgja+jeOnHu/cU6gRZ0umHQb7B21WpGAe/rFh9vv0gIdPJD"
    "8oDuXdigvhn/HsTvy8L8ib7Bjycfzj6e/XR6cfYTacLecn3lY4IW+sMJA3gDqIblZ6RItm"
    "6pWhTUa4KKpS4QH9mwbAhdxRU+9v5IgbU7fDNBXeIIT4By0r/p3U06N7e0+4Vp/ltjgHUm"
    "PXrnhF1dha4eXYTG/roT8Gt/8gXQf4L/HQ17DE1sWk8Ge+Km3eR/W/SdoG1hScevElT8mH"
    "iXvUtBTZOZUHI/BglamZUdFRf6rpq+6Rr1+OybOemFGZSfX6GhSJE7+ATHtY3eWpwswleg"
    "Dp+Ykiia9D1du+IWGhZRe1dTkW7xDI9gg0TDY+k0lWTWNp3hEa/vHZZ5Vcmw6DiNty837v"
    "iv7hJfyHITv547WpV42MZbUAGhxtlRH96/T2FHkVaxdhS7F1zm2f9ngNhrXwy6B57VQ3Zq"
    "KnxPEvA9ieJrItlAljSH5jwLzCExgXZKtGW85PkA/7wbDWOAXkuEjRZVtsB/gKaapbkCrb"
    "8/2rpMYQQzW9Us4q8e0+f9o7V/K4YiFDBgPJyPbjq/hVXQHYyuwpYJ7eAqpA7VlMhqrL5w"
    "ZpgrjDUE9ZhF0i8X0suMCJalEG9u3y/0V6PRIAD9VX8SAvz+5qpHpnamB9JItZB/Fd0ATg"
    "GRNHWhWtKSmEYLVbctDvix1kms/P78Y/JVv6+Lj0zmaPrrczhNQckC/KXKTfbkByojXVu5"
    "n1VNHCh3Bkj0l9212cBWTuVzOxA+c9V85sDEil7wcy5lByWFlqum5QyRkc1weEWzOcbPHE"
    "vzypX89HWMNMjAjKrdDXb86vTS05UlTreiVlP3m6ubyX6D1ZLA8IiNBTHpZGy7kZr8oN26"
    "3XWc3hoE2o6BN19AV9XpjDMnXwcH7BuoryaY/pdNWH3yGlCXeVaei3hvsdTwCuWyQg4aPo"
    "lDuu3+NCkUfPT/UIMORALiehRHo41kFDLF0LwdaYFcaTf8tNabezvUgduK5k3tp3m0wUZ7"
    "RCHk7ZBj8nc7d93ONZv8pIguglF9ZxBYCC6KGAQT0k/jB4D3I7Mrn8JckOLXGsug+MSg+5"
    "g0vbLlZ8SNuPvutpPC7cw1nLGGKZP8HWARy4fGNqgQMOfQQAqYrQB6QcYKLA0sI9MER7ZJ"
    "Lr/OSUuaeCc3dYvImEA1wa2zwN/9z+BdNNFfQv8i2b9zkPokVZD6JCFIffJ+W7Kf6Z0zq3"
    "3SMIyJbGxEQpA/UpkaOtgJKF+P7q8GPXA77nX7d303rrc2tNnNYCBp3OsMQqENe6nk9G6D"
    "kg0Mbbwhj6fMXPAYPZIfMp/QD5O7MPnvJy9NTktp841vX5xGS/hvOkeyIAzRNnA7cdYU8x"
    "iMkW3S6xC4cRp3tXH8ebJ6WCZZVLCGyBMWqraKrk/lPEIkqquVqGYqy5zfC0o1zgq4SMP4"
    "u4gn/F2chTN7zheQBeKNRFnZ08Phe3qSAt/Tk1h86a0gvuj7UiWTU471Pigp1vvKrfciY5"
    "XuC2tuxop6wHkseVPkLQ6tXpGdElrefMUGlxAZa8P7JPZH4Ki4LR/xfoMAc4JK2EDqk/4V"
    "pQ2V37vd1AzchGC5AV/X7qR/UHEj1H8dKJyA+VvZ2PV2YvgAp923Vgp9/LAM3Ao5jedpIs"
    "fn8YHj861xY/9rZkA8JLY/Mm6rtRfgS6HiLpGxUE2TvFgmPm5ITJByA9ZJEaRcg1gdjPWc"
    "5RMICO3xA9Cxjvb1EaT6BhI+gfAXwIaPpHKmmkTys19sj9zn9ZXakp+fieGsSznnHa6wmH"
    "0Kn31EXjF+PqpnAIrju67pbPtJMwY9uCLYTnlduFqxnbwfGWY7rf2hEMeJgRtDcqIyUWYT"
    "cxXX3aXiM62HTqyjx16b4+h5Pyfe0VuPDrFPuFYhm3aCS4doaZcsluxaoHH+c4F1VnxuHD"
    "TNV0w+9KwZ7oig2MOaznEWmyb37DdoWIZaJm94I7FHV/j/5j92h/vxhT+kKzSQUGcgPKhF"
    "3jke+nqa/Wnyzqw0kFMgLmddIb+wyE5Wx8OL6jq0/SWlmRuSypWlrJhSS05SIt8mpR0TlR"
    "k2dlUM47S5ytDwCnig5B3A8H4wSEpY+ikWYY5x/i2MYWZzzRasVLs+/2s3iJyhuUC61XtB"
    "dZwFUoEkthHvaUfsJqS1W1zQIxPUKkqQNS7o/chwXHATXA3GBX2xv3BY0B8y3C0umGKf4z"
    "WiOykXMZUFfXfbSUFCZd1OhAqbFSqUibKzePle+8YFCovfPSCqCJZbpVGET+LRb274hCxE"
    "cTVQYxeDgIxwp7e60w5eBTjTQfuiXhindacDgytgto3JWB/3u5N0zrQ8VzXFQDxmVAa/p4"
    "mIB77/mNotWTDKW7alDvB4wZ0dIWpeFEwEYvYQXEh0RW+xqbovGi1x791rJ1a3d1sJJ7RZ"
    "TqilWtlyzWuBxrmhpXhKGnpBmfhAa4Fc+FZssiub0q6arC4di91x1pUt9JSAqKC2b6GoZO"
    "DPCptI2ESFg/S8VCWLjifys3YcTl+X6sTtqUnOSJkWJHPcONaj59DFW45rr7FYq/GbLzNC"
    "e2fv9YewJQ9oS4qoe9m2JFSyRV99EiXFXus3fkUW421nMTbLRrZvKSInSphsT2cE1+h9pj"
    "SqBnTanEZkmO2Q11igxYy7AVH4XsL32hvZjVetfjfaW+RU1lpFHbPy3yK/NkyEixytEOTD"
    "8Qv+h6lxvhMDijoLYPve2fXcwvEs/fNOvHcZCDCJvESt7IZ2gi+5ZsrrOItLGRJrXI6i+V"
    "S5huV/CCAKr4ofBbin24vIihcAeyNd4WxQ66Yz6F2CBdTQVP/Uc/71iBbultTDb/acqYY1"
    "lxTIO3qU+vn8gR6USvLxK6OJIrJE1EUPZ9mIqWFTTyIKX0+XjdWS/OwJ+h674vmkKzyMiw"
    "Bv0vttEgiDREoUrUMhg9Hws9c8XLcoBn5JUZ+QyfGk42drnmwhOqjQmlh8cf8Z1J+94wFz"
    "jflwB2LYZx/2y7lbay/tWF8LNAHtkNmXZk08jV8TTyNr4p7r1FQa3VIK1aB1YMiBKqcFyO"
    "mmyumy1qf7wUCiUXrSH5GWqJE01W8744l7lUYU3KvEC+yNh5eAaAUZ+lSfEMtxOCGDhViO"
    "zrx5eIYRUYtlc2JW6bS3ka6wu9S6HY+uOpP+iKhiaeAZi3hO9U530v+FKMwp4jPVB73OL/"
    "3h50ugIfhCVEKvfJrQfz5WRFdz1UCKxKulHG/l+2V2tPErmnFIaeRTNWbEzifylt2jGTSR"
    "ZEINGpzzoK6RrBJPOM5MDEiGQXREj90umgVjr9u/6QyOPpy0T0JsQ+/TP4tje3ISNimInh"
    "yABcczqQyZYEfEL2TNZUeIeshN07qHUbgecnU4MRVbtoqmmTnZz4xHJQWFBKxRWL0daRn3"
    "owelBLBRYH1MgJSg+iQEoBXmxFUM56IpceFBXAC8Kfer1xRY33cbU4qQN+EWAKt/z3EzoQ"
    "2tMylGrLviF4Bu8xibYXSD1tEOZTRZ5Tc3UbcjTzblGR01QTwwNA20xMau+DRvVAbzPS98"
    "cmu5ZOKq+cipoKIbLx+xsSjow7t1u+ts8u0NHF/kLuO27ghW1+2msWMLrgysaRJU/mWbm7"
    "KZO4wup8POur8GI2dq6nJ3uGgvTQXJQC8qet253jbtpEkQib0i+zeId9orQjNi+feKhMrY"
    "x+8XWT+m0P0iGwMpdttIwIbatnuERRY29lupu0i+BQ5MwLJsGy4B4Q+xwWSfG0yeyc+Kwp"
    "qO1uPJVpqJ9aU/7l1fAkZwmeqTcWd496k3ZtcIzLr5iAx253Y8uhlN6OWlgRfYotfuOoPO"
    "+Hep+6Uz/EzvOBwFSZ5D/Ynerxrzx/8dRXQaT2AJib1p/o+r4hkiKwJvn0QSjyUiK5gs/q"
    "EcZbK4gMFHixfwS4P1WlRAnQy1gaBJ8JEJAE+Yx9BKN+VzuqkwEbrVHd3c9oZ3LqtTxosl"
    "0k2X2NntjHu9sfR5PPp18oXchAYiFtuTgV+t+VS/6Qw7n3s3jIjr2GHUPJrqv47GXwejDl"
    "kMXrHxrGFIl45BZ/JpNL6RbkeDfvd3soJ4kZ0l1lR5NdXHvcGo674FMUWx7L7DbW98Nxp2"
    "BkQEGQRYqLFrtLPOsNtjl2lHVBfknfp33dHw+r5L30k1yYhRbJm8E7lI1rXuROoNr+mvdE"
    "IbEtLJu40mX3rjS4CZHZZjkSqecv9CBpNucVmCiQS2gFw+Clt9vvECCWw65m34i9+047Wv"
    "8HddBMKlbNYRZMH4aaWetLHql1Kq2CdXNA3ncAdYVu4LEsyxegBrIBkbCpnMZ6ts2EYFBb"
    "yCmPc2jrKt2mybloOTdJatF+GPsRYKAFjwHvkkPcF7FLzHqvIe+fD61v4CEG4WCy+MbtRO"
    "ysx93DFVn5ie7diKGp+Z9d1tJyVlIW23r3xspqTrlfr0VvKu/31ycnr68eT96cVP52cfP5"
    "7/9H5tbEVvJVldV/3P1PBq+0MU27Oz2eNI+4wf7VUfzQ0fkW8aG1J8Ij5G0QGpKqfg0+u4"
    "5AJ4DmSZPEe/iHAdo764gw/5sdlO9wqJNXD0llJMidag4RngiUDzOZhVqryTE+KLNBPERf"
    "wEcRGZICxoEAvJwSgDyCGxJiTOgkifpUH6LB7pKB3BhSxbFM8vIybjKqVKmn1AjmOZS1FM"
    "/3k3GvJBdY15jimuyhb4D9BUs7QUVOvvj7bO5n0ws1XNUnXzmD7vH62S8E4AkyKUnGUPJ9"
    "RD9jXtIFIJdplldnZaN29SLqbeayQPcKCQiYYMfrSE3WgnBkpoExEieaMhkioT2IuoSrkh"
    "9/122x+zypORS4zX/ulTvyt1hqObzuD3SxC6MNU7k8m4TxmI0rh/9/USBP9Na5P+Ph4NBt"
    "K417km8oF/tiphM5roBRmqlZu76pevssdJBv2nES0H+4in+q+d8ZApncyxOis32qVq61LO"
    "KJGxVNlhNx8+umLas38hObv3FJZr3kpdQjleF7NMhn5QSDhQwoF6y4ydOuO5QKZJ7Ogonv"
    "Gsbp9Ilde+yjK7qf2ZJQDgta+G+08f2xj3X0GKvWR7sDNYGQGhxp2HdpLqzK6ThDO7TqJn"
    "donNDPHoNzkb/UxuaUh5yqV6jngB+q+Y3VkTdXuYpNc3j3uWlFyMiDbQeSsjkUv0h7WXXB"
    "9YSFR8XFX+uNbKyvZhhcTERxX7UVUkfXGNF+SXxlI+/bfbSakMhTXMQvpsTeYIYNua4e+X"
    "4NVQLQvpQNWBRS6b5C2cIicODQRAk1136pcA1QJuRcufSee6jhTaEbBwOJ5YxjOm+iuazT"
    "F+BgQElQZmkQlmK4C+k360FcA6ooVYZOK2HrfaIj9T2/yMOFi5xIzIIUPulfPJGhpzrxzO"
    "byjoXmtg12W9sjsZIVERwamK15GqHIVqLqElz3NpPiK8FwfzALVEq67pWP8yg8vjj5l7Rj"
    "bHFs5Qs/dXx2i/drpb1fDDj9tjuGvx3kT/MAwbx0fkIBvvJ7q+kxRUa7H0t28tpCtL7C6l"
    "zCV1irMKn6vqPlftTmtuLclYo7hmU0vrtje8ZuwoV36q33lXzPWV+26317tm9VttWUZIoa"
    "VbP3X6A3rpEaoaUsIRj8MwqKBlEbOWV+47fn+aT2R/3sX7mljAOvpuSS5EOWwhjnjzNtbW"
    "3RwKZKw1SHSgSLZuqZz9iFuS1mFhkVqpsq6XcEWrr0a1HM+B8ok0IaWybwqUBk1LcowDAq"
    "rCiTjGLlM8URGyiS5YDCdkGJhTDjt+XAelxNDOwe5z/Kh8EZOQrFg2qrxsCFJb/GTW3JCo"
    "F8nImGMISonsDS978xJX9jgp3OOXahKse4j7RMK/0VEe1UXm+nFuNLLn67FmGomL87bD9T"
    "uDH/n2+p3opaDSnUFSUFPhfYmp27nG9jCMrfAAj4/I+7+B7RF5bzhVbD/6Wwm8l3ZOmm1k"
    "KnDlNm8gseY81VaT84StJufRrSZxp0bH76/aSFRjh1WjCqyQN7L5BarjgxB+mUYM+33HIE"
    "xEPEwO5D1dNlZLAls89htRgXwO5FVTouTlF05EM/FEqoBcvhOpckHvrau1PZKKPhTJNoVO"
    "oglY2+DxUmJtljhxkQANA62oJv2ZOYlgflER1RRRTRHVrFZUE7/6zhjP5PVxJEU6jsOgZj"
    "DZJspYNToiJ8DdGrz0D8kComu30LBIh911f/UCO214jfMhb49gboZnAUA3+6SRyJecNYYp"
    "KNjpwS+Vgj0gaN0h03TeNRLs9d9uJwV6KeqS6bRMuUV3pCMwMzBUZGhalwACw9YBfgRQB1"
    "CWsa1bP5h0I+1SQyZ4Va050DF4gkuAiYKdXbbO89jFow/vwULVbQuZ79jW2MBW3ZKfxeWJ"
    "ux0zr88i865jToa54ut27pekwJXTRhDIq0ggN/L5E0HJBvoTNfEfUrmNSFdyKdkvJ1RcaR"
    "XTWZar3ZioD+RVHAkotVkKpUoKV1d0FrwM/p5PoklsluJOmkbwWXpR0SsyssAaFhPY8k5g"
    "ennKAW1ISiDLQdbBR4qdDpLM0ahskyDei3Xq38ZFPHKsaTjjII/INUkHxZ1u4yFEuUsZ0I"
    "3ICXQ56D6pj5ZkULaKzUkvXyNZXUCND3BYNGyUObLHbh81xDrJLOt1+zedwdGHs/ZJKJ3s"
    "r5QUwnrxkhViR0IguwVZetpypql3IyBmBc6sQPpFhlMwLwuqYTGBLfdIUn+UMa09HBASuG"
    "7P1/mCvrum6jRoPWJj0dn0WDOo02aTgqOsSnT4G0R+oXzH8gItTnokcL+dlB9ZsJaSm2JI"
    "nyBxXKVIqoKmW8jLLmZkOfkZHLk32gBa74DqlBrVoWUbUAPPaNUGJqY5D/Sj6aZ9I8mREp"
    "4z1Z1f6xY9NYGOrTl5JHmCQlrJ2DCQbNHSp+T5BlpqUCaNVMsEL1CzUWyB00BmhZNREcmT"
    "SiZPchTNF5H06kfSsa6pOsoRa4sKCvsiKQ6RJwYhUBXxh4N7ySL+IOIP9ZgVRPxBxB/qgK"
    "uIP2SZbmscfwjrgBOC4KgpPgqxdBtL7k8upT6u9xDaN/pOpkYdahTbnfz0t+Kkl7ZT36+V"
    "ILTpyt/65au8nbZ1Pbr/vT+8BAq2V6o+1b/ed/p3X0b3l+DZhqo5x/ZUn3RGV52RNOj/0i"
    "NahngGsURDXVP9qj/o0/9dgpmqqfR/U/3XHrG/JhL5z3DYG9xdglckz6El0biWTj6xqf5b"
    "vzP6Mhp+vvtCHvNdhZjA82TO6ZP6Xyejr+Qh6rOFn8m/iUfe/UL+/apa8jwciosZGiUf4U"
    "F+hqJlOillI1HloZD+2wtVME5XwjiphnG0lINvIswAdEhMoJ0ObbHxMx795m78nJPusvkX"
    "PgmxF5FDUHV2C+baS8uVFSBvdeDokCzAe+u5B0HVD9+0Xpvv2w24bGMyjYz73UkrYSgX4R"
    "6/jZ203M84gDd5EzC8HwzSbff0bxHMv9kztC2xZktw7EbPQN2jDVMgP05hfkITgVLgakeU"
    "JgZ8fFTla9ioXcPBnSaGipViYLplfTUJqTIjeBMEF77xxQnghVq0k+J3FmkrWU5jyRv424"
    "lEHUAFfzABEblkDBu6eJo/eEQfet0Epr1YIOUYPLCbD8CJEDpNwescA/IY0g1Sfg6HLQp/"
    "wFR/QI+PiFURY7/zAZARaaJAKwAtoCFoWoyGtG7/I2lP+rQNExxBYCLLIi+ZsE2bYRraex"
    "3Yn60gugguNsuf2KJdXZaRT5spHRWfhEgw8YqlhYd/SlwjcsL544Ar9iFn3YfMlouMMR6R"
    "lo89qCCwzGaANSoo8OUdXUQRyr51PiwmsBX758Uu70pALHZ5H14HggdcEbbqheABVwBZwQ"
    "MudlYQPOCS052HYVNuicOmjcFmD7/6d1TS6OSRjBdLqK8A9drB/2EdvWu70dFIwUm6yRJa"
    "wC0gCLAOVCta37L4R0z1L8RxZns1aYQMQAO5MVj8yIQ3z6MeNnidI51dp09/hSYwiPFBer"
    "OX7q5QtxWe6gvyAibr1QTPCC3ZPlLVAHPVtLCxcupv0q7Yg8kfq03M9xEbqfaF8kO5vpwx"
    "a9AG0fgvvSYivIc2gOMjvCJklitkJohRBRoI+88yNBxQkWQoEdx4zk0srn4RYcaKuK6I6z"
    "YEWxHXFXHd6upAVO+sBboiai6qZ9QfWRE1F1HzumArqmeI6hkVocu3a1M9I7hhIT7ls9nR"
    "sD3r49tJsT3x8ytNq0AdYNsyVQUBE9uGzGpdYsMyaS7DV23TSctA4DyhDZ7RkgibbmukgC"
    "N0/HRM0yGR7E9Jz5nqKwQNbQUsbJEfyIqDgqU901QZGFB/Zrx6MMQWWKhkgAIyRjBQoEok"
    "aPLHXprOXoAn0tjWoKFaK1o0lF7Cr3q6g9PYL2F/0eyUKRFgRb3PCjm0CYelrVUX1EB8sY"
    "ONRAPrHFykKXNwEV/l4CJiv26+iKh/EJsOCwi96aQYcfCzgucTedPQvUJLnueLIUZEm2SW"
    "7jmE6JAicmQhooJN0oLIQ9QAW3E+W+mh7zxhb4Hq1oTCE3kGypdT2IgKjGNyk/H4bstMNh"
    "XePRsVGtSfbPiUyXHzy+Ry3apGwAl4bmdpPLezeM8tmnlwi+pwRznGGoJ6jGXhlwsBPSOC"
    "9UM6abiORgPa87rw3FU/NHiH9zdXvfHRh1DGJzqmF/SIGs6ITgR7IySQTo20yFOIPIXIU2"
    "TMU3Q1aJuoxUlQuHfaSZkJ8sNZGkKSWePUJYGc5t5uDk2dGdBY/QweXqCh0r7NB6Ag0shA"
    "zjlfdOAo4OHPP+k7/vXXA2AHds2xRpPitBsa159hZXUZyU+U+bCp/u3PKcNtSh41bbncEs"
    "kk1gqi6RqZHkVGXmnaop06jQKXycBGmnP9+PjYubZQdXrlPfsbfqd/00K1f8QlLXZJSbyV"
    "fERppc2fEWdHSLy16jYvJsdwWGBLzjBYqpWtLvhaoIEJnJNUhapPEgpVn0QLVdMpLArwBH"
    "2PmRK89o3ANwHOSe+3ScAk9VA8uun8xgBeV54ejIafveY+1LuD0VU4vuAtNlHE/3k3GsaE"
    "FvxC4ayPKlvgP2Q5M0sznFp/f7R1Ro4CM1vVLFU3j+nz/tHav1IoSMlKCePfDtb4ph2ElW"
    "IvlZyl2oOSolR7VUq1exj5arWvy2xWYBd417WXWzx727uXyuIu4fQcYUce0I50zjnOYu9s"
    "JBpnTZ6msXZO442d0+ihHJ6jykDiorz9GKJIJ2VZQgUg3/p0PxhIdLYkDyDSEl2HpvptZz"
    "xxr9KArnt10hn0hhN6GpHGzs4mw7U3Ht596d9eAkaR1s25ugy71ukM11R2a4YDg4huLJtj"
    "RaVT4Ua6yrq7Hnc+EXUoBnwk2rjtDa/7w8/SXf/zsDO5H1PdIV0hSpBM9YkdgU502OlO2I"
    "lSkBVGnOq932774971JUDfl6qBFKLl3vimT3qgF4lOF6rOfmhVtCr4ZDXlk21PNuxzJckG"
    "3JJ8GUhGpomNjEfMRAQL2f3fABvHX6nCm2Qyjs2IYOkjtMLftgcGeYhEnDKTB2V80IYv3Y"
    "RE+b4jOOJct/iJo57BgjTnunm6m2UK8welGhEwDVmA52dpTMDzs3gbkN4LWTHuuWHZVuKQ"
    "lEjhc1fiBT1DF0kvyKC1dbLWj+JKC6S3kyWQ7yi8HdkSGU7VqxrIaWkSoU85xdF64aFZAM"
    "5eHHbidv3LpueGwh7zfcfAHx8592W7nI52PPTL00TzNFDqsV/hAdxKSDas27RT0Xy8kSKy"
    "D3X0zBOyD3CRiWvhtW9c5uFDqtDmh4TY5odocLNeyYciJsjGZh/Y5GfFWxvxxRcjgvsznz"
    "9UelYSEZa3F2HJQMcoy6hsrnm/V+PSgy+FjelDOoOpKfnVvp1bPpkjl/Dt1ozx+qEntmId"
    "Abe7NpDxUkUKHWFTSst1adqUROr8SemOzl9rGt605bKwAwzz/Twy5vzYjfnuLS07lagRlv"
    "SOlnR2y+AgJkHlEfZZBZutJWl5sz6R/bNmD5PyKoUfKwyyt2KQiZTXYVJeaysnX0JGJGLS"
    "JmL8llLBCYIagp05M5Bv42o0BFaQ89YgyPfiraXw0rJ5Z9mcstHGCXI8JK+fS7bh9lE1TK"
    "sN3EqhC6Qr9FAdsD7lGzwaeAEeNqd+Y/0h6oaV9RCu4yX7BqJwvITjVYUZpvCjmyzuepme"
    "aF/9NEUeoj29Syn09FJV6PP+WYvvqsVwp0Jyb5pEr2PecI+n1nrtBZk2O5lW7Pdo8n6PCi"
    "O3NPDMYcPnwJAr/JbRfIGanbWkgSdRjXoG9LGNqWcg26aFF1KeiHlEshrqaVS5iQVxGufa"
    "SppBM+vRZWHRnQ/YqtG0452vdZLhfC1uJa6MmMf28QbBP89yapwNDahbCCm0yru6sBcZge"
    "d38AZRzzTkyRPtBXeUx7swfhnhxmR3Yzz86Bxxcn6RJV/GEW2CBkJl4dKkzC7iM2YXkYSZ"
    "ac8WqpUvKR2WLSAtXTH0a5KF9jBJTEM78bU8avYLCh1XWceCYBI/kTaYYOJlETMlwkJSIm"
    "WznfTgz1IWRHqoIchpyQ6hAZaf7LBOFu3Idrjz+mkQ6KXSHTaAcYgOATRTUByCWix2s+M3"
    "f/LZwOTJgjxwSPIAU0EE1nSZbk+20onu3s3tYPR7r3cJvD32U/3q/q4/7N3dXYKZbao6Ms"
    "2p/mV8CebsxQ+f1GZ2fKaSmBuJKiujSvxT20QZC5/5JAqpeHZojIsmzVTFa63cYG6uP+Ns"
    "Tk47STmtRaxve6yPTTXE0uPFtOPxDUo1D+ezVGdBnCWcBXEWPQuiAoHsyk1YJY/uXKW4RA"
    "WurDGQ4gtDNW/HeDsUCUmoA3Xo48rwYqGa9OVuNRiznyHQop3s63ttpSVpnHI3w4Nhs0PD"
    "VOe4MCr5gwko4QMcmQgBYlhgjUL4N9L/EukmC/P8jUkdL1fvfgYQLOHK1NQleEZoyboJu1"
    "zlPGWqv2LjmTzBOw2NNQeqBV6hCWhHNhnM4FW15m1gYoAU1aKtIXs+0BF5IJDnUH8iUhBo"
    "WH4mzRk5RZxOVsG4hqjrVGZdJ/+bRUBOIF0ExfZnLLVa5a4re6NdsFkrCnk8vXEtIMoBiH"
    "IAIrqRKbohDklrmtY51Az37XlFIDJm6cNyIki8PU2fUHAjs5d6b6IahrhS5+jDwyvgnJK3"
    "AMP7wSBdmh6aNOZOQ1c75umpo9lZd1bDeewgyfpbuDKwpnWUf9mmxYDjePPRRu0kh37pNC"
    "fznNc+9ZHkTv4FwAU9qJ14zqrjBjMv2cuZEgfcc6mJ//ywRIaKFYltS3wAR9BxhIGOLbBC"
    "lusdRxz78h411R+xQXtZvLsk3vkM67bZJn8oSLHZvhpW/oA+RcaGgZytNqxUgt+RB0cP7m"
    "1Tch778C6lc/+t5X9PKrOuf/+HcPz36fiH9ZB6h2NI7k3vsnU+UA58SZtXNkI7b1ipE3re"
    "jpWzTJu0sp5mteMJVjUCtJwjrILzepaJgSP6ljc+i1BI/NJWT6c4W2VE4RQXzpwSp3+JM6"
    "kq4PO2dz6TSoRz9hjO2UOEYmxziQa+u+00MQnDzlIukbniThAAUK8eAlPGS3QJaAp+RavK"
    "Hz1ATXt45zj49DgVVs+QNbUQXByDByYhPaPVQyQIUfwjpvrRtEWaO/XrN80vT90y90Tg8u"
    "O09Y4yGpxxCogt6cYc1vEPx7yML7wYdlDXLyB2UIiAQ2VXmZRehQsG0jO5ZkGpNw3gZjaI"
    "4Jewa8Qv1Ii4QpgwnIovnEAXjuzMsaBlc5Im6UuD2jw2RpnUF1bis5UN71B50O7o5vZ+0h"
    "9+vnSZckQF3lVaENSjz031waj7lV7hZwBS8ZVS0ZUS2EoRnbnZBKIHbkwzdgGMyO3PxXpf"
    "6bXQV1seW1DLU9UrKHiYeHFZIKcJFl9kCBY7WG0Yu7mgDooLwLcDHsqkZkY8JC8g3w75k4"
    "HNfGCvJQXMSTDLGiQWca7gfUBS1BaqDoGNE6x3zbE8ag6KCj1XWc+OkZ1DywFBoeMq61ik"
    "W2PVLNKtIt2ax2l1Z7+s2IbFBLSC3r3/fCB3IAt0t6Ab/nZ34M67UcFdifNOLzVcdQ/FmG"
    "dw8ZPRHpKJmei10oquZ+cnlQRyeuG07LeW4WTMBTVcZGqr90WnTDTmCPYfNsxfI1p47hh/"
    "FaL7NcI5f2i/EkH9GiGdJ6J/4Fh+jdDdZNlDlijGGoJ6kh/LwXdGpMoCdX1lv6hejUaDQM"
    "jnqh/eLHJ/c9UbH30IYS5I2vuLxxCrOBuoGwGB5/YgjOt07BgfCHJ+a4Zw2jDBZmDxK7/x"
    "5oMCsBV7Cdy9BGniLxqt111I8GVAemoQ5PsIwDDI4oMwHqJbAzHSWotFR2OWm3DQEpsq62"
    "QnfvyV+vRWAi//fXJyevrx5P3pxU/nZx8/nv/0fr0URW8lrUlX/c90WQoYWinCM56+Ijq4"
    "I+a+Fs/T9Mk1ySA4Pfl4sVYA/UcS5HfEeRhEbatnlceoj2eEe+0bSAY/TUMsPo0nFp9Gww"
    "iiSkKp7i36TmuvQv6cEF8qISTWiKG873oJ3jqdyS8LCjVpKi7LN/NZK7v7Zw1LKLZDLkRw"
    "dFWpNHeoChrPPo7USUtdmlsKFWvbvol24hbNprWrXdOo7e5bpTtY6fbWOTYtuhuVVeCarc"
    "CjgRfgAT0+0tJYL0ii/34AFvZfs3B0M215j5rqRzNszYGqy5qtIOVnBvolwEuk/4jISFXS"
    "l+Zi29wcjA3SjI4gkXnda+Z1rYFcu+Y84Sqv5K3b0V1/0h8NL9dfwlSf9Do3l+xrmOpfRn"
    "eTS/Y1hL+iNMZr8bviNt9C+uEekBHrOy9LEJjXOK5BLMkgKvmmaQb+xSAfjI6cKNUluOOC"
    "Oy644wXN78wiz+YUbyTEipnCI3aPLtrRHY6ehVQzmFN7xZvhJQp0FQlstQt0fV2qE5pThR"
    "Y3H+e/3U4KNjwvVclyW6Y9BIwoTpWhhQ3zgX66U/Zwp9SViW1Ddv9+JaNpbrklsJjj4Pwt"
    "28YLaULemvwNl7Ssqox09+ajhrGxuUSmikjMYc/Pn+qsQpcbnTcBNIHzLmb4NDIi9YiNBf"
    "1o/kZ8VtqGHkcmjgerYEDisMeDHXoJL/+AsM03GkU5/rCqoJQ4sWqHE6vE2UXxw7+evp+H"
    "UdLZRV7oMaOLEpQSbgrH8fO+iqxedUROeNXbfcBYIlD2tKivq1od4pna/wt+uyl8wM2IFD"
    "7gFnAjH2+lfMAxelHRa4vj/rl32kmen8HapPX5yF2b3HoAC7g0AYLyHDi+Fs3cqpYJXqBm"
    "I+CewuTWMgZHHK/p3c/ggbE/vQOeow5eiQ+b6tQzQzIB/wcTuEdCO9WcDcQaUZCBrVuq5l"
    "SDBmujFMyhyR7vvB87i4rpxgBk6JN+Yl29by15RY2BdnjvbyBN7WeUO+1Jk2+sfLQ7/Nyr"
    "wlXcp6vowz9tmnQjIVZ7TtFQN94kZXXCI4LCGxfeeC28cXdFy4K+T2T/0Lf+/mjrzimJM1"
    "vVyOJmHtPH/qPVEIW4C7fkLNycEEkShTsqvDOVu2JTfgom92k7vGc2nsjtAUapjYjHmI8n"
    "c3NE91g7/QDDvZzj76CmzgxGiZeWWM1e94DfwRsc9udZynn4QMt+4iNfWgz+zIPfSQTy6i"
    "QkDnm/2Bsc6FnKSjPvOSO8axmBbSK2Mfud4w3HtUA1zEb6vMaYjVB+1vGrhpSnXKk1jrio"
    "vlyddFqUSymyqLFqbnAW1bO88pBoOaIiBhiNAbJIdkZofSIiRS0qVO2zQlWuuUBMA1kT/+"
    "ss2Y5ZaSf/2fV6q9noTc1Q9k2Iol5VsdhmP/va+9oLwLfZpIrQtJiizn3AqBL4bpsWOCZo"
    "BXkrzuwcS15ZT97bGCwSmwZLqSW2LoaUVNVdkDEEb39f4JbPFIivF7a9TkMdaoe1bkbDyZ"
    "fB75dggXVrrq2m+v/cd8aT3phe+7dNvnBkaGyROXyJBnFeQeYAuzhZvviT5et35DktEpQx"
    "5dAa3faGTnmhqd7tDPpX445TzsWXhyV3BqM7duK5hk0nNZh92k41aydM2pE0syjz0LAgtS"
    "jzULG4lNg2v79t876QymaLQhDzLMW+N3shajZ3xSFeap3vDrF75HmL45a7d9pJHjnctCnU"
    "FRcu9wFdblrbgLsZL97r9olU2RnM6XifnJ+nMOFIq1gbjt0LMUuWnCqw8Qi7zRuI7of36f"
    "zoJEeac7CabnGJx/E0Kp+I2PqQkTIVMaX2GWj+6/8BTRJ8rw=="
)
