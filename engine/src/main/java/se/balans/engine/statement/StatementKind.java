package se.balans.engine.statement;

/** The statements of a regional plan and of an annual report. */
public enum StatementKind {
    /** Resultaträkning / resultatbudget. */
    INCOME_STATEMENT("income_statement"),
    /** Balansräkning / balansbudget. */
    BALANCE_SHEET("balance_sheet"),
    /** Kassaflödesanalys / kassaflödesbudget. */
    CASH_FLOW("cash_flow"),
    /** Balanskravsutredning. */
    BALANCE_REQUIREMENT("balance_requirement");

    private final String code;

    StatementKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
