from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "alerts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(40) NOT NULL,
    "severity" VARCHAR(10) NOT NULL,
    "subject_type" VARCHAR(20),
    "subject_id" INT,
    "employee_id" INT,
    "team_id" INT,
    "message" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "dedup_key" VARCHAR(200) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "acknowledged_by" VARCHAR(254),
    "resolved_at" TIMESTAMPTZ,
    "resolved_by" VARCHAR(254)
);
CREATE INDEX IF NOT EXISTS "idx_alerts_kind_1f3092" ON "alerts" ("kind");
CREATE INDEX IF NOT EXISTS "idx_alerts_employe_cac988" ON "alerts" ("employee_id");
CREATE INDEX IF NOT EXISTS "idx_alerts_team_id_be084a" ON "alerts" ("team_id");
COMMENT ON COLUMN "alerts"."kind" IS 'CONTRACT_EXPIRING: CONTRACT_EXPIRING\nTRAFFIC_ANOMALY: TRAFFIC_ANOMALY\nATTRITION_RISK: ATTRITION_RISK\nPAYROLL_READY: PAYROLL_READY';
COMMENT ON COLUMN "alerts"."severity" IS 'INFO: info\nWARNING: warning\nCRITICAL: critical';
        ALTER TABLE "roles" ADD "known_permissions" JSONB NOT NULL DEFAULT '[]';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "roles" DROP COLUMN "known_permissions";
        DROP TABLE IF EXISTS "alerts";"""


MODELS_STATE = (
    "eJztXW1zm7gW/iuMP/XOzWZa56Xd3J2dIQ5pvbVNhtBtu80Og0G2ucHCCzhp7m7/+5UE2C"
    "AEARtsTPSlqSUdIZ6jl/Omw9+duWMC2zseOFMLqjPX8X0bdC6EvztQn+P/sBscCR19sVhX"
    "4wJfHxPSjo2ban7YltTpY893dcNH1RPd9gAqMoFnuNbCtxyIia51ywamQGg9YQFcAfw0R2"
    "X/EYBuzBCVZS9dICx0zxf8GRAmLgCCA4EnmM4SPdgjpY+65R/jB5qOgZ5owWkNfS+h9dcS"
    "aL4zBajcRU/49icqtqAJvqPXDX8u7rWJBWwzAeY9eMI9kArNf1qQwt5Md69JUzzwsWY49n"
    "IOY80XT/7Mgav26MVw6RRA4Oo+MGOgwqVth2yIioLRogLfXYLVMM11gQkm+tLGrMHUwRDW"
    "ZR1NG8mqdiupmtZJsS2iiKEdFhkOxCy3oO8RBOb6d80GcOrP0M/u2emP4EFrJIJm+Im/i0"
    "rvg6i8Qq3+hR/poJkTzKxRWNUN6n6QTnRfD7oh0K+xDtnqpQHvQ5+Nd5yEAh29yCagRwVr"
    "1NfzP4L4dV2YT/EIfuq+OX17+u7k/PQdakJGuSp5m8OF/kglAK8BtR3jHpjaEvqWnQb1Cq"
    "HiW3PARpampdA1Q+Lj6D8FsA6nbymoa5zhOVCq/aF0q4rDG9z93PP+sglgoirhmi4pfaJK"
    "X51Tc3/VifC5r34Q8E/hD3kkETQdz5+65InrduofHTwmfek7GnQeNd2MYxIVR0VJTqOdUA"
    "sXg6b7pZmdJuf8bhq/8Rk1uY/tnLhgrBv3j7praqkap+tktU1XzbtzukSH+pQwCaOJxxnK"
    "FTe66yO292wLQJ8leCQb5Aoei6CpZpC2xQSPbH5vccxbZolDJ2j8/HETzv/mHvGVHDfZ53"
    "nAVY2FbbYElSBqnRz15vXrAnIUapUpR5G65DFP/paAOGpfDbp73tUpObUQvt0cfLtpfD1g"
    "uMDXZro3KwMzRcbRLoi24SxYOsBvt/IoA+gVBS20WIYv/CPYllebKtD5ZbKEBoZRGC8t20"
    "f66jF+3q+d3UsxGKGEABPh/GoofqFZ0BvIl7Rkgju4pNhheRo6ja0Hxg5z6Tg20GHGIRmn"
    "o/gyRoR1MSTa23cL/aUsDxLQX/ZVCvBPw0sJbe2ED6iR5YP4KRo7NV2AIdlAik9SViDAN2"
    "73QS9oytB+Cvl8IBJ9OCX3KNDHFEULYrV+hkbP2GOHOnxSHfwvmWF9hL4ODdYSDmV9ab6w"
    "nSew0WTaq1j2I1o8Uen6+eTVNEqpib+oC2yyzqImDC1m4riEMdgeiFqAkDoUa1d8C6upDs"
    "JW2B67nM7SDdbcQwxBowPBVtITb3viFZmcWooXP3J1OgVM0FSeqc49gB2GSpeoP8rT6Nyg"
    "JVLCUNOClmR5of+FkXcdX0cH6FQIOxGCTo4FBSw9XK4HTYAZ1KB2D+ivJ1i+JzzO0GGEnj"
    "C37Ke0QbmeR3CFs1kKJ2FZaTk9SdU6lfO8iOX+PNtwf35KS+jBCigD8ZqiLi1of/iedAvg"
    "e9LNxBdXJfEF3xcW2pw2kACTlC2UAA9E4itks+eCfvYKa5egH+f60tuI5TEy7plp8qoOBM"
    "ZNWJyk5FxuMpfRcnSZjo1MGT5GsbtAhYbL8ikDSBLgNLrXjgusKfwIitonPoXdHBi4OdYJ"
    "V39cqZPxScU0BfzYj4tYcdghaaT8KNd84BSNP6vFDbxfT1qDlMazIo6ds2y/ztnr54K94s"
    "MsgThFtjunWqcuh84OXGoL4M4tz0MDK+VXo8i4c61y55qLpA7ivSyzBBJEO1wA0IFgV4ug"
    "0BrIWQL0CiDTR7MYW02uEzNOtkMf5qrkYJ2Y90hwhtqG+w6TmO8+le8+y4W5oQEqSckNUA"
    "3WXcno9+FpxrpJFS7mTVW4g3IvRy9Ju5ZX+hDlUCbgZniTMU3ahUxUxVV3hRzHq6mTqeiR"
    "YTMUveh1shW91ezg8b4HZbI5ylHpAL6iVUaSXRG0Tn+u8L5UTI3TPe/RQQu9rIc7RchjUY"
    "spzjz4ccd6g+0Yul1KG15T7FAV/t/sp95oN7rwm2IXBnLuC9CTmvuds6E/TLG/iN+ZXPEL"
    "LnpveD8wTsy9k83R8NK8psJNC4q5FNVGXsqGMbVmJyWIBQVv6agsEUjdMIyL+iqp6ZXQQN"
    "EYhNGnwSDPYRkPsaBjjCnRLKS//qhgdZrtKsqIbD6wAysL/MR28O/tIAqm5hxAX3oAh7gL"
    "ZIJUma1rbabZztYVOcgPSvMta+uKXpK2da0NhklbV8yeRZu64maw7WxdBS5JXAF8DWOece"
    "s9VnuUZ/gyV+24+atd5i8DMbuM5hq1b53xq/qIeH7Dvd4MAtwkkI1+e00C6CDKys+ReRgk"
    "aLiK+KyKGOBVgYKYlC8OC+OiKmJiciXENgXNdaXfU4spiMbMsk0XsKJ9Sug9bUQ8sf59oM"
    "+3VJ9V1MUBbuqF4IkMFltC1D7LDjcu7MC4kKuK3jieFQ40nX4tqjvKzbwWtuJKaLuUUN/y"
    "y/lPVwStU0Nr0ZRs8ABKxbisCDbCt2GbXd1h2pZHcpsQ2x3jXHkm5CJBysO1nwm7KBETym"
    "UiLhM1XiYiqghDHopUlGxZaKUHVSsHfYvZ+nHvZFx/culoj9IRtyPXLR3pZjl7YoyiJmvi"
    "4c1fbpd/2Xb59bFRbi2l6HiiiecN9MkzepdG+qYBXdRKn5pmW1jq52A+Zl4T49oE1yb2qU"
    "2s5hRDo4jPt2ytIqEqcwvrQZ0XRzk6xCqOFTplVAmKrHXW1vYH/bTMko0AMVk5tjDAElzO"
    "UyJPAuw1dYPt2p2hOJAuhLlugzt4LQW/JmAeXhjb/1WsseX6Mw1rYWz9jj3Rk1R5ul1jOF"
    "GFvRurZrS/wNTQTB2zprEEDfdpgV5bBd8zT7wYdYOncRXgqdIXNaH+phKIrFTggTx6HzWn"
    "s4pkwK+Z1hR4DA0qe7dm0VbCgwadidWn3h7r8F7TDcNZsvTVAnOe7oBP+/LTfjELM2EVne"
    "srgjagTYl9Rc7Ek+wz8SR1Ju44i0Sj0a0ljQRYGQQCqDaUABndNNlN0rn+NBho2DqL+kPU"
    "GhaS7uCNqKhhKbZqhaVIC5SU0YWAuAJceAdVJDmOVDRZkOQY7Jv7j5VAbPGXDMtZMe6tqR"
    "usLnVuFPlSVPsyYsXCdcbE0nUHxZ7a/x0xLEixcQcHkvh7f/T+QrCB/oBYgkuuVfxz0hBe"
    "zSwXmBor02m2lB+n2VLGb6iluaCQj9lYErsYyUtWj8a6BzRPt3WX8bWWK2BYSBPOEhMTlD"
    "SIAelx2EW7YJR6/aE4ePWme9Sl4qaipX+aFbfGMNQXCFljAMyj1fgXErlXnPrkAs9W2jKu"
    "RxjR2UqbEwvRsGOr6vCiwPtZ8kMmSSIOaxrW6G5NyZu1SSoObBpYHKhbDtQYBQe0wbFQDc"
    "O56lAoehJXAG/Bm7cHCmxs3WYkCmNtuBXAGr892U5oqXOmwIwNT/wK0G1fpB6NblI62iLJ"
    "HclhFTrqtoyPLJhB/0AQT0xNFywcd1t82jcrk/6eB7D1FCofRNo0HbmuKNJEqhcfQaIZts"
    "UGvHQ6wJugxx7pcBPMDyovYOpt6QSBtgXx91GxzZSVJ5DCPyNlIJWGNJY1MEm/fkxF38qg"
    "l1BmYHFilT0XX0xkz/UKrzXO+Fsi4a1jGEs3dFH9yUOQdxmCfI9ea1PHb0TbaF/9h74iXV"
    "0IxAV6B1VFHN1eSwopQzBDbwJcUnOjyENZxcUL15k7Pi67FQei8lXrfRBH73FN4MXSjJkO"
    "p7i+ab7h+DpK8TTbxUmRvWgPccjiMUAnAiuSNs/TmaLlvs74VE77OkPA9InPUgmLYL0i5V"
    "DnQ+0C3UP4GAiAqcPy4Rfb8hndNDhUrtOThzfS6DaM+zGc+QJALwz96YmKJCnae0X+rH5A"
    "lboLkMQ2dZ1Hf3YHh+JIfC8NSahWIIdh8egOfpaVjwNZRIfBo+Pe246Oj46BqF7LylC7kQ"
    "f93ld0giBhE+0Bc23h2JbxdAcVaSD3wlEgUdQxwjHcSMqtPBIHiAS4CFjdJmW4M3HUk0gx"
    "7gjzAo2pf9uTR1efenhMlodmjLk00JhQITrXeqomja7wW0Iit2kAorHJ6gdJuRAcIodtcE"
    "hVH5T5gCYT9JlxJLkhDgm6zYIcDmeNVxjiAB3WlZDssO6ofYPXdWPDuXk4Sfa2cpiBBc1P"
    "stCwJVe1o3Z/HyBq3ArisQWHAawLDMc10WY+fiqHbZqQw8tDN17Gp8iattsW9dLmfYsssv"
    "BnSAsVAMwjY9hhHDwyhkfGNDUyhg1v7OyvAOF2xWnQ6KblpNLRMXUmfBKXppXtmY3VHuU5"
    "ZXXcblf+2FJO10tr+lL8rj93uycnb7uvT87fnZ2+fXv27vVK2EpX5Uldl/33WPA6ipsonv"
    "fOlrcj7dJ+tFN+tNd8hNa042rZjvgMRieomuyCL87jmlMkBZCV0hzjJFx1TOviAT7oZct9"
    "yYIia+HsrSXdBs5SwBLAc4FmB2M2KTfDhhCfF9kgzrM3iPPUBuHrLpKQclKZZJiXkmRtcJ"
    "wlkT4tgvRpNtLpcIQQsnJWvDgN34yb5Cppd+r8QDLX0pj+diuP2KCGwjxDFLcMX/hHsC2v"
    "NhdU55fJEpJ9XxgvLdu3oHeMn/drpya8c8DECOV72WmHOiVf4w5SuQIXZXbnoHX7NuVqMg"
    "Km/AB7MpnYwGVbS0jFUa6hBDfhJpIXaiJpcgB7FXnL1sF9X276CslNlioice3X1/2eJo7k"
    "oTj4eiFQBXdQVFWljyMQNaV/+/FCSP7G2eu+KvJgoCmSeIXoEz87jZAZPfAAXMvfOHY1Tt"
    "9kjRNN+msZJwycOHfws6iMCNPRHgtJQroeZlsPx4wiGt8ygujm/VtXvOX4v8Aorz3RdO07"
    "qWtI2BhiVkrQTxJxBYorUC85YueQ8ZwDz0NydBrP7KjuGEmTz77GRnZj+bOMASBq3wz1Hz"
    "+2Neq/CczlgtzBLiFlJIha98WcbqGvunRzvurSTX/VhV9myEa/zd7oe1RlA3O6EesZ5BXw"
    "v2Fy54GwO8KkOL9ZsWd5zsUUaQuVtzocuYh/jv2w0QKjSPniavLiWjGr3MKiyPiiylxUTX"
    "FfANcyZh2W/yKoOcp1YKzbNMaB8VK8F7Ul1nkArlcyWCdG0godnV7zZ4XW/FnOmj9LRUQt"
    "SvmCw+YtRLeW73riVBLMe0rZdo8Yye5NH/uRSiozcuz1MPvxf2YLCDY="
)
