from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "contract_clauses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(60) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "variables" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "contract_clauses" IS 'A clause of the library; `variables` declares the typed `{{name}}` placeholders of its body:';
        CREATE TABLE IF NOT EXISTS "contract_templates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "contract_type" VARCHAR(20) NOT NULL,
    "latest_version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "contract_templates"."contract_type" IS 'FULL_TIME: full_time\nPART_TIME: part_time\nTALENT: talent\nINTERNSHIP: internship';
        CREATE TABLE IF NOT EXISTS "contract_template_versions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "clauses" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(254) NOT NULL,
    "template_id" INT NOT NULL REFERENCES "contract_templates" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contract_te_templat_4ae0a9" UNIQUE ("template_id", "version")
);
COMMENT ON TABLE "contract_template_versions" IS 'The clauses of a template at one version, copied: [{\"key\", \"title\", \"body\", \"variables\"}].';
        CREATE TABLE IF NOT EXISTS "contracts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(30) NOT NULL UNIQUE,
    "contract_type" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "predecessor_id" INT UNIQUE,
    "terminated_on" DATE,
    "termination_reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(254) NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "template_version_id" INT NOT NULL REFERENCES "contract_template_versions" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_contracts_contrac_b03859" ON "contracts" ("contract_type");
CREATE INDEX IF NOT EXISTS "idx_contracts_status_dd0a46" ON "contracts" ("status");
CREATE INDEX IF NOT EXISTS "idx_contracts_ends_on_0dd270" ON "contracts" ("ends_on");
COMMENT ON COLUMN "contracts"."contract_type" IS 'FULL_TIME: full_time\nPART_TIME: part_time\nTALENT: talent\nINTERNSHIP: internship';
COMMENT ON COLUMN "contracts"."status" IS 'DRAFT: draft\nPENDING_SIGNATURE: pending_signature\nACTIVE: active\nEXPIRED: expired\nTERMINATED: terminated';
        CREATE TABLE IF NOT EXISTS "contract_versions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "effective_on" DATE NOT NULL,
    "note" TEXT,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "probation_ends_on" DATE,
    "values" JSONB NOT NULL,
    "custom_clauses" JSONB NOT NULL,
    "monthly_base" DECIMAL(12,2),
    "revenue_share_percent" DECIMAL(5,2),
    "guaranteed_minimum" DECIMAL(12,2),
    "document" TEXT,
    "document_sha256" VARCHAR(64),
    "submitted_at" TIMESTAMPTZ,
    "signed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contract_id" INT NOT NULL REFERENCES "contracts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contract_ve_contrac_60acec" UNIQUE ("contract_id", "version")
);
COMMENT ON COLUMN "contract_versions"."state" IS 'DRAFT: draft\nPENDING_SIGNATURE: pending_signature\nSIGNED: signed';
COMMENT ON TABLE "contract_versions" IS 'One version of a contract: the first, or an amendment effective from `effective_on`.';
        CREATE TABLE IF NOT EXISTS "contract_signatures" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(20) NOT NULL,
    "signer" VARCHAR(254) NOT NULL,
    "user_id" INT,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(400),
    "document_sha256" VARCHAR(64) NOT NULL,
    "version_id" INT NOT NULL REFERENCES "contract_versions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contract_si_version_8b5151" UNIQUE ("version_id", "role")
);
COMMENT ON COLUMN "contract_signatures"."role" IS 'EMPLOYEE: employee\nBUSINESS: business\nHR: hr';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "contract_signatures";
        DROP TABLE IF EXISTS "contract_clauses";
        DROP TABLE IF EXISTS "contract_versions";
        DROP TABLE IF EXISTS "contract_template_versions";
        DROP TABLE IF EXISTS "contracts";
        DROP TABLE IF EXISTS "contract_templates";"""


MODELS_STATE = (
    "eJztXWtz4ji6/isqvmxPHSbVoZPMnMzWVhFCutkmkEPIdM8ZptzCFsEnRmJ9SZqdnf9+JF"
    "/AF8nYjgHj6MPOdmy9snleWXovj1792VgQDRnWSZ886ng8N4ltG6hxCf5sYLhg/+A3aIIG"
    "XC43t9kFG05d0YbBmiq239a9B6eWbULVprdn0LAQvaQhSzX1pa0TzIRuoG4gDbiyFlgiE6"
    "AfF/TaLwBBdU6ldMMxEVhCywb2HIGZiRAgGFlAIw59sOVefYG6fcIeqBGVPlHHjzvo28H6"
    "vxyk2OQR0esmfcLvf9DLOtbQd/pz/T+XT8pMR4YWAfMJrVgP7g3FXi3di505NG/cpuzFp4"
    "pKDGeBQ82XK3tO8Lo9/WHs6iPCyIQ20kKgYscwfDUEl7y3pRds00Hr19Q2FzQ0g47BVMOk"
    "vVfYXGsoymA4Vu67Y0VpJNQWSITQ9i+pBDOV69i2XAQW8LtiIPxoz+mfrfOzv7wHbZDwmr"
    "En/toedT61R+9oqx/YIwkdOd7IGvi3Wt69v9xOoA29blzoN1j7arWSgPewzcc7LBIDnf6Q"
    "IqAHFzaob8Z/APH7XWH+yN7gx9bp2U9nP3+4OPuZNnHfcn3lpxQt9AZjF+ANoAZRn5CmON"
    "jWjSSo1xQVW18gPrJx2Ri6mi98EvwjA9b+8M0F9Q5HeAqU495t937cvr1j3S8s61+GC1h7"
    "3GV3Wu7VVezqu4vY2F93Ar70xp8A+xP873DQddEklv1ouk/ctBv/b4O9E3RsomDyokAtjE"
    "lwObgU1TSdCRX/Y1CgnVvZSXGp76rpm61Rs6fQzMkuTKH69AJNTUncIS0iapu8tWgt4lcg"
    "ho+ukhia7D19u+IOmjZVe8fQEbZ5hke0QarhsfSaKqrbNpvhIdb3K5Z5Xcux6HiNty83/v"
    "iv7hJfynIjXs89rSo8bMUWVESodnbU6fv3Gewo2kpoR7n3osu8+/85IA7al4PugWf1mJ2a"
    "Cd9WCr6tJL4WUk1kK3NozfPAHBOTaGdEWyVLng/wz/vhQAD0WiJutOiqDf4DDN3amSvQ+P"
    "vMwSqDEUwd3bCpv3rCnvePxv6tGIZQxIAJcH532/4aV0GnP7yKWyasg6uYOnRLoaux/syZ"
    "Ya4IMRDEgkUyLBfTy5QK7kohwdy+X+ivhsN+BPqr3jgG+MPtVZdO7a4eaCPdRuFVdAM4A0"
    "Qx9IVuK0tqGi107Ngc8IXWiVB+f/4x/arfH4uPTOdo9usLOE1RyRL8pcpN9vQHakNsrPzP"
    "6kgcKH8GSPWX/bXZJHZB5XM7kD5z1XzmyMSKnslTIWVHJaWWq6blHJGRzXB4QdM5IU8cS/"
    "PKl7z5PEIGdMFMqt0PdnzxeulibUmyrajV1P3m6may32C1pDDMiLmgJp1KHD9SUxy0O7+7"
    "ttdbjUB7ZeAtFNDVMZtx5vTr4IB9C/FqTNh/3QmrR18DYpVn5fmIdxdLg6xQISvkoOETEd"
    "JN/6cpseBj+IeabCBSENejOBltpKPQVQzL29EWyJf2w09rvfm3Yx34rVje1HmcJxtstEcV"
    "Qt8OeSZ/p33faV+7k5+S0EU0qu8NAhvBRRmDYEz7qf0ACH5kfuUzmEtS/FpjORSfGnQf0a"
    "ZXjvqEuBH30N1mWrjddQ2nbsOMSf42sKnlw2IbTAhYc2giDUxXAD0jcwWWJlGRZYF3jkUv"
    "v8xpS5Z4pzexTWUsoFvgzlvg7/+n/0My0b+D/mWy/9VB6lamIHUrJUjder8t2e/qnTOr3R"
    "gECiIbG5EY5DMmc4QOdgrK18OHq34X3I26nd59z4/rrQ1t92Y0kDTqtvux0Iaz1Ap6t1HJ"
    "GoY23pDHs8tc8AjN6A+Zj9mHyV2YwvfTlyavpbL5xrcvTsMl/BebI90gDNU28Dvx1hTrBI"
    "yQY7HrEPhxGn+18fx5unrYFl1UiIHoExa6sUquT7t5hExUVytR7aosd34vKlU7K+AiC+Pv"
    "Qkz4uziLZ/a8LyAPxBuJXWVPD4fvh1YGfD+0hPiyW1F80felTienAut9VFKu95Vb72XGKt"
    "sXVt+MFfOAi1jylsxbHFq9Mjsltbz5ik0uIVJow4ck9kfgqLgtn/B+owBzgkrERPoj/oyy"
    "hsof/G6ODNyUYLkJX9buZHhQcSPUfx0onED4W9nc683U8AHJum9tJ/TxwzJwK+Q0nmeJHJ"
    "+LA8fnW+PG4dfMgXhMbH9k3EZjL8DvhIq7ROZCtyz6Yrn4uDExScqNWCdlkHJNanW4rOc8"
    "n0BEaI8fACYY7esjyPQNpHwC8S/AHT6KzplqUsnPYbE9cp/XV46W/PxEDWesFJx3uMJy9i"
    "l99pF5RfF8dJwBKI7vuqaz7SfNGPXgymA7FXXhjortFPzIONtp7Q/FOE4uuAKSE5NJMptc"
    "V3HdXSY+03roCB0997U5jl7wc8SO3np0yH3CRxWyaaa4dIiVdsljya4Fauc/l1hnJeTGQc"
    "t6IfRDz5vhTgjKPazZHGe5aXLPfoNBVGjk8oY3Ent0hf89/7Ez2I8vfJqt0EBKnYH4oJZ5"
    "ZzH0x2n2Z8k7u6WBvAJxBesKhYVldrI6Hl5S17HtLxnN3JhUoSxlxZS64yQlCm1SemWiMs"
    "fGrophnDVXGRteEQ+UvgMYPPT7aQnLMMUizjEuvoUxzmw+sgUr067P/3odRN7QXCBsd5/R"
    "Mc4CmUCS24j3tCN2E9J6XVwwIBMcVZQgb1ww+JHxuOAmuBqNC4Zif/GwYDhk+Lq4YIZ9jt"
    "eI7aRcCCoLhu4204KE2rqdDBXWK1SoUmXn8fKD9rULFJa/e0BWEdxtlUYZPhGjX9/wCV2I"
    "RDVQhYtBREa601vdaQ+vEpzpqH1xXBhndacjgytito3oWB/1OuNszrQ61w3NRDxmVA6/p4"
    "6IR75/Qe2WPBgVLdtyDPAEwZ1XQlS/KJgMxOwhuJDqit4RS/dfNFniPrjXTK1u77eSTmi9"
    "nFBbt/PlmtcCtXNDd+IpGegZ5eIDrQUK4VuxyW7XlHbdcuvSubE7zrqyhZ4SEZXU9i0UlR"
    "z8WWkTSZuo8jaR64pw7KHARRHbQms/qFw76PdQrJ/17r7XH9I6OqB1JOPIu7aOoJYvnhiS"
    "2FE08fjGr4zLv+24/GbZyPctJeRkUY7tAfroGr3PIH3VgM4apU8Ms1dE6hdoMeVuqZPehP"
    "Qm9kbf4tVffx2RK3HO6FHF0fIyuhK/Nk7tShwWEGV48UvYx8leoRr4ZVW3374bdD23cDzL"
    "8Lwj9i4jIRMZaT8qu6GZ4kuuud+Y5HEpY2K1i7rXn/xVs4wGBUTj1aVjAHexs0iseBGwN9"
    "IVzm80btv97iVYQANN8E3X+2uGFv4my8NvX5zqpj1XmDfO9/P5Az0qlebjV0YTZeQ9mIse"
    "zxtRU8NhnkQSvi5WzdWS/uwx+i5c8ULSFR7GZYA37n4dR8IgiaI761BIfzj4GDSPV+IRwK"
    "9o+iOyOJ60eLbmyZaigwqtieWXq59C/BQceFdozMc7kMM+/7Bfzv3qcVnH+lqgDmjHzL4s"
    "a+IH8Zr4IbEm7rnySqXR3UnpFbQODHlQFbQAOd1UOV3WuHno9xUWpaf9UWmFGUkTfNcejf"
    "2rLKLgX6VeYHc0uARUK8jEEzymluNgTAcLtRy9efPwnBmqFtvhxKyyaW8jXWF3qXE3Gl61"
    "x70hVcXSJFM34jnB7c649ytVmFeWZoL73favvcHHS2Ag+ExVwq7cjNmfs4roaq6bSFN41Y"
    "HFVn5Y5pU2fkUzDhmNfKbGnNiFRN6yezSFFlIsaECTc8LRNVJ16gmLzMSIZBxET/TE76Je"
    "MHY7vdt2/91pq9mK8eeCT/9MxF/kJGwyUBc5AEvWYlphLcmOEC9k9WVHyAq/ddN6gFG8wm"
    "91ODEVW7bKppl52c+ch/9EhSSsSViDPVY5d1hHpSSwSWBDTICMoIYkJKAV5sRVDOeyKXHx"
    "QVwCvBl3YB8psKHvVlBcjzfhlgBreBdtPaGNrTMZRqy/4peAbv0Ym3F0o9bRKwpDurXM/E"
    "TdK3myGU+dOBLEI0PTREtivhaf+o3KaL7nmU9u3S2ZuGo+ciaolhSHGTEXJX14d3537U2+"
    "vYbji951ua2vBKvjd1OnsSWZ6vtfjl/FVGfx+OJM9VhZaDFbff2YUtnqm+lZSFqPzODbuO"
    "uuX7NZPXbKYf89UoCcqKpj+unPPyS9fZ/09if6s4qSCgLZSvNAPvVG3etL4KbXJ3g8ag/u"
    "b7oj9xqFGVszZLp37kbD2+GYXV6aZEFsdu2+3W+PflM6n9qDj+yOlyFV1DnEj+x+1XgH4e"
    "8ooVNx+jwm9qbZB76Kp4iuCDyWdloWPSEr8+jhoZzMo/uAwZnNCzdkwXotKqFOh9pE0KL4"
    "qBSAR8Ljh2Sb8jndVJiG2egMb++6g3ufU6aSxRJhy6eVddqjbnekfBwNv4w/0ZvQRNRiez"
    "TJiz2f4Nv2oP2xe+vSAD07jJlHE/xlOPrcH7bpYvBCzCeDQLZ09Nvjm+HoVrkb9nud3+gK"
    "EviVS2Lo6mqCR93+sOO/BTVFieq/w113dD8ctPtUBJkUWGi411hn7UGn615mHTFd0Hfq3X"
    "eGg+uHDnsn3aIjRnNU+k70Il3XOmOlO7hmv9JzrBSE6bsNx5+6o0tAXDuswCJVPuH3mQ4m"
    "bHM5Sqn0mYhcMQLN8XzjJdJnMOFtNxJvGQjaV/i7ruxWAUlVEk8rx0laqX4hl4p9cmWTAA"
    "53IFzlviDJWzkOYE2kElOjk/l0lQ/bpKCEV9KC3sbRkFWbbbMyANLOhgwi/AJroQSAJeuK"
    "TxGSrCvJuqoq64oPb2jtLwHhenGA4ugm7aTczKtXpupT07NtR9PFmdnQ3WZaUhaydvvKx+"
    "ZKul7pj28l7/rfrdaHDz+13n+4+Pn87Kefzn9+vza2krfSrK6r3kdmeDXDIYrt2dn8caR9"
    "xo/2qo/6ho/oN01MRZyIFyg6IlXlFHx2He+4/JYHWS7PMSwiXcekL+7hQ39svtNyYmI1HL"
    "07KeXCKmDwDPBUoPkszCrV/SgI8UWWCeJCPEFcJCYIG5rUQkopkyMIL0XF6pA4iyJ9lgXp"
    "MzHSSTqCD1m+KF5YRk7GVUqV1Pt4Ds8yV5KY/vN+OOCD6hvzHFNcV23wH2Do1s5SUI2/zx"
    "zszvtg6uiGrWPrhD3vH40d4Z0CJkMoPcseT6jH7GvWQaIO5TLP7Oy1rt+kXE61yUQe4EAh"
    "EwOZ/GiJe6OZGihhTWSI5I2GSKpMYC+jJt6G3Pf1rjdy694lLrm89pubXkdpD4a37f5vly"
    "B2YYLb4/GoxxiIyqh3//kSRP9mlRF/Gw37fWXUbV9T+cifjUrYjBZ6RqZuF+auhuWr7HHS"
    "QX8zZMUoZ2SCv7RHA1fpdI7FbrHDDlNbh3FGqYytqx67+fDRFcuZ/h9S83tPcbn6rdQ7KA"
    "bqY5bL0I8KSQdKOlBvmbFzzHgukGVROzqJp5jVHRKp8tpXWWY3sz/zBACC9tVw/9lja+P+"
    "a0hzlu4e7BxWRkSodqcxtTKdGNRKOTGolTwxSG5mEKNf52z0E71lIO2xkOo54iXov2J255"
    "GoO8Aku7553LO05GJCtIbO2y4SuVR/xHgu9IHFROXHVeWPa62sfB9WTEx+VMKPqiLpi2uy"
    "oL9USPkM326mpTI0t2Ee0mdjPEeAOPaUfL8EL6Zu2wgDHQObXrboW3hFTjwaCICWe92rXw"
    "J0G/j19H6hnWOMNNYRsEk8nriLZ0zwC5rOCXkCFASdBWaRBaYrgL7TfowVIBixQiwqdVtP"
    "Gk2Znzna/Iw81nWHGZFDhtwr55PVNOZeOZzfUND9qIFdl/XK72TERGUEpypeR6ZyFLq1hL"
    "Y6L6T5hPBeHMwD1BKtuqaF/mUOlyccMw+MbI4tnKNq7xfPaL/2ulsd4Ycv2mP42uK9qf5h"
    "HDaOj8hBVuwn+r6TElVrufS33xsIa0viL6WuS+oVZ5U+V9V9rqM7K7axpGON4ZpPLY277u"
    "DaZUf58hN8H1yx1lceOp1u99qt3+qoKkIaK9160+712aUZ1A2kxSMeh2FQQdumZi2v3Ld4"
    "f1pIZH/exfsjsYAx+m4rPkQFbCGOeP021h67ORTJWBuQ6kBTHGzzzpTfkrSOC8vUSpV1vY"
    "QrVn01qWUxByokUoeUyr4pUAa0bMUzDiioGifiKFymeKIyZJNcsFyckGkSTjls8biOSsmh"
    "XYDd5/lRxSImMVm5bFR52ZCkNvFkVt+QaBDJyJljiErJ7A0ve/MsKnucFu4JS9UJ1j3EfR"
    "Lh3+QoT+oid/04PxrZDfV4ZBoRxXmb8fqd0Y98e/1O9FxS6c4oKaiu8D4L6nausT0MYys+"
    "wMUR+fA3sD0iHwyniu1HfyuB952dk+aYuQpc+c1rSKw5z7TV5Dxlq8l5cquJ6Mxa8f6qjU"
    "Q1dljVqsAKfSOHX6BaHIQIy9Ri2O87BmEh6mFyIO9i1VwtKWxi7DeiEvkCyOuWwsjLz5yI"
    "ZuqJVBG5YidSFYI+WFeP9kgq9lCkOgw6hSVgHZPHSxHaLCJxmQCNA63pFvuZBYlgYVEZ1Z"
    "RRTRnVrFZUk7yEzhjP5fVxJGU6jsOgdmFyLJSzanRCToK7NXgZHpIlRNfuoGnTDjvr/o4L"
    "7KzhNc6HvD2CuRmeJQBd75NGEl9y3himpGBnB3+nFOw+ReseWZb3rolgb/h2My3Qy1BXLK"
    "9lxi26Q4zA1CRQU6FlXwIITAcDMgMQA6iqxMH23yy2kXZpIAu86PYcYAIe4RIQqmBvl633"
    "PPfiu9P3YKFjx0bWD+7W2MhW3R0/i8sT9zt2vT6bzrueORnniq/b+V+SBldeG0kgryKB3C"
    "zmT0Qla+hPHIn/kMltRFgrpOSwnFRxpVXMZlmudgVRH8irOBJRar0UypQUr67oLXg5/L2Q"
    "RJ3YLOWdNI3gk/Ksoxdk5oE1Liax5Z3A9PxYANqYlESWg6yHjyKcDtLM0aRsnSDei3Ua3s"
    "ZFPXJiGCTnIE/I1UkH5Z1uEyDEuEs50E3ISXQ56D7qM1sxGVvF4aSXr5GqL6DBBzguGjfK"
    "PNkTv48jxDrNLOt2erft/rvTs2Yrlk4OV0qKYb14zguxJyGR3YIsO20519S7EZCzAmdWoP"
    "0i0yuYlwfVuJjElnskaTjKmNUejghJXLfn60JB39em6gxoz4i5aG96PDKos2aToqOsSnT4"
    "W0R/oXrv5gUanPRI5H4zLT+ycFsqfoohe4LEc5USqQqWbqEvu5jS5eQX8M6/0QTQ/gHoXq"
    "lRDG3HhAZ4QqsmsAjLeaAfLT/tm0iO7OA5E+z9Wr/oqQUwsef0kfQJGm2lEtNEqs1Kn9Ln"
    "m2hpQJU20m0LPEPDQcICp5HMCiejIpMnlUyeFCiaLyPp1Y+kE2zoGBWItSUFpX2RFocoEo"
    "OQqMr4w8G9ZBl/kPGH45gVZPxBxh+OAVcZf8gz3R5x/CGuA04IgqMmcRRi6TdW/J+8k/q4"
    "wUNY3+g7nRoxNBi2r/LT34qTvrOd+mGtRKHNVv42LF/l7bSN6+HDb73BJdCIs9LxBH9+aP"
    "fuPw0fLsGTA3VrTpwJHreHV+2h0u/92qVahmQKicJCXRN81ev32P8uwVQ3dPa/Cf7SpfbX"
    "WKH/GQy6/ftL8ILUObQVFtfC9BOb4K+99vDTcPDx/hN9zHcdEgrPozVnT+p9Hg8/04foTz"
    "Z5on9Tj7zzif79otvqPB6KEwyNHR/hQX+GZuQ6KWUjUeWhkP3bi1UwzlbCOK2GcbKUQ2gi"
    "zAF0TEyinQ1tufFTjH59N37OaXf5/IuQhNyLyCGoersFC+2l5cpKkLc6cGxIluC9df2DoI"
    "4P36xeW+jbjbhsIzqNjHqdcSNlKJfhHr+NnbTczziCN30TMHjo97Nt9wxvESy+2TO2LfHI"
    "lmDhRs9I3aMNU6A4TnF+Qh2B0uDqlSiNTTib6eo1rNWu4ehOE1MnWjkw3bl91QmpXUbwxg"
    "guQuOLE8CLtWimxe9s2laxvcZKMPC3E4nagAn+zQJU5NJl2LDF0/pbQPRh1y1gOYsF0k7A"
    "N/fmN+BFCL2m4GVOAH0M7QZpv8TDFqU/YIK/odkMuVXE3N/5DdARaaFIKwBtYCBo2S4Nad"
    "3+R9qe9umYFngHgYVsm75kyjZtF9PY3uvI/mwNsUVwsVn+5Bbt6rKMQtrM6KiEJGSCiVcs"
    "LT78M+KakJPOHwdcuQ857z5kd7nIGeORaXnhQQWRZTYHrElBiS/v6CKGUP6t83Exia3cPy"
    "93eVcCYrnL+/A6kDzgirBVLyQPuALISh5wubOC5AHvON15GDblljhs1hhs/vBreEcli06+"
    "U8liCfEKMK8d/Jtg9EPTj44mCk6yTZbQBn4BQUAw0O1kfcvyHzHBn6jj7O7VZBEyAE3kx2"
    "DJzBXePI952OBljrB7nT39BVrApMYH7c1Z+rtC/VZkghf0BSy3Vws8IbR095HqJpjrlk3M"
    "lVd/k3XlPpj+Y7WJ+c6ImWlfKD+UG8oZuw2aIBn/ZddkhPfQBrA4witDZoVCZpIYVaKBsP"
    "8sQ80BlUmGHYIr5twIcQ2LSDNWxnVlXLcm2Mq4rozrVlcHsnrnUaAro+ayesbxIyuj5jJq"
    "fizYyuoZsnpGRejyzaOpnhHdsCBO+Wx2NGzP+oR2UmxP/HxhaRWIAXFsS9cQsIhjqm6tS2"
    "LaFstlhKptemkZCLwnNMETWlJhy2+NNPAOnTyesHRIIvuzo+dM8ApB01gBm9j0B7rFQcHS"
    "mRq6CkyIn1xePRgQGyx0OkABHSMEaFCnEiz54ywtby/AI23sGNDU7RUrGsoukRec7eA095"
    "e4/2LZKUuhwMp6nxVyaFMOS1urLqoBcbGDjUQN6xxcZClzcCGucnCRsF83X0TSPxCmwyJC"
    "bzopRh38vOCFRN40dC/QVufFYogJ0TqZpXsOIXqkiAJZiKRgnbQg8xBHgK08n23noe8iYW"
    "+J6taEwiN9BiqWU9iISowFuUkxvtsyk3WFd89GhQHxowMfczluYZlCrlvVCDgRz+0si+d2"
    "JvbckpkHv6gOd5QTYiCIBZZFWC4G9JQKHh/SacN1OOyznteF5656scE7eLi96o7encYyPs"
    "kxvWBH1HBGdCrYGyGJdGakZZ5C5ilkniJnnqJjQMdCDU6Cwr/TTMtM0B/upiEU1W2cuSSQ"
    "1zzYzWHoUxOaq1/At2do6qxv6xvQEG1kIu+cLzZwNPDtzz/ZO/711zfgHtg1JwZLirNuWF"
    "x/SrTVZSI/scuHTfDvf05c3Cb0UZOGzy1RLGqtIJauUdlRZPSVJg3WqdcocpkObGR4109O"
    "TrxrCx2zK+/df8Pv7N+sUO0foqTFa1ISbyUfsbPS5k+IsyNEbK36zcvJMRwW2B1nGGzdzl"
    "cXfC1QwwROK1Oh6lZKoepWslA1m8KSAI/Rd8GUELSvBb4pcI67X8cRkzRA8d1t+6sL8Lry"
    "dH84+Bg0D6He6Q+v4vGFYLFJIv7P++FAEFoIC8WzPrpqg//Q5czameHU+PvMwS45Ckwd3b"
    "B1bJ2w5/2jsX+lMJDSlRLHvxmt8c06iCvFWWoFS7VHJWWp9qqUag8wCtVqX5fZrMAu8I5v"
    "Lzd49nZwL5PFvYPTc6QdeUA70jvnOI+9s5GonTX5IYu180Fs7HxIHsoROKouSFyUtx9DlO"
    "hkV5ZQCcg3bh76fYXNlvQBVFph69AE37VHY/8qC+j6V8ftfncwZqcRGe7Z2XS4dkeD+0+9"
    "u0vgUqSxNdeXcdc6m+GayW7NcWAQ1Y3tcKyobCrcSFdZd9ej9g1Vh2bCGdXGXXdw3Rt8VO"
    "57Hwft8cOI6Q5hjSpBsfRH9wh0qsN2Z+yeKAXdwogT3P161xt1ry8B+r7UTaRRLXdHtz3a"
    "A7tIdbrQsftDq6JVySc7Uj7Z9mTDPleSfMAt6ZeBVGRZxMx5xExCsJTd/zWwccKVKoJJJu"
    "fYTAjufIRW+NsOwKAPUahTZvGgFAdt+NJ1SJTvO4Ijz3UTTxzHGSzIcq5boLtprjB/VKoW"
    "AdOYBXh+lsUEPD8T24DsXsyK8c8Ny7cSx6RkCp+7Ei/YGbpIeUYmq62Tt34UV1oivZ0sgU"
    "JH4b2SLZHjVL2qgZyVJhH7lDMcrRcfmiXgHMRhx37Xv256rinsgu9bAL84ch7KdnkdvfLQ"
    "r0AT9dPATo/9ig/gRkqyYd2mmYnmE4wUmX04Rs88JfsAF7m4FkH72mUeTjOFNk9TYpunye"
    "DmcSUfypgga5t9cCc/W2xtiIsvJgT3Zz6fVnpWkhGWtxdhyUHH2JVRWV/zfq/GZQBfBhsz"
    "hHQOU1MJq307t3w8Rz7h268ZE/TDTmwlGAG/uyZQyVJHGhthE0bL9WnajETq/ZPRHb1/rW"
    "l4k4bPwo4wzPfzSMH5sRvzPVhaXlWiRlrSr7Sk81sGBzEJKo9wyCrYbC3JypsNieyfNXuY"
    "lNdO+LHSIHsrBplMeR0m5bW2coolZGQiJmsiJmwplZwgOEKwc2cGim1cTYbASnLeagT5Xr"
    "y1DF5aPu8sn1M23DhBnocU9HPpbrid6aZlN4FfKXSBsMYO1QHrU77BzCQL8G1z6jfB35Ju"
    "2K4ewnW81NBAlI6XdLyqMMOUfnSTzV0vsxPtq5+mKEK0Z3cZhZ5dqgp9Pjxr8V01AXcqJv"
    "emSfSY8Ia7mFobtJdk2vxkWrnfo877PSqM3NIkU48NXwBDrvBbRvMZGk7ekgaBRDXqGbDH"
    "1qaegepYNlkoRSLmCclqqKdW5SYW1GmcGytlCq28R5fFRV99wNYRTTvB+VqtHOdrcStx5c"
    "Rc2McbBP88z6lxDjQhthHSWJV3feEscgLP7+ANop5ryNMnOgvuKBe7MGEZ6cbkd2MC/Ngc"
    "0Tq/yJMv44jWQQOxsnBZUmYX4ozZRSJhZjnThW4XS0rHZUtIS1cM/SPJQgeYpKahvfhaET"
    "WHBaWOq6xjSTART6Q1JpgEWcRcibCYlEzZbCc9hLOUJZEejhDkrGSH2AArTnZYJ4teyXa4"
    "D/qpEeg7pTtsAOMQHSJoZqA4RLVY7mbH38PJZ5PQJ0vywCHJA64KErBmy3QHspVOdHdv7/"
    "rD37rdSxDssZ/gq4f73qB7f38Jpo6lY2RZE/xpdAnm7osfPqnt2vG5SmJuJKqsjCrxTx0L"
    "5Sx8FpIopeLZoTEumzRTFa+1coO5vv6Mtzk56yTltZaxvu2xPneqoZYeL6YtxjcqVT+czz"
    "KdBXGWchbEWfIsiAoEsis3Ye14dBcqxSUrcOWNgZRfGKp+O8absUhISh2oAx9X1kamrs4b"
    "HPfev9NM8+3hpo2sXXRM33czxXcXfuDiJUvM/K/DUtU6P8/kKJ6nOIrn8dWKfVQ5EPab1x"
    "Dd00zm12mK+XWaNL9Y0JFr5qYw9jYico97TlJejvIz5S9mf/0/m0Iynw=="
)
