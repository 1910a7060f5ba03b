package se.balans.engine.statement;

import java.util.List;

/** Lines of the cash-flow statement (kassaflödesanalys), as in Regionplan 2025 §5.4. */
public enum CashFlowLine implements StatementLine {
    /** Årets resultat. */
    RESULT_FOR_YEAR("result_for_year"),
    /** Justering för ej likvidpåverkande poster. */
    NON_CASH_ADJUSTMENTS("non_cash_adjustments"),
    /** Medel från löpande verksamhet före förändring av rörelsekapital. */
    FUNDS_FROM_OPERATIONS("funds_from_operations", RESULT_FOR_YEAR, NON_CASH_ADJUSTMENTS),
    /** Förändring kortfristiga fordringar. */
    CHANGE_RECEIVABLES("change_receivables"),
    /** Förändring förråd. */
    CHANGE_INVENTORIES("change_inventories"),
    /** Förändring korta skulder. */
    CHANGE_CURRENT_LIABILITIES("change_current_liabilities"),
    /** Kassaflöde från löpande verksamhet. */
    OPERATING_CASH_FLOW("operating_cash_flow", FUNDS_FROM_OPERATIONS, CHANGE_RECEIVABLES, CHANGE_INVENTORIES,
            CHANGE_CURRENT_LIABILITIES),
    /** Investeringar. */
    INVESTMENTS("investments"),
    /** Försäljning av anläggningstillgångar. */
    DISPOSALS("disposals"),
    /** Förändring kortfristiga placeringar. */
    CHANGE_SHORT_TERM_INVESTMENTS("change_short_term_investments"),
    /** Kassaflöde från investeringsverksamhet. */
    INVESTING_CASH_FLOW("investing_cash_flow", INVESTMENTS, DISPOSALS, CHANGE_SHORT_TERM_INVESTMENTS),
    /** Förändring långfristiga skulder. */
    CHANGE_LONG_TERM_LIABILITIES("change_long_term_liabilities"),
    /** Kassaflöde från finansieringsverksamhet. */
    FINANCING_CASH_FLOW("financing_cash_flow", CHANGE_LONG_TERM_LIABILITIES),
    /** Årets kassaflöde. */
    CASH_FLOW_FOR_YEAR("cash_flow_for_year", OPERATING_CASH_FLOW, INVESTING_CASH_FLOW, FINANCING_CASH_FLOW),
    /** Likvida medel vid årets början. */
    OPENING_CASH("opening_cash"),
    /** Likvida medel vid årets slut. */
    CLOSING_CASH("closing_cash", OPENING_CASH, CASH_FLOW_FOR_YEAR);

    private final String code;
    private final List<CashFlowLine> components;

    CashFlowLine(String code, CashFlowLine... components) {
        this.code = code;
        this.components = List.of(components);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<CashFlowLine> components() {
        return components;
    }
}
