package se.balans.io.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.investment.InvestmentBudget;
import se.balans.engine.investment.InvestmentCarryOver;
import se.balans.engine.investment.InvestmentCategory;
import se.balans.engine.investment.InvestmentForecastInput;
import se.balans.engine.investment.InvestmentMapping;
import se.balans.engine.investment.InvestmentProject;
import se.balans.engine.investment.InvestmentProjects;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.Repo;

/**
 * The investment files of a small organisation (Region Norrfjäll, illustrative), and each refusal with
 * its file, line and column.
 */
class InvestmentFilesTest {
    @TempDir
    Path dir;

    static final String MAPPING = """
            # Norrfjäll's investment accounts
            from,to,category,name,name_en,description
            11,11,property,Fastighet,Property,Byggnader
            1119,1119,excluded,,,Ackumulerade avskrivningar
            12,12,equipment,Utrustning,,Inventarier
            1229,1229,excluded,,,Ackumulerade avskrivningar
            13,13,excluded,,,Finansiella anläggningstillgångar
            10,10,equipment,Utrustning,,Licenser
            """;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private InvestmentMapping mapping() throws IOException {
        Path f = file(InvestmentFiles.MAPPING, MAPPING);
        return InvestmentFiles.mapping(f, Files.readString(f));
    }

    @Test
    void theMappingPlacesAccountsTheMostSpecificRangeWinning() throws IOException {
        InvestmentMapping m = mapping();
        assertThat(m.categories()).containsExactly(new InvestmentCategory("property", "Fastighet", "Property"),
                new InvestmentCategory("equipment", "Utrustning", "Utrustning"));
        assertThat(m.categoryOf("1110")).hasValue("property");
        assertThat(m.categoryOf("1119")).isEmpty();
        assertThat(m.places("1119")).as("excluded, said explicitly").isTrue();
        assertThat(m.categoryOf("1010")).hasValue("equipment");
        assertThat(m.places("1410")).isFalse();
    }

