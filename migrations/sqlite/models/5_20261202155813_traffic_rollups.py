from tortoise import BaseDBAsyncClient

# SQLite cannot drop NOT NULL from a column: platform_accounts is rebuilt, with foreign keys
# off (dropping the old table would otherwise cascade to its samples), in a transaction of
# its own, so the migration cannot run inside aerich's.
RUN_IN_TRANSACTION = False

REBUILD_PLATFORM_ACCOUNTS = """
        CREATE TABLE "platform_accounts_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(20) NOT NULL /* DOUYIN: douyin\nKUAISHOU: kuaishou\nTAOBAO_LIVE: taobao_live\nBILIBILI: bilibili\nWECHAT_CHANNELS: wechat_channels\nXIAOHONGSHU: xiaohongshu\nTIKTOK: tiktok\nTWITCH: twitch */,
    "handle" VARCHAR(100) NOT NULL,
    "external_id" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "host_id" INT {null} REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "partner_client_id" INT REFERENCES "partner_clients" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_platform_ac_platfor_742d2f" UNIQUE ("platform", "external_id")
);
        INSERT INTO "platform_accounts_new" ("id", "platform", "handle", "external_id", "created_at", "host_id", "partner_client_id")
            SELECT "id", "platform", "handle", "external_id", "created_at", "host_id", "partner_client_id" FROM "platform_accounts";
        DROP TABLE "platform_accounts";
        ALTER TABLE "platform_accounts_new" RENAME TO "platform_accounts";"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return "PRAGMA foreign_keys=OFF; BEGIN;" + REBUILD_PLATFORM_ACCOUNTS.format(null="") + """
        CREATE TABLE IF NOT EXISTS "team_traffic_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "team_id" INT NOT NULL,
    "department_id" INT,
    "day" DATE NOT NULL,
    "hosts" INT NOT NULL,
    "effective_days" INT NOT NULL,
    "live_minutes" INT NOT NULL,
    "peak_viewers" INT NOT NULL,
    "viewer_minutes" BIGINT NOT NULL,
    "new_followers" INT NOT NULL,
    "gift_revenue" VARCHAR(40) NOT NULL,
    "gmv" VARCHAR(40) NOT NULL,
    "orders" INT NOT NULL,
    "interactions" INT NOT NULL,
    CONSTRAINT "uid_team_traffi_team_id_9cea1f" UNIQUE ("team_id", "day")
) /* A team's day: its hosts' account days summed. `hosts` counts hosts who streamed; */;
CREATE INDEX IF NOT EXISTS "idx_team_traffi_departm_06b8bb" ON "team_traffic_days" ("department_id", "day");
        CREATE TABLE IF NOT EXISTS "live_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP NOT NULL,
    "day" DATE NOT NULL,
    "minutes" INT NOT NULL,
    "peak_viewers" INT NOT NULL,
    "avg_viewers" INT NOT NULL,
    "viewer_minutes" BIGINT NOT NULL,
    "new_followers" INT NOT NULL,
    "followers_end" INT NOT NULL,
    "gift_revenue" VARCHAR(40) NOT NULL,
    "gmv" VARCHAR(40) NOT NULL,
    "orders" INT NOT NULL,
    "interactions" INT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "platform_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_live_sessio_account_3d1fad" UNIQUE ("account_id", "started_at")
) /* One broadcast: a run of an account's samples with no gap over the session gap (10 minutes). */;
CREATE INDEX IF NOT EXISTS "idx_live_sessio_account_9a9466" ON "live_sessions" ("account_id", "day");
        CREATE TABLE IF NOT EXISTS "traffic_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "host_id" INT,
    "team_id" INT,
    "department_id" INT,
    "sessions" INT NOT NULL,
    "live_minutes" INT NOT NULL,
    "peak_viewers" INT NOT NULL,
    "viewer_minutes" BIGINT NOT NULL,
    "new_followers" INT NOT NULL,
    "followers_end" INT NOT NULL,
    "gift_revenue" VARCHAR(40) NOT NULL,
    "gmv" VARCHAR(40) NOT NULL,
    "orders" INT NOT NULL,
    "interactions" INT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "platform_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_traffic_day_account_cad710" UNIQUE ("account_id", "day")
) /* An account's day (company time zone), summed over the sessions that started on it. */;
CREATE INDEX IF NOT EXISTS "idx_traffic_day_host_id_b3cd64" ON "traffic_days" ("host_id", "day");
CREATE INDEX IF NOT EXISTS "idx_traffic_day_team_id_483c7d" ON "traffic_days" ("team_id", "day");
CREATE INDEX IF NOT EXISTS "idx_traffic_day_day_b14d20" ON "traffic_days" ("day");
        CREATE TABLE IF NOT EXISTS "traffic_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(60) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "watch_minutes" BIGINT NOT NULL,
    "stream_minutes" INT NOT NULL,
    "peak_viewers" INT NOT NULL,
    "avg_viewers" INT NOT NULL,
    "followers" INT NOT NULL,
    "followers_gained" INT NOT NULL,
    "views_gained" BIGINT NOT NULL,
    "language" VARCHAR(40),
    "partnered" INT,
    "mature" INT,
    "account_id" INT NOT NULL REFERENCES "platform_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_traffic_per_account_8b4d85" UNIQUE ("account_id", "source", "starts_on")
) /* What an outside source reports for an account over a period, kept as reported (e.g. the */;
        COMMIT; PRAGMA foreign_keys=ON;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return "PRAGMA foreign_keys=OFF; BEGIN; DELETE FROM platform_accounts WHERE host_id IS NULL;" \
        + REBUILD_PLATFORM_ACCOUNTS.format(null="NOT NULL") + """
        DROP TABLE IF EXISTS "traffic_days";
        DROP TABLE IF EXISTS "live_sessions";
        DROP TABLE IF EXISTS "team_traffic_days";
        DROP TABLE IF EXISTS "traffic_periods";
        COMMIT; PRAGMA foreign_keys=ON;"""


