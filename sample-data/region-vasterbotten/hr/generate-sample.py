#!/usr/bin/env python3
"""Writes the sample region's HR exports (hr-2024.csv, hr-2025.csv, hr-2026.csv) for the personnel follow-up.

Everything is illustrative except Regionstyrelsen's sick leave, which reproduces seed 000 (the board's summary of
14 April 2026, "Regionstyrelsens årsrapport 2025"): "Den genomsnittliga frånvaron låg på 4,7 % i december 2024 och
minskade till 4,2 % i november 2025." The committee's hours give exactly 4.70 % for December 2024 alone and for
January–December 2024, and exactly 4.20 % for November 2025 alone and for January–November 2025; the rolling twelve
months to November 2025 show 4,2 % too (4.24 %), and January–November 2024 4,7 %, so the seed's figures come out
whichever reading of its sentence is taken (the month, the year to date, the last twelve months), and the report's
"0,5 procentenheter lägre än samma period i fjol" holds. Run it again to get the same bytes: python3 generate-sample.py
"""
import calendar
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORG = "232100-0222"
MONTHS = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 3)]
SEXES = ["kvinna", "man"]
BANDS = ["29_or_younger", "30_49", "50_or_older"]

# Head count per group in January 2024 (illustrative; the region has "cirka 10 000 medarbetare", seed 004).
BASE = {
    "RS": {("kvinna", "29_or_younger"): 180, ("kvinna", "30_49"): 720, ("kvinna", "50_or_older"): 620,
           ("man", "29_or_younger"): 90, ("man", "30_49"): 380, ("man", "50_or_older"): 310},
    "HSN": {("kvinna", "29_or_younger"): 900, ("kvinna", "30_49"): 2700, ("kvinna", "50_or_older"): 2400,
            ("man", "29_or_younger"): 250, ("man", "30_49"): 700, ("man", "50_or_older"): 550},
    "RUN": {("kvinna", "29_or_younger"): 9, ("kvinna", "30_49"): 45, ("kvinna", "50_or_older"): 38,
            ("man", "29_or_younger"): 6, ("man", "30_49"): 22, ("man", "50_or_older"): 20},
}
# Full-time equivalents per employee.
FTE_SHARE = {"RS": Decimal("0.95"), "HSN": Decimal("0.89"), "RUN": Decimal("0.93")}
# Sick leave's level per committee and year, before the month's and the group's factors.
LEVEL = {"RS": {2024: 0.047, 2025: 0.042, 2026: 0.041}, "HSN": {2024: 0.066, 2025: 0.063, 2026: 0.061},
         "RUN": {2024: 0.041, 2025: 0.039, 2026: 0.038}}
SEASON = [1.18, 1.20, 1.10, 1.00, 0.93, 0.86, 0.72, 0.82, 0.96, 1.02, 1.06, 1.10]
SEX_FACTOR = {"kvinna": 1.10, "man": 0.76}
BAND_FACTOR = {"29_or_younger": 0.82, "30_49": 0.95, "50_or_older": 1.16}
LONG_SHARE = {"29_or_younger": 0.28, "30_49": 0.45, "50_or_older": 0.56}

rng = random.Random(13)


def staff_factor(y, m):
    """2024 grows a little, 2025 and 2026 shrink (seed 004: the committees to cut personnel costs by 250 mnkr)."""
    months = (y - 2024) * 12 + m - 1
    if y == 2024:
        return 1 + 0.0008 * months
    return (1 + 0.0008 * 11) * (1 - 0.0016 * (months - 11))


def workdays(y, m):
    days = sum(1 for d in range(1, calendar.monthrange(y, m)[1] + 1) if calendar.weekday(y, m, d) < 5)
    holidays = {1: 2, 4: 1, 5: 2, 6: 2, 12: 2}.get(m, 0)  # weekday holidays, roughly
    return days - holidays


def q(x, places="1"):
    return Decimal(x).quantize(Decimal(places), rounding=ROUND_HALF_UP)


