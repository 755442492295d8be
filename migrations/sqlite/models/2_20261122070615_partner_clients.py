from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "rate_buckets" (
    "key" VARCHAR(120) NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A token bucket shared by every process (used when the event bus is PostgreSQL). */;
        ALTER TABLE "partner_clients" ADD "revoked_at" TIMESTAMP;
        ALTER TABLE "partner_clients" ADD "rate_limit_per_minute" INT NOT NULL DEFAULT 20000;
        ALTER TABLE "partner_clients" ADD "secret_rotated_at" TIMESTAMP;
        CREATE TABLE "partner_client_teams" (
    "partner_clients_id" INT NOT NULL REFERENCES "partner_clients" ("id") ON DELETE CASCADE,
    "team_id" INT NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "partner_client_teams";
        ALTER TABLE "partner_clients" DROP COLUMN "revoked_at";
        ALTER TABLE "partner_clients" DROP COLUMN "rate_limit_per_minute";
        ALTER TABLE "partner_clients" DROP COLUMN "secret_rotated_at";
        DROP TABLE IF EXISTS "rate_buckets";"""


MODELS_STATE = (
    "eJztXWtzo0YW/SuUPk1qHZdHfsysN5UqLOMZZWThxUwms3GKQtCSWKNG4WGPN5n/vt3NQ9"
    "A0GGQkIdxfknF3Xx7n9uM+Dld/9RaOCWzvcOTMLKjOXcf3bdA7F/7qQX2B/8EecCD09OVy"
    "1Y0bfH1CRHs2Hqr50VjSp08839UNH3VPddsDqMkEnuFaS99yIBa60i0bmAKR9YQlcAXw4w"
    "K1/UsAujFHUpYduEBY6p4v+HMgTF0ABAcCTzCdAN3YI62PuuUf4huajoHuaMHZBq4dQOvP"
    "AGi+MwOo3UV3+P0P1GxBE3xDrxv9ubzXphawzQyY9+AJX4F0aP7TkjQO5rp7RYbiB59ohm"
    "MHC5gavnzy5w5MxqMXw60zAIGr+8BMgQoD247UEDeFT4safDcAyWOaqwYTTPXAxqrB0uEj"
    "rNp6mjaWVe1WUjWtl1NbLJFCO2oyHIhVbkHfIwgs9G+aDeDMn6M/+6cn38MbrZAIh+E7/i"
    "oqg4+i8gaN+gHf0kEzJ5xZ46irH/Z9JxfRfT28DIF+hXWkVi8P+BD6bLzTIhTo6EXWAT1u"
    "WKG+mv8xxEebwnyGn+DH/tuTdyfvj89O3qMh5CmTlnclWhiOVQLwClDbMe6BqQXQt+w8qJ"
    "cIFd9aADaytCyFrhkJH8b/qIB1NH1rQb3BGV4CpTq8lm5V8foGX37heX/aBDBRlXBPn7Q+"
    "Ua1vzqi5n1xE+DJUPwr4T+E/8lgiaDqeP3PJHVfj1P/08DPpge9o0HnUdDONSdwcN2U1jX"
    "ZCLVoMmu7XVnZenOu7bfrGZ9T0PrVz4oaJbtw/6q6p5XqcvlM0Nt+16C/oFh3qM6IkjCZ+"
    "zsiuuNFdH6l9YFsA+izDIzug1PBYhkM1g4ytZngU6/sFx7xl1jh0wsHPHzfR/G/vEd/IcV"
    "N8noda1VjYFltQGaHO2VFvj44q2FFoVKEdRfqyxzz5fw2I4/HNoLvjXZ2yUyvh2y/Bt5/H"
    "1wOGC3xtrnvzOjBTYhztimgbzpLlA/xyK48LgE4kaKPFMnzhb8G2vI25Ar2fpgE0MIzCJL"
    "BsH/mrh/h+P/e2b8VghDIGTIzzm2vxN1oFg5F8QVsm+AIXlDosT0OnsfXA2GEuHMcGOiw4"
    "JNNylF4mSHBTCon39u1CfyHLowz0F0OVAvzz9YWEtnaiBzTI8kH6FF0BjgHRbGth+doSmU"
    "YLCwY+A/xC66RQfnv+MVrVR/viI6M9Gr/9Gk5TVrIBf6l1mz16QVOG9lO0rPbEgYp2gFJ/"
    "OTqbXcdfU/nMC3CfuW0+c2ZjBQ/O/VrKzkpyLbdNy9uLjKQibhbEU2KOHp9hrF7r8El18H"
    "/JjBoiuHVosI7hKGgiLZa28wTWOiZ26t9+jxdL3Lq6P3k1jYoOpV/UBTbZPeMhjHDQ1HGJ"
    "YnBiBY0AkXQUH0j0FnVTF4hG4cRWMJvnB6y0hxSCng6ENtlAvB2Il2R2ajldZMOu4STwgb"
    "5oYhKo6DqdnwDxS9ZXPoa5IcUnGquh+NKoqIKGXgTGPWCGRFO9B2XxUGK7T8jAillYUfDR"
    "0YSdTywkeHPdBaYweRLAA3CfhKXrGMDzhDeBh5of52gkzoyiTugjGU+wPOEm3IFv/z36IZ"
    "+J3cD1eTb2xVHEfqUoYr8kitg/ei4bS/TO2NWubEcvcD1XIhTkUyyzhx5QCcqX8ueLkSTc"
    "KNJgeDuMAi+JJUQ6s56+IokjyvcMluaa7kdWsoO+JzdJG0nWKWCKXmSu4oXJPJjS/eVHUz"
    "hSW63x5w8nean/ifdI4iUjbQvRRcIzxTsUFBB4uF0XIkc6Om1ChwudHr6HDhXHBugOC8t+"
    "yp9Pm7kFzyS2K5NIVFY7AZOV6pwVcFaFknVWzMg6O6FTL+EKqAPxSmJT6a3d4Xvcr4Dvcb"
    "8QX9yVxRd8W1poc1rjvM9K8vO+dec9TylUW2HdTSlgD3gdS97jgeVdq5enD7iWV6vYZTLW"
    "Cm34lMT2Muwtt+Vz3m8WYEZQyXGBNYOfQNVQ+efoMnsGbkmw3NUfE3cyPamYEervOwonOO"
    "xvjUj7QWn4wKn6YdFG+L27pUi2yGk8rRI5Pi0OHJ8+GzdOP2YNxCmx7bEle72tAL8RruQS"
    "uAvL89CD1SJMUmKcNZmxTppgTbrI6iC01DpLICO0xQUAHQi2tQgqrYGSJUCvADJ9NIux1Z"
    "SyU9NiWySnJi17y069R4Yz1Nbcd5jCfPdpfPfhecXi/Wg/A1AM35U8/S6Yb9g3aYLttK4L"
    "t1dsp/glabZT4g9RHCcCbgHJCcvkmU3EVUwuV4nPlEydQkePPDbD0Ytfp9jRS2YH/5Bzr0"
    "I2ByUuHcC1N+pYsolA5/znBgthpNw43fMeHbTQ62a4c4L8I8NqjjP/qm3LfoPtGLpdyxte"
    "SWzRFf7f/MfBeDu+8NtqX4KXfAhOT2qedy6Gfj/N/ip5Z1K7JazgtWbhl7Qwz062x8PL65"
    "r6/KWimUtJrZWlbJlSN5ykBKmPlF6YqKzxYVfLMK6aq6SmV8YDRc8gjD+PRmUJyzTFguYY"
    "U6ZZJH/1ScHuNDtVVMBs3rMDqwj8zHbwj5dBFE7NBYC+9AD2cRcoBKmxWNcqTPOyWFecIN"
    "8rz7durCt+STrWtQoYZmNdqXgWHepKh8FeFuuq8O3eJcBfBy4Kypmleg/KAl9mMo6Hv7oV"
    "/jKQsut4rvH4zgW/mmfE89Jlmy0Nx0MCxeh3NySADqKiwouFh0FGhruIz7qIIV4NOIhZ+2"
    "K/MK7qImYmV8ZsU9BcV4YDtZqDaMwt23QBi+1Tw+/pIuKZ9V9Qj6QORuuWItkHeOKAxQsh"
    "6l5khwcXthBcKHVFbxzPih40X1c77jsoLakdjeJOaLecUN/y6+VPE4HOuaEb8ZRs8ABqcV"
    "wSgbXwbdlmt2matuWRWmskdsc4V56hXGREOV37GdpFDU4ot4m4TdR6m4i4Igx7KHZRim2h"
    "xA9q1g76PRXrx1cnz/UHt452aB3xOPKmrSPdrBdPTElsKJq4f/OXx+Vfd1x+dWzUW0s5OV"
    "5o4vkAffaM3maQvm1AV43S56bZCyL1C7CYMD8T494E9ya2Rt9i1RR/GZEr9+OGexVHq8vo"
    "yr0tTe3KFcDPMrzYZdlpsleqrntTFduf/8Ix2VsYnmV63yn2LjMhEx5p3yu74aDEl0z4zN"
    "Cp41JSYp2Lunef/NWxjAYCxGTVWsMASzBY5E68DNgr6RbnN3rX4kg6Fxa6De7glRT+NQWL"
    "6MPB3X+SN7Fcf65hb5zt57MnelaqzMdvjSaayHtgF53OGyFTI8CeRB4+CRru0xK9tgq+FZ"
    "54KekWT+MmwFOl39RMGCRXSCYJhYzk8Yd4OF1dpgB+zbRmwGN40sW7NUu2ER206ExsvgT7"
    "RIf3mm4YTsCKW1SY8/QF+LSvP+2X86giWtW5ngh0AW3K7KtyJh4Xn4nHuTNxy9VEWo3uRs"
    "qJgCQwFEK1pgXIuEyb02W9q8+jkYaj9Oh6SFrDRtIdvBEVNWrFEYWoFXmBkjI+F5BWgAvv"
    "oIosx7GKJguyHMN9c/ecGaQWP2DErKppbyXdYnepd6PIF6I6lJEqlq4zIRHPOygO1OGvSG"
    "FhqZU7OJLEX4fjD+eCDfQHpBLccqXiP6ct0dXccoGpsSreFlv5aZkX2vgtzThUNPKxGmti"
    "lxJ5ze7RRPeA5um27jJ+tecSGBbyhIvMxIwkDWIoehhdolswSoPhtTh687Z/0Kf4c/HSPy"
    "niLzISNhWoiwyAOWuxrFgUZ0cUH2TdZUfwqrVd03qMEV21tj2cmJYdW03TzMLsZ80ftMkK"
    "cVjzsMbfWNX8wjorxYHNA5tiAlQENSXBAW0xJ65lODdNiaMncQPwVvwCe0+BTa3bgoJxrA"
    "23AVjTX9F2E1rqnKkwY6MTvwF0u8fYpNHNWkcvKHZIaplFiboX8mQr/pLCniCemZouWDru"
    "S/Hp3qzM5nse2OTWzZKJ2+YjczZxV9jEOGa6PpuYKkdbzChObtMoo3i1hAqJxZlV9hy/mN"
    "ieqxW+UZ7x75nCx45hBG6UovqDU5C3SUG+R6+1buI3lm11rv7jUJEuzwWSAr2DqiKOb68k"
    "hbQhmKE3BS7puVHka1nFzUvXWTg+brsVR6LyVRt8FMcfcE+YxdKMuQ5nuL9tueH0OsrptD"
    "jFSYm96gxxpOIJQCcCi0lblunMyfJcZ3oq53OdEWD61Ge5hFWwTkQ51OVQu0D3ED4GAmDm"
    "sHL41bZ8xmVaTJXrDeTrG2l8G/F+DGexBNCLqD8DUZEkRfugyF/Uj6hTdwGy2Gau8+jP7+"
    "C1OBY/SNeEqhXaYdg8uoNfZOXTSBbRYfDouPe2o+OjYySqV7Jyrd3Io+HgKzpBkLGJ9oCF"
    "tnRsy3i6g4o0kgfRUyBT1DGiZ7iRlFt5LI6QCHARsLpN2vDFxPFAIs34QlgX6JmGtwN5fP"
    "l5gJ/J8tCMMQMDPRNqROfaQNWk8SV+S0jsNg1A9Gyy+lFSzgWH2GFrHFLNkzIf0GSCPpNH"
    "UkpxyMitR3LYnzXeIMUBOqxPQopp3fH4Fq/r1tK5OZ2keFvZT2JB+4tttGzJNZ2o3d0PUb"
    "VuBXFuwX4A6wLDcU20mU+e6mGbF+TwcurG6/hJurbttlWztGW/SRdH+AushQYA5swYNo2D"
    "M2M4M6atzBg2vKmzvwGEu8XToNHN20m12TEvTNWXpmfFwLSKM7Op3oOypKyOx20rH1sr6X"
    "phzV5L3vWf/f7x8bv+0fHZ+9OTd+9O3x8lxla+q8zquhh+wIbXQTpE8Xx2tn4caZvxo63q"
    "o7vhI7SmHVcrTsQXKDoj1eYUfHUdb7hEUghZLc8xLcJdx7wvHuKDXrbeL5pQYh2cvRspt4"
    "GrFLAM8FKg2WTMNtVmWBPisyobxFnxBnGW2yB83UUWUkkpk4LwUlasC4mzLNInVZA+KUY6"
    "T0eIIKsXxUvL8M24TamSbv+EQmiZa3lMf7mVx2xQI2OeYYpbhi/8LdiWt7EUVO+naQDJvi"
    "9MAsv2Legd4vv93NsQ3iVgYoTKs+x0Qp2yr/EFcrUCl3V253B09zblZioC5vIAOwqZ2MBl"
    "R0tIx0FpoAQP4SGSVxoiaTOBvYm6ZSty3283Q4XUJss1EV771dVwoIlj+VocfT0XqIY7KK"
    "qqMsQMRE0Z3n46F7J/4+p1XxV5NNIUSbxE8pk/e62wGT3wAFzLX5u7mpZvs8eJJv2VjAsG"
    "Tp07+EVUxkTpaI+FpCDdAKttgDmjSMa3jJDdvPvoihdM/guM+t4TLde9k3oDBRsjzGoZ+l"
    "kh7kBxB+o1M3b2Gc8F8DxkR+fxLGZ1p0TafPa1ltmN7c86AYB4fDvcf3zbzrj/JjCDJfkG"
    "u4aVkRHq3C/m9Cv9qku/5Fdd+vlfdeEfMxSj3+Vs9D3qsoE5W0v1DPEG9N8yu3NP1B1jUl"
    "3fLO5ZWXIxJ9pB520TiVykP8d+WGuBUaJ8cbV5cSXKqrewKDG+qAoXVVvSF8C1jHmPlb8I"
    "ew5KExirMa1JYLyW7MXGCus8ANerSdZJiXTCR6fX/GmlNX9asuZPc4yoZa1ccDS8g+hu5H"
    "c9cSkJ5ndKxXGPlMj2Qx+7sUoaC3Ls9DD7/n8mUTQC"
)
