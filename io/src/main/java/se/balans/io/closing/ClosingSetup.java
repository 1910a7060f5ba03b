package se.balans.io.closing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.closing.AnnualBudget;
import se.balans.engine.closing.ClosingConfig;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.plan.Committee;
import se.balans.engine.trace.SourceFile;

/**
 * The configuration a closing needs besides the ledger: the mappings, the periodisation rules, the
 * budgets by year and the committees in report order — and the files they came from, which the
 * closing stores verbatim — with what in them was allowed but deserves a word ({@link #warnings}).
 */
public record ClosingSetup(String organisation, LedgerMapping mapping, ClosingConfig config,
                           Map<Integer, AnnualBudget> budgets, List<Committee> committees, List<SourceFile> files,
                           List<ConfigWarning> warnings) {
    /**
     * @param organisation the organisation's name as the configuration gives it ({@code region} in its
     *                     {@code plan.properties}), {@code ""} when it does not
     * @param warnings     what the reader let through but the user should see, in file order
     */
    public ClosingSetup {
        java.util.Objects.requireNonNull(organisation, "organisation");
        budgets = Map.copyOf(budgets);
        committees = List.copyOf(committees);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** A configuration without warnings. */
    public ClosingSetup(String organisation, LedgerMapping mapping, ClosingConfig config,
                        Map<Integer, AnnualBudget> budgets, List<Committee> committees, List<SourceFile> files) {
        this(organisation, mapping, config, budgets, committees, files, List.of());
    }

    /** The same configuration, named as the organisation {@code name}. */
    public ClosingSetup withOrganisation(String name) {
        return new ClosingSetup(name, mapping, config, budgets, committees, files, warnings);
    }

    /**
     * The same configuration with the balance-requirement history the closing continues (the
     * workspace's), recorded among its files as {@value ClosingSetupReader#HISTORY} in place of any
     * history the configuration's folder held.
     */
    public ClosingSetup withHistory(SourceFile history) {
        List<SourceFile> with = new java.util.ArrayList<>(files.stream()
                .filter(f -> !f.name().equals(ClosingSetupReader.HISTORY)).toList());
        with.add(new SourceFile(ClosingSetupReader.HISTORY, history.sha256(), history.content()));
        with.sort(java.util.Comparator.comparing(SourceFile::name));
        return new ClosingSetup(organisation, mapping, config, budgets, committees, with, warnings);
    }

    /**
     * The same configuration with more files recorded among its own (the follow-up files of
     * {@code se.balans.io.followup.ClosingInputs}), each replacing a file of the same name.
     */
    public ClosingSetup withFiles(List<SourceFile> more) {
        java.util.Set<String> names = new java.util.HashSet<>();
        more.forEach(f -> names.add(f.name()));
        List<SourceFile> with = new java.util.ArrayList<>(files.stream().filter(f -> !names.contains(f.name())).toList());
        with.addAll(more);
        with.sort(java.util.Comparator.comparing(SourceFile::name));
        return new ClosingSetup(organisation, mapping, config, budgets, committees, with, warnings);
    }

    /** The balance-requirement history recorded with the configuration, if any. */
    public Optional<SourceFile> history() {
        return files.stream().filter(f -> f.name().equals(ClosingSetupReader.HISTORY)).findFirst();
    }

    /** The committees' codes in report order: what the closing computes by. */
    public List<String> committeeCodes() {
        return committees.stream().map(Committee::code).toList();
    }

    public Optional<AnnualBudget> budget(int year) {
        return Optional.ofNullable(budgets.get(year));
    }
}