MODELS_STATE = (
    "eJztXe934jbW/ld0+NL0vDRnJpOkfdM9ew4hZIYOgbyEdNptelxhC/DGSNSWk2G3/d9fST"
    "bgH7KxHSC2ow/bnci6snmuLN373Kvr/zbmxECWc9wjUxOPZjah1EKNC/DfBoZz/g95hyZo"
    "wMVic5k3UDgWog2Ld9Wo31dcg2OH2lCn7PIEWg5iTQZydNtcUJNgLnQNTQsZQMg6YIFsgL"
    "6bs7YfAYL6jEmZlmsjsIAOBXSGwMRGCBCMHGAQl93YEa3P0KTH/IYG0dkdTTzdw9guNv90"
    "kUbJFLF2m93ht99Zs4kN9JX9XP/PxaM2MZFlhMB8REs+grig0eVCNLZn0L4WXfmDjzWdWO"
    "4cB7ovlnRG8Lo/+2G8dYowsiFFRgBU7FqWr4ZVk/e0rIHaLlo/prFpMNAEuhZXDZf2HmHT"
    "1tC0/mCk3XVGmtaIqW0lEUDbb9IJ5io3MXUEAnP4VbMQntIZ+/Pk7PRv70YbJLxu/I4/t4"
    "btT63hEev1Lb8lYTPHm1l9/9KJd+1vMQik0BtGQL/B2lerEwe8i6kc76BIBHT2Q4qAvmrY"
    "oL6Z/yuI3+0L8yl/gu9O3p9+f/rDh/PTH1gX8ZTrlu9TtNDtjwTAG0Atoj8iQ3MxNa04qF"
    "cMFWrOkRzZqGwEXcMXPl79IwPW/vTNBfUeZ3gKlKPuTedu1Lq55cPPHedPSwDWGnX4lRPR"
    "uoy0Hp1H5v56EPClO/oE+J/gX4N+R6BJHDq1xR03/Ub/avBngi4lGibPGjSCmKyaV01hTb"
    "OVUPNfBg3S3MqOiyt9l03ffI+aPAZWTt4whvrjM7QNLXaFnJCkvvFL85N5tAViOBVK4mjy"
    "5/TtiltoU6b2tmUiTGWGR7hDquGx8LpquuibzfBI1vcLtnnTyLHpeJ23bzf+/C/vFr+T7S"
    "Z5P/e0qsmwTbagQkK1s6Pev3uXwY5ivRLtKHEtvM2L/88B8ar/btB95VU9YqdmwvckBd+T"
    "OL4O0m1EtRl0ZnlgjogptDOirZOFzAf46W7QTwB6LRE1Wkydgr+AZTp7cwUa/5i4WOcwgr"
    "FrWpT5q8f8fv9sHN6K4QiFDJgVzkc3rV+iKmj3BpdRy4QPcBlRh+lobDc2nyQrzCUhFoI4"
    "YZMMykX0MmaC+1LIam0/LPSXg0EvBP1ldxQB/P7mssOWdqEH1smkKLiLbgDngGiWOTeptm"
    "Cm0dzELpWAn2idJMofzj9mb/W7qvjIbI3mv76A0xSW3IG/VLrFnv1AY4Ctpf9aVcSB8leA"
    "VH/Z35ttQgsqXzqA8pnL5jOHFlb0RB4LKTssqbRcNi3nYEY20+EZjWeEPEoszUtf8vrzEF"
    "lQgBlXu092fPFG6WBjQbLtqOXU/aZ1s9hvsFowGCbEnjOTTieuz9QUB+3WH67ljVYj0F5I"
    "vAUIXRPzFWfG3g4J2DcQL0eE/1csWF32GBDrMivPR7wzX1hkiQpZIa9KnyQh3fR/mhYhH4"
    "M/1OYTkYG4nsVxtpHNQqEYHrdjPZAv7dNPa735lyMD+L143NSdzuIdNtpjCmFPhzyTv926"
    "a7euxOKnxXQRZvW9SUARnO9iEozYOLWfAKsfmV/5HOYdKX6tsRyKTyXdh6zrpas/IinjHr"
    "jaTKPbhWs4Fh0zBvlbgDLLh3MbXAg4M2gjA4yXAD0hewkWNtGR44Aj12HNzzPWkwfe2UVM"
    "mYwDTAfcehv83f/1vo0H+vcwvgr2v5ikPslEUp+kkNQn77YF+4XeJavatUVgArOxEYlAPu"
    "EyFXSwU1C+Gtxf9jrgdthpd++6Pq+3NrTFxTCRNOy0ehFqw10YBb3bsGQNqY035PHsMxY8"
    "RBP2Q2Yj/mJKN6bg9fStyeupbd7x7ZvTYAH/5GukIGGYtoE/iLenOMdgiFyHt0Pg8zT+bu"
    "P582z3oA7bVIiF2B3mprWM70/7uYUKVJcrUC1Ulju+F5aqnRVwniXj7zw54e/8NBrZ896A"
    "PBBvJPYVPX09fD+cZMD3w0kivvxSGF/0dWGyxanAfh+WVPt96fZ7FbHK9obVN2LFPeAilr"
    "yj4havrV4VnVJa3rzFtjQhMtGGD0gcLoGj5LZ8zPsNAywhlYiNzCn+jLJS5ff+MBUDN4Us"
    "t+Hz2p0MTiopQ/33K9EJRH6UTbQ3U+kDkvXc2l7Sx183A7dETuNZFub4LJk4PtvKGwcfMw"
    "fiEbHDJeM2GgcBfi+puAtkz03HYQ+WKx83IqaSckPWyS6Scm1mdYis5zyvQEjogC8AJhgd"
    "6iXI9A6kvALRN0BMH82ULDWpyc9BsQPmPq9bKpv8/MgMZ6wVXHekwmr12fnqo+KKyetRNQ"
    "koie+6Tmc7TJgx7MHtItupqAtXqWyn1Y+MZjut/aFIjpMANyHJicvEM5uEq7geLlM+03rq"
    "JDp64rEljt7q5yQ7euvZoc4JV4qyaaa4dIiXdsljya4Fauc/77DOSsCNg47zTNiLnjfCHR"
    "NUZ1izOc7q0OSB/QaL6NDK5Q1vJA7oCv9n9l27fxhf+H22QgMpdQaik1rFnZOhr6bZnyXu"
    "LEoDeQXiCtYVCgqr6GR5PLy4riPHXzKauRGpQlHKkil1z0FKFDik9MJAZY6DXSXDOGusMj"
    "K9Qh4oewbQv+/10gKWwRSLaI5x8SOM0czmim1YmU59/s/LIPKm5hxh2nlCVVwFMoGkjhEf"
    "6ETshtJ6GS+4SiaoFEuQlxdc/cgoL7ghV8O8YID7i9KCQcrwZbxghnOOV4ifpJwnVBYMXG"
    "2mkYTGup+iCutFFepM2Xm8/FX/2hGFuz89oKoI7rdKo6JPktGvL33CNqKkGqiJm0FIRrnT"
    "W91pD68dONNh+6JaGGd1p0OTK2S2DdlcH3bbo2zOtD4zLcNGssyoHH5PHREPvf8JtVvyYF"
    "S0bEsV4FmROy+EqH4smCJiDkAupLqit8Qx/QeNl7hfXWumVrf3eykntF5OKDVpvljzWqB2"
    "buhePCULPaFc+UBrgUL4lmyx23dKu+mIunSCu5PsK1vSU0KiKrV9S4pKjvxZZRMpm6j0Np"
    "FwRST20MpFSbaF1n7Qbu2g3wJcPx9dPNfvyjp6RetI8cj7to6gkY9PDEjsiU2s3vxVvPzb"
    "5uU320a+dykmp4pybCfow3v0IUn6sgGdlaWPTbMXMPVzNB9Lj9Qpb0J5EwdL35LVX39ZIl"
    "fsO6OV4tHyZnTFfm00tSv2sYBwhpe8hH002StQA39X1e23nwZdry0SzzK47iR7lyHKRDHt"
    "lbIbmim+5Dr3G5M8LmVErHase/2Tv2oW0WCAGLK6dBzgDnbnsR0vBPZGusTxjcZNq9e5AH"
    "NooQd83fH+mqC5f8jy9Y8vjk2bzjTujcv9fPlED0ul+fil0cQu4h7cRY/GjZip4XJPIg5f"
    "B+v2csF+9gh9TdzxAtIlnsa7AG/U+WUUokFiRXfWVEhv0P+46h6txJMAv2aYU+RIPOnk1V"
    "omuxMdlGhP3H25+jHEj6sP3hWa89EB1LTPP+0XM796XNa5vhaoA9oRsy/LnvgheU/8ENsT"
    "D1x5pdTo7qX0CloTQx5UBS1AyTBlDpc1ru97PY2z9Gw8Jq1xI+kB37aGI7+VMwp+K/MCO8"
    "P+BWBaQTZ+wCNmOfZHbLIwy9FbN18/Z4aphboSziqb9jbSJXaXGrfDwWVr1B0wVSxsMhaM"
    "5wNutUfdn5nCvLI0D7jXaf3c7X+8ABaCT0wlvOV6xP+clERXM9NGhiarDpxs5QdlXmjjlz"
    "TikNHI52rMiV1A5C27R2PoIM2BFrQlXzi6QrrJPOEkMzEkGQXREz32h6gXjJ1296bVO3p/"
    "0jyJ5M+tXv3TpPxFScAmQ+qiBGCVtZhWWEtlRyRvZPXNjlAVfuum9RVG0Qq/5cmJKdm2te"
    "s0My/6mfPjP2EhBWsc1tUZq5wnrMNSCtg4sIFMgIygBiQUoCXOiSsZzrtOiYtO4h3Am/EE"
    "dkWBDby3CcX1ZAvuDmANnqKtJ7SRfSbDjPV3/B2gW7+MzSi6YevoBYUhRS0zP1D3wjzZjF"
    "+dqAjioalpowWxX4pP/WZlON7zJE9u3W8ycdl85ExQLRgOE2LPd/Ti3frDtTbx9prML5WC"
    "ffh95kUp2JxoLp6CHal3nJyGvb7NTtOwN+tOYjZ2aGnalpQtDPbNsrjX5OzfQpW1ia67th"
    "/X+13lbR8yb/uR/ayi0fKVbKkTHD51h52rCyDixg94NGz17647Q9HGYMbOBNniyu1wcDMY"
    "8eaFTeaE8ra7Vq81/FVrf2r1P/IrXuhP02cQT/n1sgXUg+9RTKfJceGI2JsOq/sqHiO2I8"
    "jSj9PCwzFZFSAOTuV4gNgHDE6ozI/OgvVaVEGdDrWNoMPw0RkAUyJLfMi25EuGKXF+YaM9"
    "uLnt9O/8ZCmdzBcIO36+VLs17HSG2sfh4MvoE7sIbcQstqlNnunsAd+0+q2PnRuR3+bZYd"
    "w8esBfBsPPvUGLbQbPxH60CORbR681uh4Mb7TbQa/b/pXtICuHaUEsU18+4GGnN2j7T8FM"
    "UaL7z3DbGd4N+q0eE0E2AxZaoo0P1uq3O6KZD8R1wZ6pe9ce9K/u2/yZTIfNGMPV2TOxRr"
    "avtUdap3/FfyUWdpuGMHu2wehTZ3gBiLDDCmxSu89kfWKTCVNp8k1qXkhIrlhmSHXe8R3m"
    "hWAiO0eTnAu/6l/i97q0OfAqByd5WalmNkb5K5SU7JXbdXT79b50Vro3SCVkVANYG+nENt"
    "hiPl7mwzYuqOBV+S5v45uHZVtts4a20z56uGL4E6yFHQCs0onkuS8qnUilE5U1nUgOb2Dv"
    "3wHC9UpuiaIbt5NypxS9MFSfGp5tuYaZHJkNXG2mBWUh73eoeGyuoOulOX0rcdf/PTn58O"
    "H7k3cfzn84O/3++7Mf3q2NrfilNKvrsvuRG17NIEWxPTqbn0c6JH90UH3Ulz5i7zSxteRA"
    "fIKiQ1JlDsFn1/Ge60p5kOXyHIMiynWM++IePuzH5vsMTESshrN3LzVKeGkHmQGeCrQ8F7"
    "NMBS0KQnyeZYE4T14gzmMLBIU2s5BS6r8k0EthsToEzsJIn2ZB+jQZ6Xg6gg9ZPhYvKKMW"
    "4zKFSur93QnPMtfimP50N+jLQfWNeYkpbuoU/AUs09lbCKrxj4mLxboPxq5pURM7x/x+/2"
    "zsCe8UMDlC6VH2aEA9Yl/zAWIFFhd5Vmevd/0W5d2UUYzFAV6JMrGQLWdLxIVmKlHCuyiK"
    "5I1SJGVOYN9FsbdNct8vt92hKOgWaxJ57dfX3bbW6g9uWr1fL0Ck4QG3RqNhl2cgasPu3e"
    "cLEP6bl/z7dTjo9bRhp3XF5EN/NkphMzroCdkmLZy7GpQvs8fJJv31gFdZnJAH/KU17Aul"
    "szUWiyp+ba62Ns8ZZTLU1L3s5tdnVxx3/G+k5/eeonL126n3UOXSxyyXoR8WUg6UcqDecs"
    "ZOlfGcI8dhdnQcz+Ss7oBImfe+0mZ2c/szDwGw6l8O95/ftjbuv4EMdyHOYOewMkJCtfvM"
    "0EmmT+GcpHwK5yT+KRx1mCEZ/TpHox/ZJQsZ00Kql4jvQP8lszsrou4VJtn1Lcs9Swsuxk"
    "Rr6LztI5DL9Eesp0IvWERUvVxlfrnWysr3YkXE1EuV+FKVJHxxRebslyamfAYvN9NCGYbo"
    "mCfpszGaIUBcOiZfL8CzbVKKMDAxoKzZYU/hFTnx0kAAdES7V78EmBT4heJ+ZINjjAw+EK"
    "Akyifu4x4P+BmNZ4Q8AgaCyYlZ5IDxEqCvbBxrCQhGvBCLztzW40ZTxWcqG59R3yvdY0Tk"
    "NSn30vlkNeXcS4fzGyLdKw3suqxXficjIqoYnLJ4HZnKUZjOAlJ9VkjzMeGDOJivUEu07J"
    "pO9C9zuDxBznxlZEts4Ry1e794RvuVN9yygi9+0hnDlxbvTfUPo7BJfEQJssl+ou87aWG1"
    "7jb97bcGwsaC+FupcEm94qzK5yq7z1W5j6A2FmyucVzzqaVx2+lfiewoX/4B361anHXLfb"
    "vd6VyJ+q2uriNk8NKt161ujzdNoGkhI8p4vE4GFaSUmbWyct/J59MCIofzLt5VxALG6CvV"
    "fIgK2EIS8fodrK26ORSKWFuQ6cDQXExlH0vfErSOCqvQSpl1vYBLXn01ruXkHKiASB1CKo"
    "dOgbKgQzXPOGCgGhLGMXGbkokqyia+YQmckG0TSTns5HkdllJTu0B2n+dHFWNMIrJq2yjz"
    "tqGS2pIXs/pSoismI2eMISylojey6M1TUtnjNLonKFUnWA/A+8To3/gsj+sid/04n43sBE"
    "asmEaSeN5mtH5n+CXfXr8TPe2odGc4Kaiu8D4l1O1cY/s6GVvRCZ7MyAffge2M/Go6lew8"
    "+lsh3vf2nTTXzlXgyu9ew8Sas0xHTc5SjpqcxY+aJH2MNfl81UaiHCesalVghT2RKy9QnU"
    "xCBGVqMe0PzUE4iHmYEsg7WLeXCwZbMvYbUYV8AeRNR+PJy08SRjP1i1QhuWJfpCoE/Wpf"
    "rewnqfhNke5y6DQegHVtWV5Kos2SJK4CoFGgDdPhP7NgIlhQVLGaitVUrGa5WE3yHPjGeC"
    "6vTyKpwnGSDGoBk+ugnFWjY3IK3K3kZXBK7oBdu4U2ZQO21+NVC+ys9JrkRd7OYG6m5w6A"
    "rveXRmJvcl4OU6VgZwd/rynYPYbWHXIc71ljZG/wcjON6OWoa47XM+MR3QFGYGwTaOjQoR"
    "cAAtvFgEwAxADqOnEx/cbhB2kXFnLAs0lnABMwhQtAmIK9U7be/UTj0ft3YG5ilyLnW3E0"
    "NnRUd8/3kuaJ+wMLr4+yddczJ6O54ut+/ptkwKXXRyWQlzGB3C7mT4Qla+hPVMR/yOQ2Im"
    "wUUnJQTqm41Crmq6xUuwmsD5RVHAkptV4K5UqKVlf0Nrwc/l5Aok7ZLLv70jSCj9qTiZ6R"
    "nQfWqJjCVvYFpqdpAWgjUgpZCbIePlricpBmjsZl6wTxQazT4DEu5pETyyI5J3lMrk462N"
    "3XbVYI8dylHOjG5BS6EnSn5oRqNs9WcSXh5Sukm3NoyQGOikaNMk/22B+jglinmWWddvem"
    "1Tt6f9o8iYSTg5WSIljPn/JC7EkoZLcgy7+2nGvp3QioVUGyKrBxke0VzMuDalRMYSv9JG"
    "mQZcxqD4eEFK7b43UB0veloToL0gmx563NiBWDOms0KTzLypQOf4PYL9TvRFygIQmPhK43"
    "0+Ijc9FT80MM2QMknqsUC1XwcAt72PmYbSc/giP/QhNA+i0wvVKjGFLXhhZ4RMsmcAiPea"
    "DvHD/sGwuO7OE+D9j7tX7RUwdgQmfsluwOBuulE9tGOuWlT9n9bbSwoM46mdQBT9ByUWKB"
    "01BkRRJRUcGTUgZPChTNV0x6+Zl0gi0TowJcW1xQ2RdpPEQRDkKhqviHV/eSFf+g+IdqrA"
    "qKf1D8QxVwVfxDnuW2wvxDVAcSCkKipmQWYuF31vyfvJf6uKub8LHRV7Y0YmhxbF/kp78V"
    "J31vJ/WDWglDm638bVC+zMdpG1eD+1+7/QtgEHdp4gf8+b7Vvfs0uL8Ajy40nRlxH/CoNb"
    "hsDbRe9+cO0zIkY0g0TnU94Mtur8v/dwHGpmXy/z3gLx1mf4009p9+v9O7uwDPSJ9BqnFe"
    "C7NX7AH/0m0NPg36H+8+sdt8NSFh8EydGb9T9/No8JndxHyk5JH9zTzy9if297NJ9VmUik"
    "uYGnv+hAf7GYaV60spG4kyT4Xs716kgnG2EsZpNYzjpRwCC2EOoCNiCu1saKuDn8no1/fg"
    "54wNl8+/CEios4iSBFXvtGChs7RSWQXyVgeOT8kdeG8d/0NQ1cM3q9cWeHdDLtuQLSPDbn"
    "vUSJnKu3CP38ZJWulrHMKbPQno3/d62Y57Bo8IFj/sGTmWWLEtOPGgZ6ju0SZToDhO0fyE"
    "OgJlwOULURrZcDIx9StYq1PD4ZMmtkmM3cB0K8aqE1L7ZPBGCM4D80tC4EV6NNP4O8r6at"
    "TrrK0m/vZEohbggt84gIlciAwbvnk636wSfXi7Axx3PkfGMfhDXPwDeAyh1xU8zwhgt2HD"
    "IOPHKG2x8xs84D/QZIJEFTHxO/8AbEY6KNQLQAosBB0q0pDW/b9j/dmYru2AIwgcRCl7yJ"
    "Rj2gLTyNnr0PlsA/FNcL7Z/tQR7fJmGQW0mdFRCUioAJOsWFp0+mfENSannD8JuOocct5z"
    "yGK7yMnxqLB84ocKQttsDljjggpf2aeLOEL5j85HxRS26vy8OuVdCojVKe/X14HKAy5Jtu"
    "q5ygMuAbIqD3i3q4LKA95zuPN1sim38LBZOdj89GvwRCVnJ490Ml9AvATcawf/IRh92/TZ"
    "0VjBSX7IElLgFxAEBAOTxutb7v4WD/gTc5zFWU3OkAFoI5+DJRMhvLkf97DB8wxh0c7v/g"
    "wdYDPjg43mLvxToX4v8oDn7AEcMaoDHhFaiHOkpg1mpkOJvfTqb/KhxI3ZP5YbzndC7Ezn"
    "QuVUbiBmLDo0QZz/5W2K4X1tAziZ4VWUWSHKTCVG7dBAOHyUoeaAqiDDHsFNzrlJxDUoos"
    "xYxesqXrcm2CpeV/G65dWBqt5ZCXQVa66qZ1QfWcWaK9a8Ktiq6hmqekZJ0uWblameET6w"
    "kBzy2Zxo2B71CZyk2B74+cLDKhAD4lLHNBBwiGvrotYlsanDYxmBapteWAYC7w5N8IgWTN"
    "jxeyMDHKHj6TEPh8SiP3u6zwNeImhbS0AJZT9QFAcFC3dsmTqwIX4UefWgTyiYm2yCAjZH"
    "CDCgySR48MddON5ZgCnr7FrQNumSFw3lTeQZZ/twmvgl4l88OuVoDFhV77NEDm3Kx9LWqg"
    "trILnYwUaihnUOzrOUOThPrnJwHrNfN29E3D9IDIeFhN50UIw5+HnBC4i8aeieIdVnxTjE"
    "mGidzNIDU4heUkSBKERcsE5aUHGICmCrvs+2d+q7CO2tUN0aUJiye6BiMYWNqMI4ITaZjO"
    "+2yGRd4T2wUWFBPHXhNJfjFpQp5LqVLQEn5LmdZvHcTpM9t3jkwS+qI53lhFgI4gTLIigX"
    "AXrMBKuHdNp0HQx6fOR14bnLbmTy9u9vLjvDo/eRiE98Ts/5J2okMzoV7I2QQjoz0ipOoe"
    "IUKk6RM07RQrapzxqSAIV/pZkWmYCbPjst5P0Slv2tUOx7q9b9xNwFU0ZOJhthAZEa0ucn"
    "Z2cZrDDWK7nuNb8W2a3YS5UDYb97DdHdTxFmgqm01uZPd4O+HOGASJRgN3UK/gKW6VR4j5"
    "KBy8EIGV8rTI9uWr9E4W73BpcCnEDhZD7A5Wsfsvz7/wHdkLuE"
)