rows = {}
for (y, m) in MONTHS:
    for c, groups in BASE.items():
        for (s, b), n in groups.items():
            emp = int(q(n * staff_factor(y, m) * (1 + rng.uniform(-0.004, 0.004))))
            fte = q(Decimal(emp) * FTE_SHARE[c] * Decimal(str(0.97 if b == "29_or_younger" else 1.0)), "0.1")
            ordinary = q(fte * Decimal(workdays(y, m)) * Decimal("7.8"))
            rate = LEVEL[c][y] * SEASON[m - 1] * SEX_FACTOR[s] * BAND_FACTOR[b] * (1 + rng.uniform(-0.05, 0.05))
            sick = q(Decimal(str(rate)) * ordinary, "0.1")
            rows[(y, m, c, s, b)] = [emp, fte, ordinary, sick]


def keys(c, months):
    return [(y, m, c, s, b) for (y, m) in months for s in SEXES for b in BANDS]


def scale(c, months, rate):
    """Scales the committee's sick hours over the months to the rate; the last row takes the rounding, to the tenth."""
    ks = keys(c, months)
    ordinary = sum(rows[k][2] for k in ks)
    # Make the ordinary hours a multiple of 100, so that rate × hours is exact to the tenth of an hour.
    rows[ks[1]][2] += (-ordinary) % 100
    ordinary = sum(rows[k][2] for k in ks)
    target = Decimal(str(rate)) * ordinary
    current = sum(rows[k][3] for k in ks)
    for k in ks:
        rows[k][3] = q(rows[k][3] * target / current, "0.1")
    rows[ks[1]][3] += target - sum(rows[k][3] for k in ks)
    assert sum(rows[k][3] for k in ks) == target


# Regionstyrelsen: 4.70 % in December 2024 and in January–November 2024, so the year too; 4.20 % in November 2025
# and in January–October 2025, so January–November too. Each reading of the seed's sentence then gives its figures.
scale("RS", [(2024, 12)], 0.047)
scale("RS", [(2024, m) for m in range(1, 12)], 0.047)
scale("RS", [(2025, 11)], 0.042)
scale("RS", [(2025, m) for m in range(1, 11)], 0.042)

for k, (emp, fte, ordinary, sick) in rows.items():
    long_sick = q(sick * Decimal(str(LONG_SHARE[k[4]] * (1 + rng.uniform(-0.08, 0.08)))), "0.1")
    assert 0 <= long_sick <= sick <= ordinary and fte <= emp
    rows[k].append(long_sick)

HEADER = """# Region Västerbotten's HR export for the personnel follow-up (personaluppföljning), one row per month,
# committee, sex and age band: employees and full-time equivalents (årsarbetare) at the month end, and the month's
# ordinary working hours, sick-leave hours and of those the hours in spells of 60 days or more. Format:
# docs/personnel.md. ILLUSTRATIVE, except Regionstyrelsen's (RS) sick leave to date, which reproduces seed 000
# (regionstyrelsen 14 April 2026, "Regionstyrelsens årsrapport 2025"): 4,7 % in December 2024 and 4,2 % in
# November 2025 — exactly 4.70 % in December 2024 and in January–December 2024, exactly 4.20 % in November 2025 and
# in January–November 2025 (0,5 procentenheter below January–November 2024). The head counts are of
# the order of the region's "cirka 10 000 medarbetare" (seed 004); the split by committee, sex and age band, the
# other committees' sick leave and every figure of 2026 are made up. Written by generate-sample.py in this folder.
month,committee,sex,age_band,employees,fte,ordinary_hours,sick_hours,long_sick_hours,org_number
"""
for year in (2024, 2025, 2026):
    lines = [HEADER]
    for (y, m) in MONTHS:
        if y != year:
            continue
        for c in BASE:
            for s in SEXES:
                for b in BANDS:
                    emp, fte, ordinary, sick, long_sick = rows[(y, m, c, s, b)]
                    assert q(sick, "0.1") == sick and q(long_sick, "0.1") == long_sick
                    sick, long_sick = q(sick, "0.1"), q(long_sick, "0.1")
                    lines.append(f"{y}-{m:02d},{c},{s},{b},{emp},{fte},{ordinary},{sick},{long_sick},{ORG}\n")
    (HERE / f"hr-{year}.csv").write_text("".join(lines), encoding="utf-8")
