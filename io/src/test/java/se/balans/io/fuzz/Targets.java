package se.balans.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.balans.io.Repo;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.closing.CostTypeFiles;
import se.balans.io.csv.CsvTable;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.investment.InvestmentFiles;
import se.balans.io.ledger.CsvLedgerReader;
import se.balans.io.ledger.DateRange;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.personnel.HrExportFile;
import se.balans.io.personnel.PersonnelTargetsFile;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.sample.LedgerOutline;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;
import se.balans.io.sie.SieReader;
import se.balans.io.treasury.CashFile;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.io.treasury.PensionReturnsFile;

/**
 * The readers under test, each with the real files it starts from: the sample data in
 * {@code sample-data/region-vasterbotten}, the public SIE samples in {@code ../shared/sie-samples}
 * (read in place, never copied), and a small sample ledger generated as SIE and as CSV.
 */
final class Targets {
    /** As SIE files declare it ({@code #FORMAT PC8}). */
    private static final Charset CP437 = Charset.forName("IBM437");
    /** The years the generated ledger covers; the CSV ledger is read asking for them. */
    private static final DateRange LEDGER_YEARS = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
    private static final String SIE_BY_HAND = """
            #FLAGGA 0
            #PROGRAM "Balans fuzz" 1
            #FORMAT PC8
            #SIETYP 4
            #RAR 0 20250101 20251231
            #RAR -1 20240101 20241231
            #KONTO 1930 "Bank"
            #KONTO 5010 "Lokalhyra"
            #KTYP 5010 K
            #DIM 1 "Kostnadsställe"
            #OBJEKT 1 "100" "Ledning"
            #IB 0 1930 1000.00
            #PSALDO 0 202501 5010 {1 "100"} 1000.00 3
            #VER A 1 20250115 "Hyra" 20250116
            {
            #TRANS 5010 {1 "100" 6 "P1"} 1000.00 20250110 "Hyra \\"hus\\""
            #RTRANS 1930 {} -1000.00
            #TRANS 1930 {} -1000.00
            #BTRANS 1930 {} -5.00
            }
            #VER "" "" 20250116 "Lön"
            {
            #TRANS 7010 {1 "200"} 250.50
            #TRANS 2710 {} -250.50
            }
            """;
    private static final String CSV_BY_HAND = """
            \uFEFFdate;series;voucher;account;cost_centre;dim_project;amount;text
            # exported from the ledger
            2025-02-01;A;17;5010;100;P1;1234,50;"Hyra; februari"
            2025-02-01;A;17;1930;;;\u22121234,50;"två
            rader"
            2025-02-02;B;1;7010;200;;0,10;
            2025-02-02;B;1;2710;;;-0.10;
            """;

    private static List<Seed> generated;

    private Targets() {
    }

    static ReaderTarget sie() {
        List<Seed> seeds = new ArrayList<>();
        // The public samples when the shared folder is there; the other seeds always.
        Repo.shared().ifPresent(shared -> {
            for (String name : List.of("40_Norstedts Revision SIE 1.SE", "43_sie3.se", "BL0001_typ3.SE",
                    "BL0001_typ4I.SI")) {
                seeds.add(Seed.of(shared.resolve("sie-samples").resolve(name), "ledger.se"));
            }
        });
        seeds.add(new Seed("ledger.se", "written by hand", SIE_BY_HAND.getBytes(CP437)));
        seeds.add(generatedLedger(SampleLedgerFiles.Format.SIE));
        return new ReaderTarget("SIE", seeds, new SieGrammar(), (dir, file) -> {
            CheckingSink sink = new CheckingSink(null);
            LedgerFileSummary s = SieReader.read(file, sink);
            sink.agrees(s);
            return s;
        }, false, true);
    }

    static ReaderTarget csvLedger() {
        List<Seed> seeds = List.of(new Seed("ledger.csv", "written by hand", CSV_BY_HAND.getBytes(StandardCharsets.UTF_8)),
                generatedLedger(SampleLedgerFiles.Format.CSV));
        return new ReaderTarget("CSV ledger", seeds, new TableGrammar(seeds), (dir, file) -> {
            CheckingSink sink = new CheckingSink(LEDGER_YEARS);
            LedgerFileSummary s = CsvLedgerReader.read(file, sink, LedgerReadOptions.DEFAULTS.withDateRange(LEDGER_YEARS));
            sink.agrees(s);
            return s;
        }, false, true);
    }

    static ReaderTarget plan() {
        List<Seed> seeds = samples(PlanDirectoryReader.FILES);
        return new ReaderTarget("plan", seeds, new TableGrammar(seeds), (dir, file) -> {
            PlanDirectoryReader.adopted(dir);
            return PlanDirectoryReader.read(dir);
        }, true, false);
    }

