#!/usr/bin/env python3
"""A wide benchmark ledger (issue 17): many accounts, cost centres and projects, as a real region's ledger is,
rather than the sample's 20 cost centres.

    bench/wide-ledger.py ROWS OUT_DIR      # writes region-vasterbotten-wide-2025.se (SIE 4) and .journal (ledger)

70 result accounts (classes 3–7) × 134 cost centres (in the sample region's committee ranges 10–69, so the sample's
closing configuration maps them) × 12 months: about 112 000 account × cost-centre × month cells a year, and a
project (SIE dimension 6) on every fifth row, which adds cells. Vouchers of 12 rows balanced against 1930 Bank.
The same ROWS always give the same files (fixed seed). Amounts in öre, written with two decimals.
"""
import random
import sys

rows_wanted = int(sys.argv[1])
out = sys.argv[2]
rnd = random.Random(20260415)

# Result accounts: revenue 3xxx (few), costs 4xxx–7xxx (most), no 78xx/8xxx (depreciation and financial items
# are the sample's own).
accounts = ["3%03d" % (10 + 10 * i) for i in range(8)] + ["4%03d" % (10 + 15 * i) for i in range(20)] \
    + ["5%03d" % (10 + 12 * i) for i in range(22)] + ["6%03d" % (10 + 20 * i) for i in range(14)] \
    + ["7%03d" % (10 + 30 * i) for i in range(6)]
assert len(accounts) == 70
centres = ["%d" % (1000 + 44 * i) for i in range(134)]  # 1000 … 6852: committees RS, HSN, RUN
assert all(10 <= int(c[:2]) <= 69 for c in centres)
projects = ["P%03d" % i for i in range(40)]
month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

sie = open(f"{out}/region-vasterbotten-wide-2025.se", "w", encoding="cp437", newline="\n")
jr = open(f"{out}/region-vasterbotten-wide-2025.journal", "w", encoding="utf-8", newline="\n")
sie.write('#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM "Balans bench wide-ledger" 1\n#GEN 20251231\n'
          '#FNAMN "Region Västerbotten"\n#ORGNR 232100-0222\n#RAR 0 20250101 20251231\n#VALUTA SEK\n'
          '#DIM 1 "Kostnadsställe"\n#DIM 6 "Projekt"\n')
for a in accounts + ["1930"]:
    sie.write(f'#KONTO {a} "Konto {a}"\n')
for c in centres:
    sie.write(f'#OBJEKT 1 "{c}" "Kostnadsställe {c}"\n')
for p in projects:
    sie.write(f'#OBJEKT 6 "{p}" "Projekt {p}"\n')
jr.write("; Region Västerbotten 2025, wide benchmark ledger (bench/wide-ledger.py)\n")

per_voucher = 11
vouchers = max(1, rows_wanted // (per_voucher + 1))
written = 0
sbuf, jbuf = [], []
for v in range(1, vouchers + 1):
    m = (v - 1) * 12 // vouchers
    day = 1 + (v * 7) % month_days[m]
    date = "2025%02d%02d" % (m + 1, day)
    sbuf.append(f'#VER A {v} {date} "Verifikation {v}"\n{{\n')
    jbuf.append(f"2025-{m + 1:02d}-{day:02d} * A{v} Verifikation {v}\n")
    total = 0
    for _ in range(per_voucher):
        a = accounts[rnd.randrange(70)]
        c = centres[rnd.randrange(134)]
        ore = rnd.randrange(100, 5_000_000)
        if a[0] == "3":
            ore = -ore
        total += ore
        amount = "%s%d.%02d" % ("-" if ore < 0 else "", abs(ore) // 100, abs(ore) % 100)
        if rnd.randrange(5) == 0:
            p = projects[rnd.randrange(40)]
            sbuf.append(f'   #TRANS {a} {{1 "{c}" 6 "{p}"}} {amount}\n')
            jbuf.append(f"    {a}:{c}:{p}  {amount} SEK\n")
        else:
            sbuf.append(f'   #TRANS {a} {{1 "{c}"}} {amount}\n')
            jbuf.append(f"    {a}:{c}  {amount} SEK\n")
    bank = -total
    amount = "%s%d.%02d" % ("-" if bank < 0 else "", abs(bank) // 100, abs(bank) % 100)
    sbuf.append(f"   #TRANS 1930 {{}} {amount}\n}}\n")
    jbuf.append(f"    1930  {amount} SEK\n\n")
    written += per_voucher + 1
    if len(sbuf) > 20000:
        sie.write("".join(sbuf)); jr.write("".join(jbuf)); sbuf.clear(); jbuf.clear()
sie.write("".join(sbuf)); jr.write("".join(jbuf))
sie.close(); jr.close()
print(written)