    @Test
    void theMappingsRefusalsNameLineAndColumn() throws IOException {
        Path f = file(InvestmentFiles.MAPPING, "from,to,category,name\n11,11,property,Fastighet\n12,12,property,Hus\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(f, Files.readString(f))).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column name: the category property is named \"Fastighet\" on line 2; a category "
                        + "has one name");

        Path g = file(InvestmentFiles.MAPPING, "from,to,category,name\n11,11,property,\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(g, Files.readString(g)))
                .hasMessage(g + ":2: column name: the category property needs its name (Swedish, as the reports show it)");

        Path h = file(InvestmentFiles.MAPPING, "from,to,category,name\n1119,1119,excluded,Avskrivningar\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(h, Files.readString(h)))
                .hasMessage(h + ":2: column name: a range excluded from investments is in no category and has no "
                        + "category name; say what it is under description");

        Path i = file(InvestmentFiles.MAPPING, "from,to,category,name\n11,11,fast ighet,Fastighet\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(i, Files.readString(i)))
                .hasMessage(i + ":2: column category: a category code is letters, digits and underscores, got "
                        + "\"fast ighet\"");

        Path j = file(InvestmentFiles.MAPPING, "from,to,category,name\n11,11,property,Fastighet\n11,11,excluded,\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(j, Files.readString(j)))
                .hasMessage(j + ":3: column from: range 11 overlaps 11 on line 2: ranges of the same length may not "
                        + "share a code");

        Path k = file(InvestmentFiles.MAPPING, "from,to,category,name\n11,1,property,Fastighet\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(k, Files.readString(k)))
                .hasMessageStartingWith(k + ":2: column to: range end '1' must have the same length");

        Path l = file(InvestmentFiles.MAPPING, "from,to,category,name,kategori\n11,11,property,Fastighet,x\n");
        assertThatThrownBy(() -> InvestmentFiles.mapping(l, Files.readString(l)))
                .hasMessageContaining("kategori");
    }

    @Test
    void theBudgetIsReadPerYearCategoryAndProject() throws IOException {
        InvestmentMapping m = mapping();
        Path f = file(InvestmentFiles.BUDGET, """
                year,category,amount,project,source
                2027,property,40,P1,RF 2026-11-20
                2027,property,20,,RF 2026-11-20
                2027,equipment,12.5,,
                """);
        assertThat(InvestmentFiles.budgets(f, Files.readString(f), m)).containsExactly(
                new InvestmentBudget(2027, "property", Optional.of("P1"), Money.ofMnkr("40"), "RF 2026-11-20"),
                new InvestmentBudget(2027, "property", Optional.empty(), Money.ofMnkr("20"), "RF 2026-11-20"),
                new InvestmentBudget(2027, "equipment", Optional.empty(), Money.ofMnkr("12.5"), ""));
    }

    @Test
    void theBudgetsRefusalsNameLineAndColumn() throws IOException {
        InvestmentMapping m = mapping();
        Path f = file(InvestmentFiles.BUDGET, "year,category,amount\n2027,vehicles,5\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(f, Files.readString(f), m)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column category: unknown investment category \"vehicles\"; "
                        + "investment-accounts.csv defines property, equipment");

        Path g = file(InvestmentFiles.BUDGET, "year,category,amount\n2027,property,-5\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(g, Files.readString(g), m))
                .hasMessage(g + ":2: column amount: an investment budget is an expenditure, stated ≥ 0; got -5 mnkr");

        Path h = file(InvestmentFiles.BUDGET, "year,category,amount,project\n2027,property,5,P1\n2027,property,6,P1\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(h, Files.readString(h), m))
                .hasMessage(h + ":3: column project: the 2027 budget of property, project P1 is given twice, first on "
                        + "line 2");

        Path i = file(InvestmentFiles.BUDGET, "year,category,amount\n27,property,5\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(i, Files.readString(i), m))
                .hasMessage(i + ":2: column year: expected a year such as 2025, got \"27\"");

        Path j = file(InvestmentFiles.BUDGET, "year,category,amount\n2027,property,fem\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(j, Files.readString(j), m))
                .hasMessage(j + ":2: column amount: expected a number with '.' as decimal point, got \"fem\"");
    }

    @Test
    void theCarryOversAreReadAndTheirRefusalsNameLineAndColumn() throws IOException {
        InvestmentMapping m = mapping();
        Path f = file(InvestmentFiles.CARRY_OVER, """
                from_year,to_year,category,amount,decision,source
                2026,2027,property,12,RS 2027-02-10 § 5,protokoll
                2026,2027,equipment,-3,RS 2027-02-10 § 5,
                """);
        assertThat(InvestmentFiles.carryOvers(f, Files.readString(f), m)).containsExactly(
                new InvestmentCarryOver(2026, 2027, "property", Optional.empty(), Money.ofMnkr("12"), "RS 2027-02-10 § 5",
                        "protokoll"),
                new InvestmentCarryOver(2026, 2027, "equipment", Optional.empty(), Money.ofMnkr("-3"),
                        "RS 2027-02-10 § 5", ""));

        Path g = file(InvestmentFiles.CARRY_OVER, "from_year,to_year,category,amount,decision\n2026,2028,property,1,RS\n");
        assertThatThrownBy(() -> InvestmentFiles.carryOvers(g, Files.readString(g), m))
                .hasMessage(g + ":2: column to_year: budget is carried over to the next year: 2027, not 2028");

        Path h = file(InvestmentFiles.CARRY_OVER, "from_year,to_year,category,amount,decision\n2026,2027,property,1,\n");
        assertThatThrownBy(() -> InvestmentFiles.carryOvers(h, Files.readString(h), m))
                .hasMessage(h + ":2: column decision: a value is required");

        Path i = file(InvestmentFiles.CARRY_OVER, "from_year,to_year,category,amount,decision\n"
                + "2026,2027,property,1,RS\n2026,2027,property,2,RF\n");
        assertThatThrownBy(() -> InvestmentFiles.carryOvers(i, Files.readString(i), m))
                .hasMessage(i + ":3: column category: the carry-over of property from 2026 is given twice, first on "
                        + "line 2; one decided amount per category and year");
    }

    @Test
    void theForecastsAreReadAndTheirRefusalsNameLineAndColumn() throws IOException {
        InvestmentMapping m = mapping();
        Path f = file(InvestmentFiles.FORECAST, "month,category,amount,source\n2027-04,property,65,fastighetsenheten\n");
        assertThat(InvestmentFiles.forecasts(f, Files.readString(f), m)).containsExactly(
                new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Money.ofMnkr("65"), "fastighetsenheten"));

        Path g = file(InvestmentFiles.FORECAST, "month,category,amount\n2027-4,property,65\n");
        assertThatThrownBy(() -> InvestmentFiles.forecasts(g, Files.readString(g), m))
                .hasMessage(g + ":2: column month: expected a month such as 2025-07, got \"2027-4\"");

        Path h = file(InvestmentFiles.FORECAST, "month,category,amount\n2027-04,property,65\n2027-04,property,66\n");
        assertThatThrownBy(() -> InvestmentFiles.forecasts(h, Files.readString(h), m))
                .hasMessage(h + ":3: column category: the forecast of property at 2027-04 is given twice, first on "
                        + "line 2");
    }

    @Test
    void aFolderWithoutTheMappingHasNoInvestmentsAndOneWithoutTheBudgetIsRefused() throws IOException {
        assertThat(InvestmentFiles.read(dir)).isEmpty();
        file(InvestmentFiles.MAPPING, MAPPING);
        assertThatThrownBy(() -> InvestmentFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(dir.resolve(InvestmentFiles.BUDGET) + ": missing: the investments of investment-accounts.csv "
                        + "are followed up against it");
        file(InvestmentFiles.BUDGET, "year,category,amount\n2027,property,5\n");
        InvestmentFiles.Inputs in = InvestmentFiles.read(dir).orElseThrow();
        assertThat(in.budgets()).hasSize(1);
        assertThat(in.carryOvers()).isEmpty();
        assertThat(in.forecasts()).isEmpty();
    }

    static final String PROJECTS = """
            # Norrfjäll's project register, dimension 6 (projekt)
            dimension,project,category,name,name_en,description
            6,P1,property,Vårdcentrum Norrfjäll,Norrfjäll health centre,
            6,P2,equipment,Ny röntgen,,
            """;

    @Test
    void theProjectRegisterNamesTheDimensionAndEachProjectsCategory() throws IOException {
        file(InvestmentFiles.MAPPING, MAPPING);
        file(InvestmentFiles.PROJECTS, PROJECTS);
        file(InvestmentFiles.BUDGET, "year,category,project,amount\n2027,property,P1,40\n2027,property,,20\n");
        file(InvestmentFiles.FORECAST, "month,category,project,amount,source\n2027-04,property,P1,45,projektledaren\n"
                + "2027-04,property,,65,\n");
        InvestmentFiles.Inputs in = InvestmentFiles.read(dir).orElseThrow();

        InvestmentProjects register = in.projects().orElseThrow();
        assertThat(register.dimension()).isEqualTo("6");
        assertThat(register.projects()).containsExactly(
                new InvestmentProject("P1", "property", "Vårdcentrum Norrfjäll", "Norrfjäll health centre"),
                new InvestmentProject("P2", "equipment", "Ny röntgen", "Ny röntgen"));
        assertThat(in.forecasts()).containsExactly(
                new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Optional.of("P1"), Money.ofMnkr("45"),
                        "projektledaren"),
                new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Money.ofMnkr("65"), ""));
    }

    @Test
    void theProjectRefusalsNameLineAndColumn() throws IOException {
        InvestmentMapping m = mapping();
        Path f = file("p1.csv", "dimension,project,category,name\n6,P1,property,A\n2,P2,property,B\n");
        assertThatThrownBy(() -> InvestmentFiles.projects(f, Files.readString(f), m))
                .hasMessage(f + ":3: column dimension: the projects are objects of one dimension: line 2 names 6, "
                        + "this line 2");
        Path g = file("p2.csv", "dimension,project,category,name\n6,P1,property,A\n6,P1,property,B\n");
        assertThatThrownBy(() -> InvestmentFiles.projects(g, Files.readString(g), m))
                .hasMessage(g + ":3: column project: the project P1 is registered twice, first on line 2");
        Path h = file("p3.csv", "dimension,project,category,name\n6,P1,vehicles,A\n");
        assertThatThrownBy(() -> InvestmentFiles.projects(h, Files.readString(h), m))
                .hasMessageStartingWith(h + ":2: column category: unknown investment category \"vehicles\"");

        Path p = file("p4.csv", PROJECTS);
        Optional<InvestmentProjects> register = Optional.of(InvestmentFiles.projects(p, Files.readString(p), m));
        Path i = file("b1.csv", "year,category,project,amount\n2027,property,P9,40\n");
        assertThatThrownBy(() -> InvestmentFiles.budgets(i, Files.readString(i), m, register))
                .hasMessage(i + ":2: column project: unknown project \"P9\"; investment-projects.csv does not register it");
        Path j = file("b2.csv", "from_year,to_year,category,project,amount,decision\n2026,2027,property,P2,4,RS\n");
        assertThatThrownBy(() -> InvestmentFiles.carryOvers(j, Files.readString(j), m, register))
                .hasMessage(j + ":2: column category: the project P2 is in the category equipment "
                        + "(investment-projects.csv), not property");
        Path k = file("f1.csv", "month,category,project,amount\n2027-04,property,P1,45\n");
        assertThatThrownBy(() -> InvestmentFiles.forecasts(k, Files.readString(k), m, Optional.empty()))
                .hasMessage(k + ":2: column project: a project's forecast needs the project register "
                        + "investment-projects.csv, which names the ledger's project dimension");
    }

    @Test
    void theSampleRegionsFilesAreRead() {
        InvestmentFiles.Inputs in = InvestmentFiles.read(Repo.path("sample-data/region-vasterbotten")).orElseThrow();
        assertThat(in.mapping().categories()).extracting(InvestmentCategory::code)
                .containsExactly("property", "medical_equipment", "it", "service", "other");
        assertThat(in.mapping().categoryOf("1119")).isEmpty();
        assertThat(in.mapping().places("1119")).isTrue();
        assertThat(in.mapping().categoryOf("1120")).hasValue("property");
        Money budget2025 = Money.sum(in.budgets().stream().filter(b -> b.year() == 2025).toList(), InvestmentBudget::amount);
        Money carried2025 = Money.sum(in.carryOvers().stream().filter(c -> c.toYear() == 2025).toList(),
                InvestmentCarryOver::amount);
        assertThat(budget2025).as("the investment frame of 2025 (investment-plan.csv)").isEqualTo(Money.ofMnkr("893"));
        assertThat(budget2025.plus(carried2025)).as("seed 000: 1 009 with a negative deviation of 15")
                .isEqualTo(Money.ofMnkr("994"));
        assertThat(List.of(2024, 2026)).allSatisfy(y -> assertThat(Money.sum(in.budgets().stream()
                .filter(b -> b.year() == y).toList(), InvestmentBudget::amount)).as("%d's frame", y)
                .isEqualTo(Money.ofMnkr(y == 2024 ? "930" : "920")));
    }
}
