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
        DROP TABLE IF EXISTS "commission_plans";
        DROP TABLE IF EXISTS "payslips";
        DROP TABLE IF EXISTS "reviews";
        DROP TABLE IF EXISTS "payroll_runs";
        DROP TABLE IF EXISTS "payroll_adjustments";
        DROP TABLE IF EXISTS "review_cycles";
        DROP TABLE IF EXISTS "kpi_templates";
        DROP TABLE IF EXISTS "payslip_lines";
        DROP TABLE IF EXISTS "commission_plan_assignments";"""


MODELS_STATE = (
    "eJztXWt3ozi2/Sta/tKpdd2Zqryqb3rWrOU4ripPOXau4/TjlnsRGZSYCUYeHkn59vR/v5"
    "IA8xIYMLaB6MP0pEBH4C0hncc+R3+2FlhBmnk8wE+qPpkb2LI01LoEf7Z0uKB/8Bu0QQsu"
    "l/5tesGCMyba0mhTyXLbsntwZloGlC1y+xFqJiKXFGTKhrq0VKxToU9Q1ZACmKwJlsgA6M"
    "cFufYzQFCeEylVsw0EltC0gDVH4NFACGAdmUDBNnmwya6+QtU6pg9UsEyeqOpPO+jb1tV/"
    "20iy8BMi1w3yhG9/kMuqrqDv5Oe6/1w+S48q0pQQmM9oRXtgNyRrtWQXu3NofGJN6YvPJB"
    "lr9kIPNF+urDnW1+3JD6NXn5CODGghJQCqbmuaOwzeJedtyQXLsNH6NRX/goIeoa3RoaHS"
    "ziv411qSNBxNpLveRJJasWHzJAJou5dkrNMhV3XLZAgs4HdJQ/qTNSf/PDk/+8t5kI+E04"
    "w+8ZfOuPulMz4ird7RR2Iyc5yZNXRvnTj3/mKdQAs63TDofazdYTXjgPd1i493UCQCOvkh"
    "RUD3Lvio+/Pfg/j9rjB/om/w48mHs49nP51enP1EmrC3XF/5mDIK/eGEAewDqmH5GSmSrV"
    "uqFgf1mqBiqQvERzYqG0FXcYWPvT8yYO1O31xQ73CGp0A56d/07iadm1va/cI0/60xwDqT"
    "Hr1zwq6uIlePLiJzf90J+LU/+QLoP8H/joY9hiY2rSeDPdFvN/nfFn0naFtY0vGrBJUgJt"
    "5l71J4pMlKKLkfgwSt3IMdFxfjXbXxpnvU43Ng5aQXZlB+foWGIsXu4BOc1DZ+a3GyiF6B"
    "Onxig0TRpO/p6hW30LDIsHc1FekWT/EIN0hVPJZOU0lmbbMpHsnjvcU2ryo5Nh2n8ebtxp"
    "3/1d3iS9lukvdzZ1QlHrbJGlRIqHF61If37zPoUaRVoh7F7oW3efb/OSD22peD7oFX9Yie"
    "mgnfkxR8T+L4mkg2kCXNoTnPA3NETKCdEW0ZL3k2wD/vRsMEoNcSUaVFlS3wH6Cp5s5Mgd"
    "bfH21dpjCCma1qFrFXj+nz/tHavxZDEQopMB7ORzed36JD0B2MrqKaCe3gKjIcqimR3Vh9"
    "4awwVxhrCOoJm2RQLjIuMyK4qwHx1vb9Qn81Gg1C0F/1JxHA72+uemRpZ+NAGqkWCu6iPu"
    "AUEElTF6olLYlqtFB12+KAn6idJMrvzz4mX/X7utjIZI2mv76A0RSWLMFeqtxiT36gMtK1"
    "lftZ1cSAcleAVHvZ3ZsNbBUcfG4Hwmaums0cWljRC34uNNhhSTHKVRvlHJ4Rfzq8otkc42"
    "eOpnnlSn76OkYaZGDGh911dvzq9NLTlSXOtqNWc+z9q/5i72O1JDA8YmNBVDoZ266npjho"
    "t253Hae3BoG2peMt4NBVdbrizMnXwQH7BuqrCab/ZQtWn7wG1GWeluci3lssNbxChbSQg7"
    "pPkpBuuz9Nijgfgz/UoBORgLiexXFvI5mFbGBo3I60QK60635aj5t7O9KB24rGTe2nebyB"
    "P3pkQMjbIUfl73buup1rtvhJsbEIe/WdSWAhuChjEkxIP42fAN6PzD/4FOaSBn49YjkGPt"
    "XpPiZNr2z5GXE97oG77TR3OzMNZ6xhxiB/B1hE86G+DSoEzDk0kAJmK4BekLECSwPLyDTB"
    "kW2Sy69z0pIG3slN3SIyJlBNcOts8Hf/M3gXD/TvoH8R7N/aSX2SyUl9kuKkPnm/KdjPxp"
    "2zqn3SMEzwbPgiEcgfqUwNDewUlK9H91eDHrgd97r9u77r11sr2uxm2JE07nUGEdeGvVQK"
    "WrdhyQa6Nt6QxbPLWPAYPZIfMp/QD5O7MQXvp29NTkvJ/8Y3b06jJfw3XSOZE4aMNnA7cf"
    "YU8xiMkW3S6xC4fhp3t3HsebJ7WCbZVLCGyBMWqraK70+7eYQIVFcrUM2GLHd8LyzVOC3g"
    "Igvj7yKZ8HdxFo3sOV9AHoh9iV1FTw+H7+lJBnxPTxLxpbfC+KLvS5UsTgX2+7Ck2O8rt9"
    "+LiFW2L6y5EStqARfR5E0Rtzj08IrolBhl/ys2uITIRB0+ILE/AkfFdfmY9RsGmONUwgZS"
    "n/SvKKur/N7tpmbgpjjLDfi6NieDk4rrof7rQO4EzE9lY9fbqe4DnDVvbSf08cMycCtkNJ"
    "5n8RyfJzuOzzf6jYOvmQPxiNj+yLit1l6A3wkVd4mMhWqa5MVy8XEjYoKUG9JOyiDlGkTr"
    "YKznPJ9ASGiPH4COdbSvjyDTN5DyCUS/ADZ9JJWz1KSSn4Nie+Q+r6/Ulvz8TBRnXSq47n"
    "CFxepT+uoj4orJ61E9HVAc23VNZ9tPmDFswZXBdipqwtWK7eT9yCjbaW0PRThODNwEkhOV"
    "iTObmKm47i4Tn2k9dRINPfbaHEPP+znJht56dog84Vq5bNopJh2ipV3yaLJrgcbZzyXWWQ"
    "mYcdA0XzH50PNGuGOCIoc1m+Eskib3bDdoWIZaLmvYl9ijKfx/8x+7w/3Ywh+yFRpIqTMQ"
    "ndQi7pwMfT3V/ixxZ1YayCkQV7CuUFBYRCerY+HFxzqS/pJRzY1IFYpSVmxQdxykRIEkpS"
    "0DlTkSuyqGcdZYZWR6hSxQ8g5geD8YpAUsgxSLKMe4eApjlNlcsw0rU9bnf20HkTM1F0i3"
    "ei+ojqtAJpBEGvGeMmJ9l9Z2fkGPTFArL0Fev6D3I6N+Qd+5GvYLBnx/Ubdg0GW4nV8wQ5"
    "7jNaKZlIuEyoKBu+00J6Gybidchc1yFcpksPNY+V77xjkKy88eEFUEd1ulUbhPktFvrvuE"
    "bERJNVATN4OQjDCnN5rTDl4lGNNh/aJeGGc1p0OTK6S2jclcH/e7k2zGtDxXNcVAPGZUDr"
    "uniYiHvv+E2i15MCpatqUO8HjOnS0hap4XTDhi9uBcSDVFb7Gpui8aL3Hv3WunVrd3Wwkj"
    "tFlGqKVa+WLNa4HGmaE7sZQ09IJy8YHWAoXwrdhit2tKu2qyunTMd8fZVzbQU0Kigtq+ga"
    "KSgz8rdCKhE5UO0vNSlSw6n8jP2nI6fV2qE7enJhkju9QgmeHG0R49gy5Zc1xbjeVqjd8C"
    "kRHaO3uvP4QueUBdUnjdd61LQiWf9zUgsSPfa/3mr4hivO0ohr9t5PuWYnKihMnmcEZ4j9"
    "5nSKNqQGeNacSm2RZxjQVazLgJiML2ErbX3shuvGr129HeYqey1srrmJf/Fvu1USJc7GiF"
    "MB+OX/A/So0LnBhQ1lkAm3Nn12sLx7IMrjvJ1mXIwSTiErXSG9optuSaKa/jPCZlRKxxMY"
    "rmU+UaFv8hgCi8Kn4U4J5uL2I7XghsX7rC0aDWTWfQuwQLqKGp/qnn/OsRLdyU1MMne85U"
    "w5pLCuQdPUrtfP5ED0ul2fiVGYkyokTURI9G2YiqYVNLIg5fT5eN1ZL87An6nrjjBaQrPI"
    "3LAG/S+20ScoPEShStXSGD0fCz1zxatygBfklRn5DJsaSTV2uebCljUKE9sfzi/jOoP3vH"
    "Axaa89EOxLTPP+2Xc7fWXta5vhZoAtoRtS/LnniavCeexvbEPdepqTS6OylUg9aOIQeqgh"
    "ogp5sqh8tan+4HA4l66Ul/RFqiStJUv+2MJ+5V6lFwrxIrsDceXgIyKsjQp/qEaI7DCZks"
    "RHN01s3DM4zIsFg2x2eVbfR86QqbS63b8eiqM+mPyFAsDTxjHs+p3ulO+r+QAXOK+Ez1Qa"
    "/zS3/4+RJoCL6QIaFXPk3oPx8rMlZz1UCKxKulnKzlB2W21PErGnHIqOTTYcyJXUDkLZtH"
    "M2giyYQaNDjnQV0jWSWWcJKaGJKMguiIHrtdNAvGXrd/0xkcfThpn0TYht6nf5bE9uQEbD"
    "IQPTkAC45nWhkywY5I3siay44Q9ZCbNuoeRtF6yNXhxFRs2yqbZuZEP3MelRQWErDGYfUy"
    "0nLmo4elBLBxYANMgIygBiQEoBXmxFUM57IpcdFJXAK8GfPVawps4LtNKEXIW3BLgDWYc9"
    "xMaCP7TIYZ6+74JaDbPMZmFN2wdrRFGU1W+c0N1G3Jk814RkdNEA9NTQMtsbEtPs2bleF4"
    "zwuf3LpbMnHVbORMUNHEy0dsLEr68G7d7jp+vL2B84vcZdzWLcHqut00dm7BlYE1TYLKv2"
    "zTL5u5xexyOuys+2swcqamLreHi/bSVJAM9KKi163rbdNOmgSRyBXZv0K8Va4IjYgVzxWJ"
    "lLFPzhdZP6bUfBFfQUpMGwnpUJuyR5hnwdffdppF8i10YAKWZdtwCQh/iASTfSaYPJOfFY"
    "c1G63Hk600E+tLf9y7vgSM4DLVJ+PO8O5Tb8yuEZh18xEZ7M7teHQzmtDLSwMvsEWv3XUG"
    "nfHvUvdLZ/iZ3nE4CpI8h/oTvV815k/wO4qNaTKBJSL2pvk/7hDPENkReHkSaTyWmKxgsg"
    "SncpzJ4gIGHy2ewy8L1mtRAXU61AaCJsFHJgA8YR5DK9uSz+mmwkToVnd0c9sb3rmsThkv"
    "lkg3XWJntzPu9cbS5/Ho18kXchMaiGhsTwZ+teZT/aYz7Hzu3TAirqOHUfVoqv86Gn8djD"
    "pkM3jFxrOGId06Bp3Jp9H4RrodDfrd38kO4nl2llhT5dVUH/cGo677FkQVxbL7Dre98d1o"
    "2BkQEWQQYKHGrtHOOsNuj12mHdGxIO/Uv+uOhtf3XfpOqklmjGLL5J3IRbKvdSdSb3hNf6"
    "Xj2pCQTt5tNPnSG18CzPSwAptU+ZT7FzKZdIvLEkwlsIXkilHY6vONl0hg0zEv4S85acdr"
    "X+HvugyEd5KsI8iCyctKPWlj1S+lVLFPrmwazuEOsKzcFySYY/UA1kAyNhSymM9W+bCNCw"
    "p4BTHvbRxlW7XVNisHJ+0sW8/Dn6AtlACw4D3ySXqC9yh4j1XlPfLhDez9JSDcLBZeFN24"
    "npSb+7hlqD41PNuxFTU5Mhu4204LykLabl/x2FxB1yv16a3EXf/75OT09OPJ+9OLn87PPn"
    "48/+n9WtmK30rTuq76n6ni1Q66KDZHZ/P7kfbpP9rreDTXfUS+aWxIyYH4hIEOSVU5BJ99"
    "jHdcAM+BLJflGBQRpmPcFnfwIT823+leEbEGzt6dFFOiNWh4Cngq0HwOZpUq7xSE+CLLAn"
    "GRvEBcxBYICxpEQ3IwygFyRKwJgbMw0mdZkD5LRjpOR3Ahy+fFC8qIxbhKoZJmH5DjaOZS"
    "HNN/3o2GfFBdZZ6jiquyBf4DNNXcWQiq9fdHW2frPpjZqmapunlMn/eP1o7wTgGTIpQeZY"
    "8G1CP6Ne0gVgl2mWd1dlo3b1Eup95rLA5wIJeJhgy+t4TdaKc6SmgT4SJ5oy6SKhPYy6hK"
    "6ZP7frvtj1nlydglxmv/9KnflTrD0U1n8PsliFyY6p3JZNynDERp3L/7egnC/6a1SX8fjw"
    "YDadzrXBP50D9bldAZTfSCDNUqzF0NylfZ4iST/tOIloN9xFP91854yAadrLE6KzfapcPW"
    "pZxRImOpssNuPrx3xbRn/0JyfuspKte8nXoH5XhdzHIp+mEhYUAJA+otM3bqjOcCmSbRo+"
    "N4JrO6AyJV3vsqy+ym+mceB4DXvhrmP31sY8x/BSn2kuVg59AyQkKNOw/tJNOZXScpZ3ad"
    "xM/sEskMyeg3ORr9TG5pSHkqNPQc8RLGv2J6Z02G28Mk+3jzuGdpwcWYaAONt10Ecsn4Ye"
    "2l0AcWERUfV5U/rvVg5fuwImLio0r8qCoSvrjGC/JLEymfwdvttFCGwhrmIX22JnMEsG3N"
    "8PdL8GqoloV0oOrAIpdN8hZOkROHBgKgya479UuAagG3ouXPpHNdRwrtCFg46k/cxTOm+i"
    "uazTF+BgQElTpmkQlmK4C+k360FcA6ooVYZGK2HrfaIj5T2/iMOFh5hxGRQ7rcK2eTNdTn"
    "Xjmc35DTvdbArst65TcyIqLCg1MVqyNTOQrVXEJLnhca+ZjwXgzMA9QSrfpIJ9qXOUyeoM"
    "/cU7I5unCOmr2/Okr7tdPdqoYfflKO4bbFe1PtwyhsHBuRg2yynejaTlJ4WMulv31rIV1Z"
    "YncrZSapU5xV2FxVt7lqd1pza0nmGsU137C0bnvDa8aOcuWn+p13xVxfue92e71rVr/Vlm"
    "WEFFq69VOnP6CXHqGqISXq8TgMgwpaFlFreeW+k/PTAiL7sy7e10QD1tF3S3IhKqALccSb"
    "l1hbd3UoFLHWIBkDRbJ1S+XkI24IWkeFRWilymO9hCtafTU+yskcqIBIE0Iq+6ZAadC0JE"
    "c5IKAqHI9j4jbFExUum/iGxXBChoE55bCT53VYSkztAuw+x44q5jGJyIpto8rbhiC1JS9m"
    "zXWJep6MnDGGsJSI3vCiNy9JZY/T3D1BqSbBuge/T8z9G5/l8bHIXT/O9Ub2Aj3WbESS/L"
    "ztaP3O8Ee+uX4neimpdGeYFNRUeF8S6nausT0MYys6wZM98sFvYLNH3ptOFctHfyuO952d"
    "k2YbuQpcuc0bSKw5z5Rqcp6SanIeTzVJOjU6Ob/Kl6hGhlWjCqyQN7L5BaqTnRBBmUZM+3"
    "37IExELEwO5D1dNlZLAlsy9r6oQL4A8qopUfLyC8ejmXoiVUiu2IlUhaD39tXaHklFH4pk"
    "m0In0QCsbfB4KYk6S5K4CIBGgVZUk/7MgkSwoKjwagqvpvBqVsuriV8DZ4znsvo4kiIcx2"
    "FQM5hsE+WsGh2TE+BudF4Gp2QJ3rVbaFikw+66v3qBndW9xvmQN3sw/elZAtDNPmkk9iXn"
    "9WEKCnZ28HdKwR4QtO6QaTrvGnP2Bm+30xy9FHXJdFpmTNEd6QjMDAwVGZrWJYDAsHWAHw"
    "HUAZRlbOvWDyZNpF1qyASvqjUHOgZPcAkwGWAny9Z5Hrt49OE9WKi6bSHzHUuNDaXq7vhZ"
    "XJ642zGz+iyy7jrqZJQrvm7nfkkKXDltBIG8igRyo5g9EZZsoD1RE/shk9mIdKXQIAflxB"
    "BXeojpKssd3QSvD+RVHAkNarMGlA5StLqis+HlsPcCEk1is5R30jSCz9KLil6RkQfWqJjA"
    "lncC08tTAWgjUgJZDrIOPlLicpCmjsZlmwTxXrTTYBoXscixpuGckzwm16QxKO90Gw8hyl"
    "3KgW5MTqDLQfdJfbQkg7JVbE54+RrJ6gJqfICjolGlzJE9dvuoIdZpalmv27/pDI4+nLVP"
    "IuHkYKWkCNaLl7wQOxIC2Q3I0tOWcy29voBYFTirAukXGU7BvDyoRsUEttwjSYNexqz6cE"
    "hI4Lo5Xhdw+m4bqtOg9YiNRcfvsWZQZ40mhWdZlejwN4j8QvmOxQVanPBI6H47LT6yYC0l"
    "N8SQPUDimEqxUAUNt5CXXczIdvIzOHJvtAG03gHVKTWqQ8s2oAae0aoNTExjHuhH0w37xo"
    "IjO3jOVHd+rVv01AQ6tubkkeQJCmklY8NAskVLn5LnG2ipQZk0Ui0TvEDNRokFTkORFU5E"
    "RQRPKhk8KVA0X3jSq+9Jx7qm6qiAry0uKPSLND9EER+EQFX4Hw5uJQv/g/A/1GNVEP4H4X"
    "+oA67C/5Bnua2x/yE6BhwXBGeYkr0QS7ex5P7kndTH9R5C+0bfydKoQ41iu5Wd/laM9J1l"
    "6gdHJQxttvK3Qfkqp9O2rkf3v/eHl0DB9krVp/rX+07/7svo/hI821A159ie6pPO6Kozkg"
    "b9X3pklCGeQSxRV9dUv+oP+vR/l2Cmair931T/tUf0r4lE/jMc9gZ3l+AVyXNoSdSvpZNP"
    "bKr/1u+MvoyGn+++kMd8VyEm8DyZc/qk/tfJ6Ct5iPps4Wfyb2KRd7+Qf7+qljyPuuISps"
    "aOj/AgP0PRcp2U4ktUeSpk//YiFYyzlTBOq2EcL+UQWAhzAB0RE2hnQ1skfiaj39zEzznp"
    "Lp99EZAQuYgcgqqTLVgol5YrK0DeaMDRKVmC9dZzD4KqH75ZrbbAtxsy2cZkGRn3u5NWyl"
    "Quwzx+G5m03M84hDd5EzC8HwyypXsGUwSLJ3tG0hJrtgUnJnqG6h75TIHiOEX5CU0ESoGr"
    "LVGaGPDxUZWvYaOyhsOZJoaKlXJgumV9NQmpXXrwJgguAvOL48CLtGin+e8s0laynMaSN/"
    "E3E4k6gAr+YAIicskYNnTzNH/wiD70uglMe7FAyjF4YDcfgOMhdJqC1zkG5DGkG6T8HHVb"
    "lP6Aqf6AHh8RqyLGfucDIDPSRKFWAFpAQ9C0GA1p3f5H0p70aRsmOILARJZFXjIlTZthGs"
    "m9DuVnK4huggt/+xMp2tVlGQVGM6OhEpAQASZesbTo9M+Ia0xOGH8ccEUect48ZLZd5PTx"
    "iLB84kEFoW02B6xxQYEv7+giilD+1PmomMBW5M+LLO9KQCyyvA8/BoIHXBG26oXgAVcAWc"
    "EDLndVEDzgHYc7D8Om3OCHzeqDze9+DWZUUu/kkYwXS6ivALXawf9hHb1ru97RWMFJmmQJ"
    "LeAWEARYB6oVr29Z/iOm+hdiOLNcTeohA9BArg8WPzJh/3nUwgavc6Sz6/Tpr9AEBlE+SG"
    "/20s0KdVvhqb4gL2CyXk3wjNCS5ZGqBpirpoWNlVN/k3bFHkz+WPk+30dsZMoL5btyAzFj"
    "1qAN4v5fek14eA+tACd7eIXLrJDLTBCjSlQQ9h9laDigIsiwQ3CTOTeJuAZFhBor/LrCr9"
    "sQbIVfV/h1qzsGonpnLdAVXnNRPaP+yAqvufCa1wVbUT1DVM+oCF2+XZvqGeGEheSQj5/R"
    "sDnqE8ik2Bz4+ZWGVaAOsG2ZqoKAiW1DZrUusWGZNJYRqLbphGUgcJ7QBs9oSYRNtzVSwB"
    "E6fjqm4ZBY9GdHz5nqKwQNbQUsbJEfyIqDgqU901QZGFB/Zrx6MMQWWKhkggIyRzBQoEok"
    "aPDHXppOLsATaWxr0FCtFS0aSi/hVz3bwWnsl7C/aHTKlAiwot5nhQzalMPS1kMXHoHkYg"
    "e+RAPrHFxkKXNwkVzl4CKmv/pfRNw+SAyHhYTedFCMGPh5wQuIvGnoXqElz4v5EGOiTVJL"
    "9+xCdEgRBaIQccEmjYKIQ9QAW3E+285d30Xc3gLVjQGFJ/IMVCym4IsKjBNik8n4bopMNh"
    "XePSsVGtSfbPiUy3ALyhQy3apGwAlZbmdZLLezZMstHnlwi+pwZznGGoJ6gmYRlIsAPSOC"
    "9UM6bbqORgPa87rw3FU/MnmH9zdXvfHRh0jEJz6nF/SIGs6MTgXbFxJIZ0ZaxClEnELEKX"
    "LGKboatE3U4gQo3DvttMgE+eEsDCHJrHHmkkBOcy+bQ1NnBjRWP4OHF2iotG/zASiINDKQ"
    "c84XnTgKePjzT/qOf/31ANiBXXOs0aA47Yb69WdYWV3G4hO7fNhU//bnlOE2JY+atlxuiW"
    "QSbQXRcI1MjyIjrzRt0U6dRqHLZGIjzbl+fHzsXFuoOr3ynv0Nv9O/aaHaP5KCFtuEJN5K"
    "PGJnpc2fEScjJFlbdZuXE2M4LLA7jjBYqpWvLvhaoIEBnJNMhapPUgpVn8QLVdMlLA7wBH"
    "1PWBK89o3ANwXOSe+3SUgl9VA8uun8xgBeV54ejIafveYB1LuD0VXUv+BtNnHE/3k3Gia4"
    "FoJC0aiPKlvgP2Q7M3emOLX+/mjrjBwFZraqWapuHtPn/aO1/0GhIKUPShT/drjGN+0gOi"
    "j2UilYqj0sKUq1V6VUu4dRoFb7usxmBbLAu66+3OLp2969TBr3Dk7PEXrkAfVI55zjPPqO"
    "L9E4bfI0i7ZzmqzsnMYP5fAMVQYSF+XNxxDFOtmVJlQC8q1P94OBRFdL8gAiLdF9aKrfds"
    "YT9yp16LpXJ51BbzihpxFp7OxsMl174+Hdl/7tJWAUad2cq8uoaZ1Ncc2kt+Y4MIiMjWVz"
    "tKhsQ+hLV3nsrsedT2Q4FAM+ktG47Q2v+8PP0l3/87AzuR/TsUO6QgZBMtUndgQ6GcNOd8"
    "JOlIKsMOJU7/122x/3ri8B+r5UDaSQUe6Nb/qkB3qRjOlC1dkPrcqoCj5ZTflkm4MN+9xJ"
    "8gG3JF8GkpFpYiPnETMxwVKy/xug4wQrVXiLTM65GRPc+Qyt8LftgUEeIhGjzORBmey04U"
    "s3IVC+bw+OONcteeGop7Mgy7lu3tjNcrn5w1KNcJhGNMDzsywq4PlZsg5I70W0GPfcsHw7"
    "cURKhPC5O/GCnqGLpBdk0No6eetHcaUF0pvJEihwFN6WbIkcp+pVDeSsNInIp5zhaL3o1C"
    "wBZ88PO3G7/sXvuaGwJ3zfCfAne84D0S6noy0P/fJGonkjsNNjv6ITuJUSbFi3aWei+Xgz"
    "RUQf6miZp0Qf4CIX18Jr37jIw4dMrs0PKb7ND3HnZr2CD2UskI2NPrDFz0rWNpKLL8YE96"
    "c+f6j0qiQ8LG/Pw5KDjrErpbK56v1elUsPvgw6ZgDpHKqmFBz2zdzyyRy5hG+3ZozXDz2x"
    "FesIuN21gYyXKlLoDJtSWq5L06YkUudPSnd0/lrT8KYtl4UdYpjv55EJ58f66ru3tWxVok"
    "Zo0ltq0vk1g4OoBJVHOKAV+KklWXmzAZH9s2YPE/LaCT9WKGRvRSETIa/DhLzWWk6xgIwI"
    "xGQNxAQ1pZIDBDUEO3dkoFjiatwFVpLx1iDI92KtZbDS8lln+YyykW8EORaS188lS7h9VA"
    "3TagO3UugC6Qo9VAesT/kGjwZegAf/1G+sP8TNsF09hGt4yYGJKAwvYXhVYYUp/egmi7tf"
    "ZifaVz9MUYRoT+9SCj29VBX6fHDV4ptqCdypiNybJtHrmDfdk6m1XntBps1PphX5Hk3O96"
    "gwcksDzxw2fAEMucJvGc0XqNl5Sxp4EtWoZ0Af25h6BrJtWnghFfGYxySrMTyNKjexIEbj"
    "XFtJM2jmPbosKrr1AVs1Wna887VOcpyvxa3ElRPzxD7eIPjneU6Ns6EBdQshhVZ5Vxf2Ii"
    "fw/A7eIOq5pjx5or3gzvJkEyYoI8yY/GaMhx9dI07OL/LEyziiTRiBSFm4LCGzi+SI2UUs"
    "YGbas4VqFQtKR2VLCEtXDP2aRKE9TFLD0I5/rcgwBwXFGFd5jAXBJHkhbTDBxIsi5gqERa"
    "REyGYz6SEYpSyJ9FBDkLOSHSITrDjZYR0s2pLtcOf10yDQd0p38AHjEB1CaGagOIRHsdxk"
    "x2/B4LOByZMFeeCQ5AE2BDFYs0W6PdlKB7p7N7eD0e+93iXwcuyn+tX9XX/Yu7u7BDPbVH"
    "VkmlP9y/gSzNmLHz6ozfT4XCUxfYkqD0aV+Ke2iXIWPgtIlFLx7NAYl02aqYrVWrnJ3Fx7"
    "xklOzrpIOa2Fr2+zr48tNUTT4/m0k/ENSzUP57NMZ0GcpZwFcRY/C6ICjuzKLVg7nt2FSn"
    "GJClx5fSDlF4ZqXsZ4O+IJSakDdejjyvBioZr05W41mJDPEGrRTrf1vbbSkjTOmM3wYNjs"
    "0DDVOS6MSv5gAkr4AEcmQoAoFlijEP6N9L9EusncPH9jUsfL1bufAQRLuDI1dQmeEVqybq"
    "Im126eMtVfsfFMnuCdhsaaA9UCr9AEtCObTGbwqlrzNjAxQIpq0daQPR/oiDwQyHOoPxEp"
    "CDQsP5PmjJwiTieroF9D1HXaZV2n4JvFQE4hXYTF9qcstVq73Vf2Rrtgq1Yc8mR641pAlA"
    "MQ5QCEdyOXd0Mckta0UedQM9y35xWByBmlj8oJJ/HmMH1KwY3cVuq9iWro4soco49Or5Bx"
    "St4CDO8Hg2xhemhSnzt1XW0Zp6eGZmfdWQ3XsYME62/hysCa1lH+ZZsWA45jzccbtdMM+q"
    "XTnKxzXvvMR5I78RcAF/SgdmI5q44ZzKxkL2ZKDHDPpCb288MSGSpWJJaW+ACOoGMIAx1b"
    "YIUs1zqOGfa7e9RUf8QG7WXx7pJY5zOs22ab/KEgxWZ5Naz8AX2KjA0DOak2rFRC0JAHRw"
    "/ubVNyHvvwLqNx/60VfE8qs65//4cw/Pdp+EfHIXOGY0TuTWfZOh8oB7605BVfaOuElTqh"
    "52WsnOVK0sp7mtWWJ1jVCNDdHGEVXtfzLAwc0bec+CxcIclbWz2N4nyVEYVRXDpzSpz+Jc"
    "6kqoDN2976TCrhztmjO2cPHoqxzSUaBO62s/gkDDtPuURmijtOAECteghMGS/RJaAh+BWt"
    "Kn/0ADXt4Z1j4NPjVFg9Q9bUQnBxDB6YhPSMVg8xJ0T5j5jqR9MWae7Ur/ebX566Ze6JwO"
    "XHaesdZTQ48xQQXdL1Oaz9H456mVx4MWqgrl9AZFAIh0Nld5mMVoULBtJzmWZhqTcNoL8a"
    "xPBLyRoJCjXCrxAlDGfiC6fQhWOZORa0bE7QJHtpUJvHxtgl9YWV+GzlwztSHrQ7urm9n/"
    "SHny9dphwZAu8qLQjq0eem+mDU/Uqv8CMAmfhKmehKKWyl2Ji50QQyDlyfZuIGGJPbn4n1"
    "vtJ7YaC2PLagVqSqV1jwMP7iXYGcxVl8kcNZ7GDlM3YLQR0WF4BvBjwSSc2NeEReQL4Z8i"
    "cDm8XAXksKmNNg9jbqIt77sKioLlQdClvcXe+oXwVGOSQoxrjKYywCcclqrgjEJY25CMS1"
    "ks0Zd/XLi21UTEAriL/7jxRxJ7JAdwO60W93C1a16y/allLt9FLDXfdQXGoGFz9M6SGZGq"
    "NcD1rZlc6CdINQtCcasPvWMpxYqiANixhe9b7ojCGoAm7gwzqAa0QYLuz9rYLft0Y4F3f6"
    "VsLdWyOki/h6D+zlrRG6fvw1oolirCGop9mxHHxnRGpXoK6v7BfVq9FoEHL5XPWjaQT3N1"
    "e98dGHCOaCvrs/fwzRivOB6gsIPDc7YVyjY0v/QJgNWjOEs7oJ/InFrwnGWw9KwFawzF2W"
    "eRb/i0YrOZfifBmQnhoE+T4cMAyyZCeMh+hGR4y0HsWyvTFL3x20xKZqbX1w/ZX69FYcL/"
    "99cnJ6+vHk/enFT+dnHz+e//R+vRXFb6XtSVf9z3RbCilaGdwz3njFxuCOqPtaMoMvINck"
    "heD05OPFegDoP9IgvyPGwyCuWz2rPK51MlfYa99AmvBpFsrpaTLl9DTuRhD58zs1b9F3Wp"
    "UT8teE5CT6iFgjpvK+M+m9fTqXXRYWatJSvCvbLKCtbG+fNSyg2I6YEOHZVaWizZH6WDz9"
    "OFZBK3PRZilSxmtzeuXELadMqxq7qlHbzWikuY008XGOTYvmKbLaTLMVeDTwAjygx0daNO"
    "kFSfTfD8DCwWsWjqdZ7u5RU/1ohq05UHVZsxWk/MxAvwR4ifQfEZmpSvaiTSwBysHYIM3o"
    "DBKR171GXtcjUCifyhOu8k7euh3d9Sf90fBy/SVM9Umvc3PJvoap/mV0N7lkX0P0K8qivJ"
    "afL+V/C9mne0hG7O+8KEFoXeOYBokkg7jkm6YZBDeDYjA6cqKIk+COC+644I6XtL4zjTyf"
    "UexLiB0zg0XsHmqzpTkcPyWnZjBntor96SVKN5UJbLVLN31dqhMaU4UWNx4XvN1OczY8L1"
    "XJcltmPR6KDJwqQwsb5gP9dKfs4U4RJBPbhuz+/Upm09xyiyMxw8H5W7aNF9KEvDX5Gy5p"
    "wU0Z6e7NRw1jw79EloqYz2HPz5/qrHaT6503ATSB8y5m9JwqIvWIjQX9aP5GbFbahh5UJQ"
    "6OqqBD4rAHRx16C9/90VH+NxpHOfkYo7CUOMtoi7OMxKk2ydO/nrafh1HaqTae6zGniRKW"
    "EmYKx/Dzvoq8VnVMTljVm23ARCJQ/rBooKtaHe+Y2f4Lf7sZbEB/RgobcAO4sY+3UjbgGL"
    "2o6LXFMf/cO+00y89gbbLafOSuTW49gAVcmgBBeQ4cW4tGblXLBC9QsxFwz+dxq9yCI47V"
    "9O5n8MDYn97Rv3EDb4cPm+rUMkMyAf8HE7iHBTt1fg3EGlGQga1bqubUCQZrpRTMocke77"
    "wfO6WIjY0ByNQn/SSaet9a8ooqA+1o7m8oTB1klDvtSZNvrLCwO/3cq8JU3KepGMA/a5jU"
    "lxC7PaecpOtvkvIa4TFBYY0La7wW1ri7o+VBPyCyf+hbf3+0def8vJmtamRzM4/pY//Ras"
    "iAuBu35GzcHBdJGoU7Lrw1lbtiS34GJvdpO5ozm0zk9gCj1EbEY8wnk7k5ouJA+fwHo0FN"
    "nRmMEi8tsZq/7gG/gzc47c/zlPMIgJb/LEC+tJj8uSe/Ewjk1UlInfJBsTc40fMUHGbWc0"
    "541zIC21RsE/KdkxXHtUA11Eb6vMaojVB+1vGrhpSnQqE1jriovlydcFqcSymiqInD3OAo"
    "qqd5FSHRckSFDzDuA2Se7JzQBkREiFpUqNpnhapCa4FYBvIG/tdRsi2j0k78s+v1VrPZm5"
    "mhHFgQRb2qcrHNfyqy97WXgG+zSRWRZTFDnfuQUiXw3bQscFTQCvJWnNU5kbyyXrw3MVgk"
    "tgzupJbYuhhSWlV3QcYQvP19gbt7pkByvbDNdRrqUDusdTMaTr4Mfr90zmXXVlP9f+4740"
    "lvTK/92yZfODI0tskcvkSDOK8gt4NdnDle/pnj9TsMmxYJyhlyaI1ue0OnvNBU73YG/atx"
    "xynnEojDkjuD0R07C1vDJip28vVJplU7ZdGOhZlFmYeGOalFmYeK+aVE2vz+0uYDLhU/RS"
    "GMeZ5i334uRM3WriTEd1rnu0P0Hnne4pjl7p12mkUO/TalmuLC5D6gyU1rG3CT8ZKt7oBI"
    "lY3Bgob3yfl5BhWOtErU4di9CLNkyakCm4yw27yB6H54n82OTjOkOQer6RaXeJxMowqIiN"
    "SHnJSpmCq1T0fzX/8PvUfiDQ=="
)
