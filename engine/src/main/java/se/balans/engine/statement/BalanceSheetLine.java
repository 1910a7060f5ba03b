package se.balans.engine.statement;

import java.util.List;

/**
 * Lines of the balance sheet (balansräkning / balansbudget), as in Regionplan 2025 §5.3, plus two
 * memorandum lines that sit outside the totals but feed the ratios and goals.
 */
public enum BalanceSheetLine implements StatementLine {
    /** Anläggningstillgångar. */
    FIXED_ASSETS("fixed_assets"),
    /** Omsättningstillgångar. */
    CURRENT_ASSETS("current_assets"),
    /** Summa tillgångar. */
    TOTAL_ASSETS("total_assets", FIXED_ASSETS, CURRENT_ASSETS),
    /** Ingående eget kapital. */
    OPENING_EQUITY("opening_equity"),
    /** Periodens (årets) resultat. */
    RESULT_FOR_YEAR("result_for_year"),
    /** Summa eget kapital. */
    EQUITY("equity", OPENING_EQUITY, RESULT_FOR_YEAR),
    /** Avsättningar för pensioner. */
    PENSION_PROVISIONS("pension_provisions"),
    /** Andra avsättningar. */
    OTHER_PROVISIONS("other_provisions"),
    /** Summa avsättningar. */
    TOTAL_PROVISIONS("total_provisions", PENSION_PROVISIONS, OTHER_PROVISIONS),
    /** Långfristiga skulder. */
    LONG_TERM_LIABILITIES("long_term_liabilities"),
    /** Kortfristiga skulder. */
    CURRENT_LIABILITIES("current_liabilities"),
    /** Summa skulder. */
    TOTAL_LIABILITIES("total_liabilities", LONG_TERM_LIABILITIES, CURRENT_LIABILITIES),
    /** Summa eget kapital, avsättningar och skulder. */
    TOTAL_EQUITY_AND_LIABILITIES("total_equity_and_liabilities", EQUITY, TOTAL_PROVISIONS, TOTAL_LIABILITIES),
    /** Memo: ansvarsförbindelse för pensioner intjänade före 1998, inkl. särskild löneskatt. */
    CONTINGENT_PENSION_LIABILITY("contingent_pension_liability"),
    /** Memo: räntebärande låneskuld exklusive pensionsskuld. */
    INTEREST_BEARING_DEBT("interest_bearing_debt");

    private final String code;
    private final List<BalanceSheetLine> components;

    BalanceSheetLine(String code, BalanceSheetLine... components) {
        this.code = code;
        this.components = List.of(components);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<BalanceSheetLine> components() {
        return components;
    }

    /** Memorandum lines are reported with the balance sheet but are not part of it. */
    public boolean isMemo() {
        return this == CONTINGENT_PENSION_LIABILITY || this == INTEREST_BEARING_DEBT;
    }
}
