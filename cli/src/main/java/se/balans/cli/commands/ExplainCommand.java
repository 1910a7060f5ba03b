package se.balans.cli.commands;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.UserException;
import se.balans.cli.explain.BalanceRequirementExplainer;
import se.balans.cli.explain.OutcomeExplainer;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** {@code balans explain FIGURE}: how a figure was computed — its inputs, the rule, the values on the way. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain how a figure was computed: the inputs (file and line, or the imports and accounts",
                "a closing read), the rule, and the intermediate values. Examples:",
                "  balans explain balance-requirement 2025",
                "  balans explain outcome 2026-03 verksamhetens-resultat",
                "  balans explain outcome 2026-03 nettokostnad --committee HSN"},
        subcommands = {ExplainCommand.BalanceRequirement.class, ExplainCommand.Outcome.class})
public final class ExplainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code explain balance-requirement YEAR}. */
    @Command(name = "balance-requirement", mixinStandardHelpOptions = true,
            description = "A year's balanskravsresultat line by line, and the restoration rules as applied that year.")
    public static final class BalanceRequirement implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;

        @Parameters(paramLabel = "YEAR", description = "The year.")
        int year;

        @Option(names = "--history", paramLabel = "FILE",
                description = "The balance-requirement history (default: the sample region's).")
        Path history;

        @Override
        public Integer call() {
            Path file = history == null ? BalansHome.sampleRegion().resolve("balance-requirement.csv")
                    : BalansHome.resolve(history);
            spec.commandLine().getOut().print(new BalanceRequirementExplainer(lang.labels(), lang.numbers())
                    .explain(BalanceRequirementHistory.read(file), year).render());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** {@code explain outcome YYYY-MM FIGURE}. */
    @Command(name = "outcome", mixinStandardHelpOptions = true,
            description = {"A closed month's figure to date: its rule, each input line by committee and by account",
                    "as booked in the imports the closing read, the budget and the forecast. FIGURE is a result line",
                    "(verksamhetens-resultat, finansnetto, årets-resultat, skatteintäkter, … or operating_result,",
                    "net_financial_items, result_for_year, …) or nettokostnad with --committee."})
    public static final class Outcome implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Parameters(index = "0", paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
                description = "The closed month.")
        YearMonth month;

        @Parameters(index = "1", paramLabel = "FIGURE", description = "The figure.")
        String figure;

        @Option(names = "--committee", paramLabel = "CODE", description = "A committee, for its net cost.")
        String committee;

        @Override
        public Integer call() {
            OutcomeExplainer explainer = new OutcomeExplainer(lang.labels(), lang.numbers());
            OutcomeExplainer.Target target = target(explainer);
            try (Store store = storeOption.open()) {
                StoredClosing stored = store.closing(month).orElseThrow(() -> new UserException(ExitCode.BAD_INPUT,
                        month + " is not closed; close it with: balans close " + month));
                if (committee != null && !stored.closing().committees().contains(committee)) {
                    throw new UserException(ExitCode.BAD_INPUT, "no committee " + committee + " in the closing of "
                            + month + "; it has " + String.join(", ", stored.closing().committees()));
                }
                spec.commandLine().getOut().print(explainer.explain(store, stored, target).render());
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }

        private OutcomeExplainer.Target target(OutcomeExplainer explainer) {
            String key = slug(figure);
            if (key.equals("nettokostnad") || key.equals("net-cost")) {
                if (committee == null) {
                    throw new UserException(ExitCode.USAGE, "nettokostnad needs --committee CODE");
                }
                return explainer.netCost(committee);
            }
            if (committee != null) {
                throw new UserException(ExitCode.USAGE, "--committee goes with nettokostnad (net-cost)");
            }
            if (key.equals("finansnetto") || key.equals("net-financial-items")) {
                return explainer.netFinancialItems();
            }
            Map<String, IncomeStatementLine> names = new LinkedHashMap<>();
            for (IncomeStatementLine line : IncomeStatementLine.values()) {
                names.put(slug(line.code()), line);
                for (Language language : Language.values()) {
                    names.put(slug(Labels.of(language).line(StatementKind.INCOME_STATEMENT, line)), line);
                }
            }
            IncomeStatementLine line = Optional.ofNullable(names.get(key)).orElseThrow(() -> new UserException(
                    ExitCode.USAGE, "unknown figure '" + figure + "'; use finansnetto, nettokostnad or one of "
                    + String.join(", ", names.keySet())));
            return explainer.line(line);
        }

        /** "Årets resultat" → "arets-resultat": the names people type. */
        static String slug(String s) {
            String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }
}
