from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "platform_accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(20) NOT NULL /* DOUYIN: douyin\nKUAISHOU: kuaishou\nTAOBAO_LIVE: taobao_live\nBILIBILI: bilibili\nWECHAT_CHANNELS: wechat_channels\nXIAOHONGSHU: xiaohongshu\nTIKTOK: tiktok\nTWITCH: twitch */,
    "handle" VARCHAR(100) NOT NULL,
    "external_id" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "host_id" INT NOT NULL REFERENCES "employees" ("id") ON DELETE RESTRICT,
    "partner_client_id" INT REFERENCES "partner_clients" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_platform_ac_platfor_742d2f" UNIQUE ("platform", "external_id")
);
        CREATE TABLE IF NOT EXISTS "metric_samples" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "online_viewers" INT NOT NULL,
    "followers" INT NOT NULL,
    "gift_revenue" VARCHAR(40) NOT NULL,
    "gmv" VARCHAR(40) NOT NULL,
    "orders" INT NOT NULL,
    "interactions" INT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "platform_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_metric_samp_account_4753e2" UNIQUE ("account_id", "at")
) /* One minute of an account's live numbers; (account, at) is the natural key, so a re-sent */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "platform_accounts";
        DROP TABLE IF EXISTS "metric_samples";"""


MODELS_STATE = (
    "eJztXWtzozi6/iuUv5yeOp6ubneSnpPZ2irikI63HTvHcaantz1FySDHnGCJAZHEuzv//U"
    "iAbS4CA8YOJvowlwi9gJ9Xl/fy6OXfrQXWoem87+MHA43nNibEhK1z6d8tBBbsf/gd2lIL"
    "WNbmMmsgYOqJtkzWVSVBX+8amDrEBhqhl2fAdCBt0qGj2YZFDIyY0BUwTKhLnqwjWdCW4M"
    "8L2varBIE2p1KG6dpQsoBDJDKH0syGUMIIOpKOXfpgx2t9BgZ5zx6oY40+0UAPe7i3i4w/"
    "XagS/ABpu02f8OMP2mwgHb7Qnxv8aT2qMwOaegTMR7hkd/AuqGRpeY3dObCvvK7sxaeqhk"
    "13gULdrSWZY7TuT38Ya32ACNqAQD0EKnJNM1DDqsl/W9pAbBeuX1PfNOhwBlyTqYZJ+6+w"
    "aWup6mA4Vu+Usaq2EmpbSYTQDpo0jJjKDUQcD4EFeFFNiB7InP7ZOT35y3/QBgm/G3vib/"
    "Koey2P3tFeP7FHYjpy/JE1CC51/Gt/eTcBBPi38aDfYB2o1UkC3kOEj3dYJAY6/SFlQF81"
    "bFDfjP8VxB/2hfkDe4OfOx9PPp/88uns5BfaxXvLdcvnDC30BmMP4A2gJtYeoa66iBhmEt"
    "RLigoxFpCPbFw2hq4eCL9f/U8OrIPhWwjqPY7wDCjHvRvlbizf3LLbLxznT9MDTB4r7ErH"
    "a13GWt+dxcb++ibSt974WmJ/Sv8cDhQPTeyQB9t74qbf+J8t9k7AJVhF+FkFehiTVfOqKa"
    "ppuhKqwWRQASms7KS40Hfd9M32qNljaOVkDVOgPT4DW1cTV3AHp/VNXlp0FvEWgMCDpySG"
    "JnvPwK64BTahau+aBkSEZ3hEO2QaHpbfVdW8vvkMj3R977DNG3qBTcfvvH27CcZ/fbf4Sr"
    "ab9P3c16rKwzbdgooINc6O+vjhQw47ivZKtaO8a9Ft3vtvAYhX/atB95VX9ZidmgvfTga+"
    "nSS+DtRsSNQ5cOZFYI6JCbRzoq1hi+cD/ONuOEgBei0RN1oMjUj/kUzD2Zsr0PrbzEUag1"
    "GauoZJqL/6nj3v763DWzEMoYgBs8L53Y38e1wF3f7wIm6ZsBtcxNRhOCrdjY0nzgpzgbEJ"
    "AUrZJMNyMb1MqeC+FLJa2w8L/cVw2I9Af9EbxwC/v7lQ6NLu6YF2MggM76IbwBkgqmksDK"
    "Ja1DRaGMglHPBTrZNU+cP5x3RWfzgWH5mu0ezXl3CaopIV+Eu1W+zpD9SHyFwG0+pIHKhg"
    "Bcj0l4O92cakpPK5NxA+c9185sjCCp/wYyllRyWFluum5QKRkc1weIbTOcaPHEvzIpC8+j"
    "qCJvDATKo9CHZ88++iIN3C+XbUeup+07pZ7DdYWRSGGbYX1KTTsBtEasqDdhvcTvbv1iDQ"
    "dgy8hQK6BmIrzpzODg7YNwAtx5j921uwevQ1ANJ4Vl6AuLKwTLyEpayQVw2fpCHdDn6aGg"
    "s+hn+ozQYiBXE9ipPRRjoKPcWwvB3tAQPpIPy01ltwOXaDoBfLm7oP82SHjfaoQujbQd/k"
    "78p3XfnSW/zUhC6iUX1/EBAIFlUMgjG9T+MHwOpHFlc+g7kixa81VkDxmUH3Ee164WqPkB"
    "txD11tZ4XbPddw6nXMmeSXJUItHxbbYEKSMwc21KXpUoJP0F5Klo016DjSO9ehzc9z2pMl"
    "3ulFRKiMIxmOdOtv8Hf/2/8pmejfw/1Fsn/nIHUnV5C6kxGk7nzYluz39M5Z1a5MDFIiGx"
    "uRGOQzJnOEDnYGypfD+4u+It2OlG7vrhfE9daGtncxGkgaKXI/FtpwLb2kdxuVbGBo4w15"
    "PPvMBY/gjP6Q+ZhNTO7GFL6evTX5PdXNHN++OQ0t8CdbI70gDNW2FNzE31Oc99IIug5rB1"
    "IQpwl2G9+fp7sHceimgk1In7AwzGVyf9rPI0Siul6Jak9lhfN7UanGWQFneRh/Z+mEv7OT"
    "eGbPnwFFIN5I7Ct7+nr4furkwPdTJxVfdimKL3yxDLo4ldjvo5Jiv6/dfi8yVvlmWHMzVs"
    "wDLmPJOyJv8drqFdkpoeXNLLa5hMhUGz4kcTgCR81t+YT3GwWYE1TCNjQe0FeYN1R+H9zm"
    "yMDNCJbb4HntToYHFTdC/dcrhRMw/yib197ODB/gvOfW9kIff10Gbo2cxtM8kePT9MDx6d"
    "a4cfg1CyAeEzscGbfVOgjwe6HiWtBeGI5DX6wQHzcmJki5EeukClKuTa0Oj/VcZApEhA44"
    "ARBG8FCTINccyJgC8RngDR/V4Cw1meTnsNgBuc/rlqMlPz9SwxmpJdcdrrBYfSpffUReMX"
    "09Os4AFMd3XdPZDpNmjHpwVbCdyrpwR8V2Wv3IONtp7Q/FOE4euCkkJyaTZDZ5ruL6drn4"
    "TOuhk+roea/NcfRWPyfd0VuPDnFO+KhCNu0Mlw6y0i5FLNm1QOP85wrrrITcOOA4z5hO9K"
    "IZ7oSgOMOaz3EWhyYP7DeYWANmIW94I3FAV/hf85+7g8P4wh/zFRrIqDMQH9Qi75wO/XGa"
    "/Xnyzl5pIL9AXMm6QmFhkZ2sj4eX1HXs+EtOMzcmVSpLWTOl7jlJCUOHlHZMVBY42FUzjP"
    "PmKmPDK+KB0neQBvf9flbCMkyxiHOMyx9hjDObj2zDynXq8793g8gfmguIiPIEj3EVyAWS"
    "OEZ8oBOxm5DWbnHBFZngqKIEReOCqx8ZjwtugqvRuGAo9hcPC4ZDhrvFBXOcc7yE7CTlIq"
    "WyYOhqOytIqK/7iVBhs0KFGlV2ES9/1b9xgcLqTw+IKoL7rdIowifp6Dc3fEI3orQaqKmb"
    "QURGuNNb3Wkfrwqc6ah9cVwY53WnI4MrYraN6Fgf9brjfM60NjdM3YY8ZlQBv6eJiEfmf0"
    "rtliIYlS3bcgzwrII7O0LUvCiYCMQcILiQ6YreYscIXjRZ4n51rZ1Z3T7oJZzQZjmhxCDF"
    "cs1rgca5oXvxlEz4BAvxgdYCpfCt2WK3b0q74Xh16bzYHWdf2UJPiYgKavsWikoB/qywiY"
    "RNVHubyHNFOPbQykVJt4XWflC1dtCPUKyf3d17rz+EdfSK1pGII+/bOgJ6sXhiSGJP0cTj"
    "G78iLv+24/KbbaPYXErIiaIc2wP00T36kEH6ugGdN0qfGGY7ROoXcDHlHqkT3oTwJg5G3+"
    "LVX9+NyJX4zuhRxdGKMroSvzZO7Up8LCDK8OKXsI+TvUI18Kuqbr/9NOh6beF4luF1J927"
    "jIRMRKT9qOyGdoYvueZ+I1zEpYyJNS7q3nzyV8MyGhQQnVeXjgGsIHeR2PEiYG+ka5zfaN"
    "3IfeVcWgATTtCV4v81g4vgkOXrH1+cGjaZq8wb5/v5/IEelcry8WujiSryHsxFj+eNqKnh"
    "Mk8iCZ+CNHtp0Z89hi+pO15IusbDuArwxsrv40gYJFF0Zx0K6Q8HX1bd45V4UuBXdeMBOh"
    "xPOn215slWooMa7YnVl6ufAvS4+uBdqTEfv4EY9sWHvTUPqsflHetrgSagHTP78uyJn9L3"
    "xE+JPfHAlVdqje5eSq/AdWDIh6qkBci5TZ3TZa2r+35fZVF6ej8qrTIjaYJu5dE4aGURha"
    "CVeoHKaHAuUa1AG03QmFqOgzEdLNRy9NfN1+fMULUQlxOzyqe9jXSN3aXW7Wh4IY97Q6oK"
    "y8ZTL+I5QXJ33PuNKswvSzNBfUX+rTf4ci6ZEDxRlbCWqzH7c1YTXc0NG+oqrzpwupUflt"
    "nRxq9pxiGnkc/UWBC7kMhbdo+mwIGqA0xgc75wdAk1g3rCaWZiRDIOoi/6PrhFs2BUur0b"
    "uf/uY6fdifHnVlP/JI2/yEnY5KAucgAWrMWswlqCHZG+kTWXHSEq/DZN6yuM4hV+68OJqd"
    "m2VTXNzM9+Fvz4T1RIwJqEdXXGquAJ66iUADYJbIgJkBPUkIQAtMacuJrhXDUlLj6IK4A3"
    "5wnsIwU2NG9TiuvxFtwKYA2fom0mtLF9JseIDXb8CtBtHmMzjm7UOtqhMKRXyyxI1O3Ik8"
    "351YkjQTwyNG1oYXtXfJo3KqP5nic+uXW/ZOK6+ci5oLIoDjNsLyqaeLfB7eRNvr0pqAkO"
    "9uE3mp042CzSXJ6DHSt4nM7DXj+mUh72ZuFJpWNH1qZtrGzPYt+si3tlZ/+IlNbGmubaQW"
    "LvD0HcPiRx+5H+rLLp8pVsrRkO172RcnkueYnjCRqP5MHdlTLy2ijMyJlB27tyOxreDMes"
    "2bLxAhPWdif35dF3tXstD76wK37uT9XmAD2w63XLqIfnUUKn6YnhmNibzqsHKp5CuiPw+M"
    "dZ+eGErMgQh4dyMkMcAAZmhOdI58F6LSqgzobahsCh+GgUgAfMYz7kW/I5t6kxwbDVHd7c"
    "KoO7gC2l4YUFkRMQprrySFFG6pfR8Nv4ml4ENqQW24ONn8l8gm7kgfxFufEIbr4dxsyjCf"
    "o2HH3tD2W6GTxj+9HEgG0dfXl8NRzdqLfDfq/7ne4gK4/JwqahLSdopPSH3eAtqCmKteAd"
    "bpXR3XAg96kItCmwwPTa2M3kQVfxmtmNmC7oO/XuusPB5X2XvZPh0BGjuxp9J9pI97XuWF"
    "UGl+xXIs9uUyGi7zYcXyujcwl7dliJTap6KusTHUyIcNk3mcSQiFw5asjxzPEKiSEI8w7S"
    "pJPhV/1rPK9rS4IXJJz0ZeU46Rj1L1FSsylXdXr79T51VrsZJBgZxwGsDTVs63Qxny6LYZ"
    "sUFPAKwsvb+Ohh3VbbvLntrK8eriL8KdZCBQALPhGf/CL4RIJPVFc+ER/e0N5fAcLNYrfE"
    "0U3aSYU5RTum6jPTs7KrG+mZ2dDVdlZSFrB+h8rHFkq6XhgPbyXv+j+dzqdPnzsfPp39cn"
    "ry+fPpLx/WxlbyUpbVddH7wgyvdjhEsT07WzyOdMj40UH10dzwEZ3T2FbTE/Epio5I1TkF"
    "n1/Hey4s5UNWyHMMiwjXMemL+/jQH1vsOzAxsQaO3r0UKWG1HXgGeCbQfDJmnSpalIT4LM"
    "8CcZa+QJwlFggCbGohZRSASQkvRcWakDiLIn2SB+mTdKSTdIQAsmJRvLCMWIzrlCpp9ocn"
    "fMtcTWL6j7vhgA9qYMxzTHFDI9J/JNNw9paCav1t5iJv3ZemrmESAznv2fP+3toT3hlgMo"
    "Sys+zxhHrMvmY3SFRYtIqszn7v5i3K1dRRTOQBXilkYkKbHy3xLrQzAyWsiwiRvNEQSZ0J"
    "7FVUe9uQ+36/7Y28im6JJo/XfnXV66ryYHgj97+fS7GGCZLH41GPMRDVUe/u67kU/ZvV/P"
    "s+Gvb76kiRL6l85M9WLWxGBz5B2yCluath+Tp7nHTQXw1ZmcUZnqBv8mjgKZ2uscgr49dl"
    "ausyziiVIYbms5tfP7riuNP/g1px7yku17ydeg9lLgPMChn6USHhQAkH6i0zdo4ZzwV0HG"
    "pHJ/FMZ3WHROq899WW2c3szyIBgFX/erj/7LGNcf91qLuWdwa7gJUREWrcd4Y6ub6F08n4"
    "Fk4n+S0ccZghHf0mZ6Mf6SUT6g+lVM8Rr0D/NbM7j0TdK0zy65vHPctKLiZEG+i87SORS/"
    "WHzadSEywmKiZXnSfXWlnFJlZMTEyq1ElVk/TFJV7QX5pK+QxfbmelMnSvYxHSZ2s8hxJ2"
    "yRS/nEvPtkEIRJKBJEKbHfoWfpETnwYiAcdr9+uXSAaRgkpxv9KbIwR1diOJ4Hg8cR/PmK"
    "BnOJ1j/ChREAwWmIWONF1K8IXex1xKGEFWiEWjbuv7VlvkZ442PyM+WLrHjMhrhtxr55M1"
    "NOZeO5zfUND9qIFdl/Uq7mTEREUEpy5eR65yFIZjAaLNS2k+IXwQB/MVaonWXdOp/mUBly"
    "ccM18Z2RxbuEDx3m++0X7p3255hBM/7YzhrsV7M/3DOGwcH5GDbLqfGPhOalSt1dLffrQg"
    "0i0cbKWeS+oXZxU+V919rqP7CmrLomON4VpMLa1bZXDpsaMC+Qm6W7U465b7bldRLr36ra"
    "6mQaiz0q1Xcq/PmmbAMKEej3i8DoMKEELNWl657/TzaSGRw3kXH47EAkbwhagBRCVsIY54"
    "8w7WHrs5FMlYm4DqQFddRHhfS9+StI4Li9RKnXVtgSWrvprUcjoHKiTShJTKoSlQJnCI6h"
    "sHFFSdE3FM3aZ4oiJkk9ywPJygbWNOOez0cR2VEkO7BLvP96PKRUxismLbqPO2IUht6YtZ"
    "c0Oiq0hGwRxDVEpkb3jZm6e0ssdZ4Z6wVJNgPUDcJxH+TY7ypC4K148LopFK6I5HppG0OG"
    "87Xr8zOsm31++ETxWV7oySgpoK71NK3c41tq/D2IoP8PSIfHgObI/Ir4ZTzc6jv5XA+96+"
    "k+bahQpcBd0bSKw5zXXU5DTjqMlp8qhJ2tdY089XbSTqccKqUQVW6Bu5/ALV6UGIsEwjhv"
    "2hYxAOpB4mB3IFafbSorClY78RFciXQN5wVEZefuJENDO/SBWRK/dFqlLQr/bVo/0kFXso"
    "1FwGncoSsK7N46Wk2ixp4iIBGgdaNxz2M0sSwcKiIqopopoiqlmvqCZ+Dn1jvJDXx5EU6T"
    "gOg9qDyXVgwarRCTkB7tbgZXhIVhBduwU2oTfsru93XGDnDa9xJvL2COZmeFYAdLO/NJKY"
    "yUVjmIKCnR/8vVKwbyB9Ke0OLCwPk0S0N3K9nRXqXXg9VcfrmvOU7hBBaWEgl0AJzySAJK"
    "Bp2EXkvxyJqZG+7GIKbedX6V1woS0B8pNk+IdpESCuDUzpES7bkoMlINnwZydY2CIndff0"
    "nAnyf21wrNeRECZz+kj6BJ320rBtQ42ww730+Ta0TKDRTgZxpCdgujD1CO+PVvAaHoqCX1"
    "6jPGM7Ixhe78/SCC8y6U7k8iIxMg0E1ScDPtM1ooi9mxBsUlK/ujry2DRxQWgjMgJVDqoP"
    "xoyoNssHuZwA7iXUjAUw+eDGRePrky/7PrjHEWKdAeSl0u3dyP13H0/anVjANlyLIIb14q"
    "koxL6EQHYLsux7hsXW3LWAWBU4qwK9L7T9kjRFUI2LCWy5H/3ybPaiX1ILCwlct0fEQq7R"
    "rsEwE5AZthfy5o5HBnXeeE10lNWJcBbXAScEwVFTehTCCjqrwU/eywnw1UPYveELXRoRMB"
    "m2O/npb8VJ3xsXLayVJCFt+wHvsHydCSOty+H9997gXNKxuzTQBH29l3t318P7c+nRBYYz"
    "x+4EjeXhhTxU+73fFKplgKcAqyzUNUEXvX6P/XMuTQ3TYP9M0DeF2l9jlf5rMFD6d+fSM9"
    "TmgKgsroXoFJug33vy8Ho4+HJ3TR/zYgBM4Xlw5uxJva/j4Vf6EOOR4Ef6N/XIu9f072eD"
    "aPN4KC4Pl676IlX0Z+hmoVpgG4k6D4WSZMWPuciKHzPIih85ZMXQQlgA6JiYQDsf2oLakI"
    "5+c6kNc3q7Yv5FSEI4FxynzfIT4qXoIlxZwWnY6sGxMVmB+6YEtQ6PcBTn9dtCszfitI3o"
    "QjLqdcetjLFchYP8Ntgi3HkcwZu+iTS47/fzURpCKfDyfIZ44r0hI3yvZAYZUsjmLU4MIb"
    "jSzvxg6qaPOKB2TFtNOyMo8ARtJ5hneT2SkEgDvZHO6Wke7/r0NOMbA6eJEm1WoW9PB90b"
    "iO5+fD2MCHdDTz8HGBI5/EHA18kvVnbkL2G5HjIy/tf/A7rphWw="
)
