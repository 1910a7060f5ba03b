package se.balans.io.sample;

import java.util.List;
import java.util.Map;

import se.balans.engine.statement.IncomeStatementLine;

/**
 * The sample region's chart: accounts per result line (Region-Bas style numbers and names) with
 * their weight in the line and their balance-sheet counter-account, the balance-sheet accounts and
 * what the bank settles monthly, and cost centres per committee. Illustrative: the seeds publish no
 * chart of accounts; the numbers follow the classes of {@code account-mapping.csv}.
 */
final class SampleChart {
    private SampleChart() {
    }

    record Account(String number, String name, int weight, String series, String counterAccount) {
    }

    record CostCentre(String id, String name) {
    }

    /** Where region-wide items (taxes, grants, financial items) are booked: the finance administration. */
    static final CostCentre FINANCE = new CostCentre("1000", "Finansförvaltning");

    static final Map<IncomeStatementLine, List<Account>> ACCOUNTS = Map.of(
            IncomeStatementLine.OPERATING_REVENUE, List.of(
                    new Account("3011", "Patientavgifter öppen vård", 2, "K", "1510"),
                    new Account("3110", "Försäljning av hälso- och sjukvård", 4, "K", "1510"),
                    new Account("3510", "Försäljning av tjänster", 3, "K", "1510"),
                    new Account("3610", "Hyresintäkter", 1, "K", "1510"),
                    new Account("3710", "Riktade statsbidrag", 3, "K", "1930"),
                    new Account("3910", "Övriga intäkter", 1, "K", "1510")),
            IncomeStatementLine.OPERATING_COSTS, List.of(
                    new Account("4010", "Köpt vård", 3, "A", "2440"),
                    new Account("4210", "Läkemedel", 5, "A", "2440"),
                    new Account("4310", "Medicinskt material", 3, "A", "2440"),
                    new Account("4610", "Köpta verksamhetsanknutna tjänster", 2, "A", "2440"),
                    new Account("4620", "Inhyrd personal", 1, "A", "2440"),
                    new Account("5010", "Löner tillsvidareanställda", 14, "L", "1930"),
                    new Account("5110", "Löner tidsbegränsat anställda", 2, "L", "1930"),
                    new Account("5510", "Arbetsgivaravgifter", 5, "L", "2710"),
                    new Account("5710", "Pensionskostnader", 4, "L", "2740"),
                    new Account("6110", "Lokalhyror", 2, "A", "2440"),
                    new Account("6210", "Energi", 1, "A", "2440"),
                    new Account("6410", "Förbrukningsmaterial", 1, "A", "2440"),
                    new Account("6910", "IT-tjänster", 2, "A", "2440"),
                    new Account("7010", "Resor och transporter", 1, "A", "2440"),
                    new Account("7510", "Övriga kostnader", 1, "A", "2440")),
            IncomeStatementLine.DEPRECIATION, List.of(
                    new Account("7810", "Avskrivningar byggnader", 3, "M", "1119"),
                    new Account("7830", "Avskrivningar inventarier", 2, "M", "1229")),
            IncomeStatementLine.TAX_REVENUE, List.of(
                    new Account("8011", "Preliminär skatteintäkt", 1, "S", "1930")),
            IncomeStatementLine.GENERAL_GRANTS, List.of(
                    new Account("8210", "Inkomstutjämning", 6, "S", "1930"),
                    new Account("8220", "Kostnadsutjämning", 2, "S", "1930"),
                    new Account("8310", "Läkemedelsbidrag", 3, "S", "1930")),
            IncomeStatementLine.FINANCIAL_INCOME, List.of(
                    new Account("8410", "Ränteintäkter", 1, "F", "1930"),
                    new Account("8440", "Avkastning pensionsmedel", 5, "F", "1820")),
            IncomeStatementLine.FINANCIAL_COSTS, List.of(
                    new Account("8510", "Räntekostnader lån", 1, "F", "1930"),
                    new Account("8540", "Finansiell kostnad pensioner", 3, "F", "2210")));

    /** Likvida medel: where payments go, and what the outline's {@code cash} items set at month end. */
    static final String BANK = "1930";
    /** Short-term placements (with the pension fund): what the bank moves money to or from at month end. */
    static final String PLACEMENTS = "1820";
    /** Eget kapital: where a year's result goes when the next year opens. */
    static final String EQUITY = "2010";
    /** Lån från kreditinstitut: the outline's loans. */
    static final String LOANS = "2310";

