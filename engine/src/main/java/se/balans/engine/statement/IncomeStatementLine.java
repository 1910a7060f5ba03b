package se.balans.engine.statement;

import java.util.List;

/**
 * Lines of the result statement (resultaträkning / resultatbudget) in the order of LKBR 5 kap.
 *
 * <p>Amounts are signed as printed: revenues positive, costs and depreciation negative, so every
 * total is a plain sum.
 */
public enum IncomeStatementLine implements StatementLine {
    /** Verksamhetens intäkter. */
    OPERATING_REVENUE("operating_revenue"),
    /** Verksamhetens kostnader. */
    OPERATING_COSTS("operating_costs"),
    /** Avskrivningar. */
    DEPRECIATION("depreciation"),
    /** Verksamhetens nettokostnader. */
    NET_OPERATING_COST("net_operating_cost", OPERATING_REVENUE, OPERATING_COSTS, DEPRECIATION),
    /** Skatteintäkter. */
    TAX_REVENUE("tax_revenue"),
    /** Generella statsbidrag och utjämning. */
    GENERAL_GRANTS("general_grants"),
    /** Verksamhetens resultat. */
    OPERATING_RESULT("operating_result", NET_OPERATING_COST, TAX_REVENUE, GENERAL_GRANTS),
    /** Finansiella intäkter. */
    FINANCIAL_INCOME("financial_income"),
    /** Finansiella kostnader. */
    FINANCIAL_COSTS("financial_costs"),
    /** Resultat efter finansiella poster. */
    RESULT_AFTER_FINANCIAL_ITEMS("result_after_financial_items", OPERATING_RESULT, FINANCIAL_INCOME, FINANCIAL_COSTS),
    /** Extraordinära poster. */
    EXTRAORDINARY_ITEMS("extraordinary_items"),
    /** Årets resultat. */
    RESULT_FOR_YEAR("result_for_year", RESULT_AFTER_FINANCIAL_ITEMS, EXTRAORDINARY_ITEMS);

    private final String code;
    private final List<IncomeStatementLine> components;

    IncomeStatementLine(String code, IncomeStatementLine... components) {
        this.code = code;
        this.components = List.of(components);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<IncomeStatementLine> components() {
        return components;
    }

    /** The line with this machine code, total or input; empty if there is none. */
    public static java.util.Optional<IncomeStatementLine> fromCode(String code) {
        for (IncomeStatementLine l : values()) {
            if (l.code.equals(code)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    /** The input line (not a total) with this machine code: what ledgers and budgets book to. */
    public static java.util.Optional<IncomeStatementLine> inputFromCode(String code) {
        return fromCode(code).filter(l -> !l.isTotal());
    }

    /** The input lines' codes, for messages that say what is accepted. */
    public static List<String> inputCodes() {
        return java.util.Arrays.stream(values()).filter(l -> !l.isTotal()).map(IncomeStatementLine::code).toList();
    }
}
