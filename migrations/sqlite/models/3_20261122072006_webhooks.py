from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "domain_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "subject_type" VARCHAR(20) NOT NULL,
    "subject_id" INT NOT NULL,
    "employee_id" INT,
    "occurred_at" TIMESTAMP NOT NULL,
    "dispatched_at" TIMESTAMP
) /* The outbox: written in the same transaction as the change it reports; fanned out to */;
CREATE INDEX IF NOT EXISTS "idx_domain_even_name_86ea60" ON "domain_events" ("name");
CREATE INDEX IF NOT EXISTS "idx_domain_even_dispatc_2c168b" ON "domain_events" ("dispatched_at");
        CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "events" JSON NOT NULL,
    "document" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "is_active" INT NOT NULL,
    "consecutive_failures" INT NOT NULL,
    "disabled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "owner_client_id" INT REFERENCES "partner_clients" ("id") ON DELETE CASCADE,
    "owner_user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nSENDING: sending\nSUCCEEDED: succeeded\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "claimed_until" TIMESTAMP,
    "payload" TEXT,
    "last_status_code" INT,
    "last_error" TEXT,
    "delivered_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE,
    "event_id" BIGINT NOT NULL REFERENCES "domain_events" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_del_endpoin_a67239" UNIQUE ("endpoint_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5365ad" ON "webhook_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_next_at_c6b905" ON "webhook_deliveries" ("next_attempt_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "domain_events";
        DROP TABLE IF EXISTS "webhook_deliveries";
        DROP TABLE IF EXISTS "webhook_endpoints";"""


MODELS_STATE = (
    "eJztXWtz27YS/SscfUrnqplEsZ1et9MZWqYTNbLkKytNH+5wKBK2eE0BLB92dNv+9wuAD/"
    "EB0KRMSSSNL20MYinyLB67ZxfLv3orZADLfT1GdyacLx3keRbonUp/9aC2Iv9gd+hLPc22"
    "N5dJg6ctqGjPIl1VL+xLr2kL13M03cOXbzXLBbjJAK7umLZnIkiELjTTAoZEZV3JBo4Evl"
    "3htu8loOlLLGVavgMkW3M9yVsC6dYBQEIQuJKBfPzDLm191EzvNflBA+n4F014t4N7+9D8"
    "0weqh+4AbnfwL/z+B242oQG+4tcN/7Tv1VsTWEYKzHuwJnegF1RvbdPG4VJzLmhX8uALVU"
    "eWv4KJ7vbaWyIY98cvRlrvAASO5gEjASr0LStUQ9QUPC1u8BwfxI9pbBoMcKv5FlENkQ4e"
    "YdPWU9XJdK5eK3NV7eXUFkkk0A6bdASJyk3ouRSBlfZVtQC885b4z8Hx0T/BD22QCLqRX/"
    "xZng0/yrNXuNc35CcRHjnByJqElwbBtX/oTTRPC25Dod9gHarVzQM+gh4b76RIBnT8ItuA"
    "HjVsUN+M/wjiN7vC/I48wbeDt0fvj757d3L0He5CnzJueV+ghdFkTgHeAGoh/R4Yqg8908"
    "qDeo5R8cwVYCOblc2ga4TCr6N/lMA6HL6VoN7hCC+Acj66VK7n8uUVuf3Kdf+0KGDyXCFX"
    "BrR1nWl9dZIZ+/FNpC+j+UeJ/Cn9Np0oFE3kencO/cVNv/lvPfJMmu8hFaJHVTOSmETNUV"
    "Na03glVMPJoGpeZWXnxYW+m6Zvskfd3idWTtKw0PT7R80x1NwVNEC8vvlLq8Eq26JB7Y4q"
    "iaBJnjO0K640x8NqH1omgB7L8Eh3KDQ87KCrqtO+5QwPvr6fsc2bRoVNJ+j89HYTjv/mbv"
    "G1bDf8/TzQqsrClm9BpYQ6Z0e9ffOmhB2Fe3HtKHotvc3T/1eAOOpfD7oHXtUzdmopfAcF"
    "+A7y+LpAd4CnLjV3WQXmjJhAuyTaOrJZPsBP19MJB+hYImu0mLon/S1ZprszV6D3w60PdQ"
    "KjtPBNy8P+6mvyez/29m/FEIRSBkyE86tL+ZesCobj6VnWMiE3OMuow3RVvBubD4wV5gwh"
    "C2iQs0km5TJ6WWDBXSkkWtv3C/3ZdDpOQX82mmcA/3x5puClneoBdzI9kNxFN4ATQFTLXJ"
    "meamPTaGVC32OAz7VOuPL784/xrH7TFh8Zr9Hk7bdwmtKSNfhLjVvs8QsaU2itw2nVEgcq"
    "XAEK/eVwb3aQt6XymTcQPnPTfObUwgoe0P1Wyk5LCi03TcsVmJHNcHgEiyVC9wxL8yyUvP"
    "g0A5ZGwcyrPSQ7vgR3UaBho3I7ajN1v2mNFvtnckgJbtKEZPIssaIZYF9qcD1H5L907o3w"
    "Y2hQZxksIeLKyrbQGmy1oR6UCeAh3Q9fTc3waMkXdchAxCBGXRjE2S1yqGJICAr3AKF0yK"
    "TEegsvZ24Q9iIhQP9ume+w0R5WCH46EFivQ/l6KJ/TeazmdJEmqINB4AFtVccgmOP7dH4A"
    "RC9ZXfkE5poUH2usguIL+eMZ7nrm6/eASR4nrvaLmGPq5Sxox5Lxalny8CZO3HQiJLlLzQ"
    "GGtFhL4AE4a8l2kA5cV3rlu7j5cYl7khgyvgg9LONKpitdBXvV9X/G3+Rj1ju4v4hbP5tv"
    "HZTiWwcFfOvgzVNxa6p3xqp2YSGN46RvRDKQ3xKZFvqKBSifTz+fjRXpaqYMR9ejkKKKbU"
    "Z6Mc2JzBR5nPHSfdvY0lFLS3bQS39Bxvsuw5ozcItfZDknE5O5MSWvF29NQU91M8ef3pym"
    "tvYnWSMpn4C1LYU3CfYU97U0A75L2jUppBzC3SZwTfHu4bl4U0EWwL+wMq11fn/azU+ImG"
    "uzYq5UZZVDVWmpzlkBJ2WS1074uWsnR9kgVTADqkC8kdhVIPBw+L4blMD33YCLL7mUxhd8"
    "tU28OG2x36clxX7fuP1eBF/KzbDuBl+IB7yNJe8KCv7Q6hWBFqHlzSx2mLl9XBs+IbG/XI"
    "SG2/I57zcNMINUQg4w7+AnUJYq/xzepmXgFpDljvYYu5PJQcVkqP85EJ2A2KeyaHu/kD5A"
    "ZY9g7SQT+rDJpA1yGo/LMMfHfOL4+EneOPmYFRDPiO0vr7TX2wvwO8kqtYGzMl0XP1il1N"
    "KMmMgvTVkndeSXOtjqoAm8VaZASmiPEwAiCPY1CUrNgYIpkJ0BdPioJmOpKczjTYrtMY03"
    "bmltHu89NpyhuuW6wxQWq0/tq4+IK/LXo3YSUAzfNU5n20+YMe3B1ZHttK0L16psp+gls9"
    "lOsT+UyXGi4HKSnIhMPrOJuorx7UrlM8VDh+vo0cdmOHrR6/AdvXh0iCOvraJs+gUuHSBV"
    "SqpYsrFA5/znGkuGJNw4zXUfEZ7oVSPcOUFxHLOc4yzO/+3Zb7CQrlmVvOGNxB5d4f8tvx"
    "1O9uMLvy13Zr7gyHx2UIu4Mx/6dpr9ZeLOtMpNUOtsyxI5SWERnWyOh5fXdeb4S0kzNyO1"
    "VZSyYUrdcZASJA4pPTNQWeFgV8MwLhurzAyvlAeKn0GafB6PiwKWyRSLbI7x9kcYs5nNLd"
    "uwuAcYk8vBv54HUTA0VwB6ygNo4ypQCiRxInZPJ2I3lNbzeMEomaBVLEFVXjB6ySwvuCFX"
    "07xggvvL0oJJyvB5vGCJc47ngJykXHGK5CWu9otIQiPuJ6jCblGFOlZ2FS8/6t85orD+0w"
    "OiIN5uCw4K+oSPfnfpE7wR8cp5cjeDlIxwp590pwO8anCm0/ZFuzAu606nBlfKbJvhsT4b"
    "DeflnGl9aVqGA1iZURX8ni4inpr/nNotVTDatmxLG+CJyJ1nQtQ9FkwQMXsgFwpd0Svkmu"
    "GD5qu1R9f6hYXaw17CCe2WE+qZXrVYcyzQOTd0J56SBR5ApXygWGArfBu22O06pd10aV06"
    "yt0x9pUn0lNSoiK1/YkUlQr5s8ImEjZR420i6oow7KHIReHbQrEfVK8d9HuC6yd3p8/1h7"
    "CODmgdCR5519aRZlTjExMSO2IT2zd+BS//snn5zbZRbS7l5ERRjqcJ+vQevU+SvmlAl2Xp"
    "c8PsGUz9CqwWzCN1wpsQ3sTe0rdY9defl8iV+2Rmq3i0qhldubfNpnblPhaQzvBil7DPJn"
    "slauDXVd3+6dOg8drC8CyT6w7fu0xRJoJpb5Xd0C/wJePcb4iquJQZsc6x7t1P/upYRAMD"
    "YrDq0hGAFeivcjteCuyNdIPjG71LeaycSivNAjfwQgn+ugWr8JDl4Y8vLkzHW6rEG2f7+e"
    "yBnpYq8vEbo4k64h7ERc/GjbCp4RNPIg+fAnVnbePXnoOv3B0vId3gYVwHeHPll3mKBskV"
    "3YmpkPF08iHqnq3Ew4FfNcw74DI8af5qzZKtRQcN2hPrL1e/0OC9quk68lm8RYkxn72BGP"
    "bVh729DKvHlR3rsUAX0M6YfWX2xHf8PfFdbk/cc+WVRqO7k9IrICaGAqi2tAAZt2lyuKx3"
    "8Xk8VglLj++HpVViJN3AK3k2D1sJoxC2Yi9QmU1OJawV4MAbOMeW42SOBwu2HIN18/A5M1"
    "gtns/grMppbyPdYHepdzWbnsnz0RSrwnbQgjKeN1Aezkc/Y4UFZWlu4FiRfx5NPpxKFtAe"
    "sEpIy8Wc/HnbEF0tTQcYKqs6MN/KT8o808ZvaMShpJFP1FgRu4TIS3aPFpoLVFezNIfxha"
    "NzoJvYE+aZiSnJLIiB6OvwFt2CURmOLuXxq7eD/iCTPxdN/SNe/iIjYFMidZEBsMhaLCqs"
    "JbIj+BtZd7MjRIXfrmk9wihb4bc5OTEN27bqTjMLop8VP/6TFhKw5mGNzlhVPGGdlhLA5o"
    "FNZAKUBDUhIQBtcE5cw3CuOyUuO4hrgLfkCeyWApuYt5zieqwFtwZYk6douwltZp8pMWLD"
    "Hb8GdLuXsZlFN20dPaMwJK1lFgbqnpknW/KrEy1BPDU0HWAj57n4dG9UpuM9D+zk1t0mEz"
    "fNRxbZxF3JJiac6fbZxJnSvfyM4vhnas0o3kwhbmJxapY9lV9Mbc/NDN9pnvHvqSLRSNd9"
    "JwxR/SFSkPeZgnyPX2vbwG8k2+hY/cfRTDk/lWgI9AbOZ/Lk+kKZ0TYMM3RvgUOvXM2ml9"
    "M5abYdtEIeabuWx/LsV3X4UZ58IFeCKJaqLzV4R643LTacnEc5nfJDnBmxFx0hDlW8AHhH"
    "YGXSFkU6c7Ii1pkcyvlYZwiYduuxXMIyWMeiAupiqB2guRgfHQNwh1gx/HJLPuM2DU6V6w"
    "2nl1fK5DrM+9HRygbQDVN/hvJMUWbqh9n0y/wjvqg5AFtsdw569JY38FKeyB+US5qqFdhh"
    "xDy6gV+ms0/jqYw3g0fk3FtII1vHWJ5fTGeX6tV0PBr+incQbGziNWCl2sgy9fUNnCnj6T"
    "B8CmyKIj18hitldj2dyGMsAhwMrGbRNnIzeTJUaDO5EdEFfqbR9XA6Of88JM9kunjEGL6O"
    "nwk34n1tOFeVyTl5S0jtNhVA/GzT+UdldiohaodtsUnVn5T5gAcT9Jh5JIUpDim57ZIc2j"
    "PHa0xxgIh1JISf1h31b/C8bmw6t0gn4S8r7UwsaH6xjYZNuboDtYf7aFfjZpDILWgHsA7Q"
    "kWPgxXyxroZtXlDAK1I3Xsbn+5q22paN0hZ9vy9i+DnWQg0Ai8wYdhqHyIwRmTFNzYxhw5"
    "vY+2tAuFt5Gll083ZS5eyYZ4bqC8Ozsm+Y/Mhs4mq/KCirkX77isdWCrqemXcvJe7678Hg"
    "3bv3gzfvTr47Pnr//vi7N7Gxlb9UZHWdjT4Qw6ufpCiejs5W55H2yR/tVR/dpY/wnEaOyg"
    "/EcxSdkmpyCL68jndcIimArJLnmBQRrmPeFw/wwS9b7YsmGbEOjt6dlNsgVQpYBngh0Oxk"
    "zCbVZtgS4pMyC8QJf4E4yS0QnuZgC6mglAmHXkqLdSFwlkb6qAzSR3yk8+kIIWTVWLykjF"
    "iMmxQq6fYnFALLXM1j+tP1dMIGNTTmGaa4qXvS35JlujsLQfV+uPUhXfelhW9angnd1+T3"
    "fuztCO8CMAlCxVH2bEA9Y1+TG+RqBdpVVuegd/cW5XoqAubiAAeiTCzgsNkSeqFfSJSQLo"
    "IieaEUSZMT2OuoW7ZJ7vvlajSjtclyTTSv/eJiNFTlyfRSHv96KmUabqA8n89GJANRnY2u"
    "P51K6b9J9bpfZ9PxWJ0p8jmWT/3Za4TN6IIH4Jje1rmrSfkme5x40F9MScHAW3QDv8izCV"
    "U6XmMhLUg3JGobkpxRLOOZepDdfHh2xfUX/wV6de8pK9e9nXoHBRtDzCoZ+mkh4UAJB+ol"
    "Z+y0Gc8VcF1sR+fx5Gd1J0SavPc1NrOb2J9VCICofzPcf/KznXH/DWD4Nj2DXcHKSAl17o"
    "s5g1JfdRkUfNVlkP+qizjMwEe/y9Hoe3zJAsbdVqpniNeg/4bZnS1Rd4RJeX2zcs+Kgos5"
    "0Q46b7sI5GL9IethqwmWERWTq8mTK1ZWtYmVEROTijupGhK+OEcr/KbclM/k5X5RKMOgHa"
    "skffbmSyAh31ugr6fSo2N6HoCSCSUPN7v4KYIiJ0EaiKS5tD2oXyKZnhTWPPse3xxCYJAb"
    "SR7K8om7+I0b+AgWS4TuJQyCSYhZ4EqLtQS+4vtYawlBQAqx6Nhtfd3ri/hMa+Mz4tObO4"
    "yIHJJyb5xP1lHOvXE4vyDSvdXAxmW9qjsZGVHB4DTF6yhVjsJ0bc3Tl1tpPie8FwfzALVE"
    "m65prn9ZweVJcuaRkc2whSsU7/0SGO3nwe3WLZz4vDOGzy3eW+gfZmFj+IgMZPl+Yug7qW"
    "m11pv+9nsPQMNG4VZKXdKgOKvwuZruc7Xue549G481gms1tfSulMk5zY4K5W/gddTixi2f"
    "h0NFOaf1W31dB8AgpVsv5NGYNN1qpgWMLONxmAwqzfOwWcsq980/n5YQ2Z938aYlFjAEXz"
    "01hGgLW4gh3r2DtW03h1IRa0vDOjBUH3qs734/EbTOCovQSpN1bWtrUn01r2V+DlRCpAsh"
    "lX2nQFma66mBcYBBNRiMI3ebYokKyia/YVGcgOMgRjls/rhOS4mhvUV2X+BHbceYZGTFtt"
    "HkbUMktfEXs+5SohGTUTHGkJYS0RtW9OaBV/a4iO5JSnUJ1j3wPjn6Nz/K87qoXD8uZCOV"
    "xB1bphEez9vP1u9MT/Kn63eCh5pKd6aTgroK7wOnbmeM7WEytrIDnM/IJ+fA04x8NJwadh"
    "79pRDvO/tOmu9UKnAVdu9gYs1xqaMmxwVHTY7zR0143xXln6/aSDTjhFWnCqzgJ/LZBar5"
    "JERSphPDft8chAuwh8mAXIG6s7YxbHzsN6IC+S2QN12VJC8/MBjNwi9SpeS2+yLVVtBH+2"
    "prP0lFfhToPoFOJQFY32HlpXBtFp64CIBmgTZMl7zmlolgSVHBagpWU7CazWI10WPiG+OV"
    "vD6GpAjHMTKoKUy+CypWjc7JCXCfJC+TQ7IGdu1Kczx8w2F8v3aBXZZeY0zkpxnMzfCsAe"
    "huf2kkN5OrcpgiBbs8+DtNwZYx9PqyxyoxGlzpF9YY3fQRnG6bdpx+AaeLp49bsZ5+QqQT"
    "VEv2WP5xqWP5xwXH8o9zWc12pXLNYfcOovu2FHP+toA5f8so0oSgx7SY+NR5QmT/3PlhHP"
    "raWPKD1pv45/95SCLG"
)