    /**
     * The balance-sheet accounts (Region-Bas style numbers and Swedish names; illustrative): the vouchers'
     * counter-rows, the settlements, investments, loans and placements, and the opening balances. The
     * fixed-asset accounts the investments are booked on follow the sample's investment categories
     * ({@code investment-accounts.csv}): property on 1110 and 1120, medical equipment on 1220, vehicles
     * and service equipment on 1230, IT on 1250, other equipment on 1210.
     */
    static final Map<String, String> BALANCE_ACCOUNTS = Map.ofEntries(
            Map.entry("1110", "Byggnader och mark"),
            Map.entry("1119", "Ackumulerade avskrivningar byggnader"),
            Map.entry("1120", "Pågående ny- och ombyggnad"),
            Map.entry("1210", "Maskiner och inventarier"),
            Map.entry("1220", "Medicinteknisk utrustning"),
            Map.entry("1229", "Ackumulerade avskrivningar inventarier"),
            Map.entry("1230", "Bilar och andra transportmedel"),
            Map.entry("1250", "Datorer och IT-utrustning"),
            Map.entry("1410", "Förråd"),
            Map.entry("1510", "Kundfordringar"),
            Map.entry("1790", "Förutbetalda kostnader och upplupna intäkter"),
            Map.entry(PLACEMENTS, "Kortfristiga placeringar (pensionsmedel)"),
            Map.entry(BANK, "Bank"),
            Map.entry(EQUITY, "Eget kapital"),
            Map.entry("2210", "Avsättning för pensioner"),
            Map.entry(LOANS, "Lån från kreditinstitut"),
            Map.entry("2390", "Övriga långfristiga skulder (investeringsbidrag)"),
            Map.entry("2440", "Leverantörsskulder"),
            Map.entry("2710", "Personalens källskatt och arbetsgivaravgifter"),
            Map.entry("2740", "Upplupna pensionskostnader"),
            Map.entry("2920", "Upplupna semesterlöner och övertid"),
            Map.entry("2990", "Övriga upplupna kostnader och förutbetalda intäkter"));

    /**
     * A receivable or liability the bank settles each month: what stood on it at the end of the month
     * before is paid (or received) on {@code day}, so about one month is always outstanding (illustrative).
     */
    record Settlement(String account, int day, String text) {
    }

    static final List<Settlement> SETTLEMENTS = List.of(
            new Settlement("2710", 12, "Betalning skatteavdrag och arbetsgivaravgifter"),
            new Settlement("1510", 20, "Inbetalningar kundfordringar"),
            new Settlement("2740", 20, "Betalning pensionspremier"),
            new Settlement("2440", 25, "Betalning leverantörsskulder"));

    /** Operating cost centres per committee; RS's region-wide items go to {@link #FINANCE}. */
    static final Map<String, List<CostCentre>> COST_CENTRES = Map.of(
            "RF", List.of(new CostCentre("0110", "Regionfullmäktige")),
            "RS", List.of(new CostCentre("1100", "Regionledning"), new CostCentre("1200", "Digitalisering och service"),
                    new CostCentre("1300", "Fastighet"), new CostCentre("1400", "Beställare primärvård"),
                    new CostCentre("1500", "Beställare tandvård")),
            "HSN", List.of(new CostCentre("2100", "Norrlands universitetssjukhus"),
                    new CostCentre("2200", "Skellefteå lasarett"), new CostCentre("2300", "Lycksele lasarett"),
                    new CostCentre("3100", "Primärvård Umeå"), new CostCentre("3200", "Primärvård Skellefteå"),
                    new CostCentre("4100", "Psykiatri"), new CostCentre("5100", "Folktandvården")),
            "RUN", List.of(new CostCentre("6100", "Kollektivtrafik"), new CostCentre("6200", "Kultur"),
                    new CostCentre("6300", "Näringsliv och samhällsbyggnad")),
            "FHS", List.of(new CostCentre("7110", "Folkhögskolor")),
            "PN", List.of(new CostCentre("7210", "Patientnämnden")),
            "REV", List.of(new CostCentre("7310", "Revisionen")));

    /** Own revenues as a share of each committee's gross costs (illustrative). */
    static final Map<String, java.math.BigDecimal> REVENUE_SHARE = Map.of("RF", new java.math.BigDecimal("0.02"),
            "RS", new java.math.BigDecimal("0.10"), "HSN", new java.math.BigDecimal("0.12"),
            "RUN", new java.math.BigDecimal("0.35"), "FHS", new java.math.BigDecimal("0.02"),
            "PN", new java.math.BigDecimal("0.02"), "REV", new java.math.BigDecimal("0.02"));
}