    static ReaderTarget closingSetup() {
        List<Seed> seeds = samples(List.of(ClosingSetupReader.COMMITTEES, ClosingSetupReader.ACCOUNTS,
                ClosingSetupReader.COST_CENTRES, ClosingSetupReader.PROFILES, "budget-2024.csv", "budget-2025.csv",
                "budget-2026.csv"));
        return new ReaderTarget("closing configuration", seeds, new TableGrammar(seeds),
                (dir, file) -> ClosingSetupReader.read(dir), true, false);
    }

    static ReaderTarget costTypes() {
        return table("cost-type mapping", samples(List.of(CostTypeFiles.MAPPING)),
                (dir, file) -> CostTypeFiles.mapping(file, CsvTable.readText(file)));
    }

    static ReaderTarget investments() {
        List<Seed> seeds = samples(List.of(InvestmentFiles.MAPPING, InvestmentFiles.BUDGET, InvestmentFiles.CARRY_OVER,
                InvestmentFiles.FORECAST));
        return new ReaderTarget("investment files", seeds, new TableGrammar(seeds),
                (dir, file) -> InvestmentFiles.read(dir), true, false);
    }

    static ReaderTarget history() {
        return table("balance-requirement history", samples(List.of("balance-requirement.csv")),
                (dir, file) -> BalanceRequirementHistory.read(file).schedule());
    }

    static ReaderTarget loans() {
        return table("loan register", samples(List.of("treasury/loans-2025-07-31.csv", "treasury/loans-2026-02-28.csv")),
                (dir, file) -> LoanRegister.read(file).metrics(LocalDate.of(2025, 7, 31)));
    }

    static ReaderTarget pensionReturns() {
        return table("pension returns", samples(List.of("treasury/pension-returns.csv")),
                (dir, file) -> PensionReturnsFile.read(file));
    }

    static ReaderTarget financePolicy() {
        return table("finance policy", samples(List.of("treasury/finance-policy.csv")),
                (dir, file) -> FinancePolicyFile.read(file));
    }

    static ReaderTarget cash() {
        return table("cash", samples(List.of("treasury/cash.csv")), (dir, file) -> CashFile.read(file));
    }

    static ReaderTarget hrExport() {
        return table("HR export", samples(List.of("hr/hr-2026.csv")),
                (dir, file) -> HrExportFile.read(file, HrExportFile.Options.NONE));
    }

    static ReaderTarget personnelTargets() {
        return table("personnel targets", samples(List.of(PersonnelTargetsFile.NAME)),
                (dir, file) -> PersonnelTargetsFile.read(file));
    }

    static ReaderTarget ledgerOutline() {
        return table("sample-ledger outline", samples(List.of("sample-ledger-outline.csv")),
                (dir, file) -> LedgerOutline.read(file));
    }

    private static ReaderTarget table(String name, List<Seed> seeds, ReaderTarget.Read read) {
        return new ReaderTarget(name, seeds, new TableGrammar(seeds), read, false, false);
    }

    /** Sample files by their path under the sample region, each placed under its own file name. */
    private static List<Seed> samples(List<String> relative) {
        Path region = Repo.samplePlan();
        List<Seed> out = new ArrayList<>();
        for (String r : relative) {
            Path p = region.resolve(r);
            if (Files.isRegularFile(p)) {
                out.add(Seed.of(p));
            }
        }
        return out;
    }

    /** The first year of the sample ledger at its smallest scale (about 2 400 rows), as SIE or CSV. */
    private static synchronized Seed generatedLedger(SampleLedgerFiles.Format format) {
        if (generated == null) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("balans-fuzz-ledger-");
                LedgerOutline outline = LedgerOutline.read(Repo.samplePlan().resolve("sample-ledger-outline.csv"));
                List<Seed> seeds = new ArrayList<>();
                for (SampleLedgerFiles.Format f : List.of(SampleLedgerFiles.Format.SIE, SampleLedgerFiles.Format.CSV)) {
                    Path first = SampleLedgerFiles.write(outline, new SampleLedgerGenerator.Options(1_000, 2025), dir,
                            "sample", se.balans.engine.organisation.Organisation.of("Region Västerbotten", "232100-0222"), f,
                            rows -> { }).get(0);
                    seeds.add(new Seed(f == SampleLedgerFiles.Format.SIE ? "ledger.se" : "ledger.csv",
                            "generated " + first.getFileName(), Files.readAllBytes(first)));
                }
                generated = seeds;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                ReaderTarget.delete(dir);
            }
        }
        return generated.get(format == SampleLedgerFiles.Format.SIE ? 0 : 1);
    }
}
