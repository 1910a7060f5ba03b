package se.balans.reports.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.liquidity.CashVsPlan;
import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.MonthlyReturn;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitStatus;
import se.balans.engine.policy.PolicyLimit;
import se.balans.engine.policy.PolicyMetric;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanPortfolio;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.engine.treasury.RateType;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/** The treasury tables in Swedish and English, with Swedish number format. */
class TreasuryTablesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 28);
    static final Labels SV = Labels.of(Language.SV);
    static final TextTableRenderer TEXT = new TextTableRenderer(NumberStyle.of(Language.SV));

    static final LoanPortfolio PORTFOLIO = LoanPortfolio.of(List.of(
            Loan.fixed("OLD", "Nordea", Money.ofMnkr("200"), LocalDate.of(2023, 2, 15), LocalDate.of(2026, 2, 16),
                    new BigDecimal("0.0221")),
            Loan.fixed("K1", "Kommuninvest", Money.ofMnkr("200"), LocalDate.of(2026, 2, 16), LocalDate.of(2030, 12, 16),
                    new BigDecimal("0.0284")),
            Loan.floating("K2", "Kommuninvest", Money.ofMnkr("200"), LocalDate.of(2026, 2, 16),
                    LocalDate.of(2027, 2, 16), new BigDecimal("0.0224"), LocalDate.of(2026, 5, 18))));

    @Test
    void everyTreasuryCodeHasALabelInBothLanguages() {
        for (Language lang : Language.values()) {
            Labels l = Labels.of(lang);
            for (PolicyMetric m : PolicyMetric.values()) {
                assertThat(l.get("policy.metric." + m.code())).isNotBlank();
            }
            for (LimitStatus s : LimitStatus.values()) {
                assertThat(l.get("policy.status." + s.name())).isNotBlank();
            }
            for (AssetClass a : AssetClass.values()) {
                assertThat(l.get("asset_class." + a.code())).isNotBlank();
            }
            for (RateType t : RateType.values()) {
                assertThat(l.get("rate_type." + t.code())).isNotBlank();
            }
        }
    }

    @Test
    void theSummaryShowsRatesToTwoDecimalsAndYearsToOneInSwedish() {
        PortfolioMetrics m = PORTFOLIO.metrics(AS_OF);
        String text = TEXT.render(new DebtTables(SV).summary(m, Optional.of(Money.ofMnkr("4000"))));
        assertThat(text).contains("Låneportföljen per 2026-02-28").contains("Total låneskuld, mnkr")
                .contains("400,0").contains("2,54 %").contains("Utrymme inom låneramen, mnkr").contains("3 600,0");
        String en = new TextTableRenderer(NumberStyle.of(Language.EN))
                .render(new DebtTables(Labels.of(Language.EN)).summary(m, Optional.empty()));
        assertThat(en).contains("Average interest rate").contains("2.54%").doesNotContain("Headroom");
    }

    @Test
    void theMonthsEventsListTheLoansAndSplitRefinancingFromNewBorrowing() {
        String text = TEXT.render(new DebtTables(SV).events(PORTFOLIO.events(YearMonth.of(2026, 2))));
        assertThat(text).contains("Förändringar i låneportföljen februari 2026").contains("Förfallit")
                .contains("Nytt lån").contains("Rörlig").contains("2,24 %").contains("Varav refinansiering")
                .contains("Varav nyupplåning").contains("Förändring av låneskulden");
        assertThat(TEXT.render(new DebtTables(SV).events(PORTFOLIO.events(YearMonth.of(2026, 1)))))
                .contains("Inga lån förföll");
    }

    @Test
    void theLimitTableGivesValueRangeAndVerdict() {
        FinancePolicy policy = new FinancePolicy(List.of(
                PolicyLimit.atMost(PolicyMetric.TOTAL_DEBT, Money.ofMnkr("4000").sek()),
                PolicyLimit.between(PolicyMetric.INTEREST_BINDING_YEARS, new BigDecimal("1.5"), new BigDecimal("4")),
                PolicyLimit.atMost(PolicyMetric.SHARE_MATURING_12M, new BigDecimal("0.3"))));
        PortfolioMetrics m = PORTFOLIO.metrics(AS_OF);
        String text = TEXT.render(new DebtTables(SV).policyLimits(AS_OF, policy.checkDebt(m)));
        assertThat(text).contains("högst 4 000").contains("1,5–4,0").contains("högst 30 %")
                .contains("Inom limit").contains("Utanför limit");
        assertThat(TEXT.render(new DebtTables(SV).maturityProfile(m))).contains("2027").contains("2030").contains("50,0 %");
    }

    @Test
    void pensionReturnsHaveAColumnPerAssetClass() {
        YearMonth jan = YearMonth.of(2026, 1);
        List<MonthlyReturn> rs = new ArrayList<>();
        rs.add(new MonthlyReturn(jan, AssetClass.TOTAL, new BigDecimal("0.029"), new BigDecimal("0.022"),
                Optional.of(Money.ofMnkr("6377"))));
        rs.add(new MonthlyReturn(jan, AssetClass.EQUITIES, new BigDecimal("0.0366"), new BigDecimal("0.0374"),
                Optional.of(Money.ofMnkr("3677"))));
        PensionPortfolio p = PensionPortfolio.of(rs);
        String text = TEXT.render(new PensionTables(SV).returns(jan, p.figures(jan)));
        assertThat(text).contains("Pensionsmedelsportföljen januari 2026").contains("Totalt").contains("Aktier")
                .contains("2,9 %").contains("0,7 %").contains("−0,1 %").contains("6 377,0");
        FinancePolicy policy = new FinancePolicy(List.of(new PolicyLimit(PolicyMetric.ALLOCATION,
                Optional.of(AssetClass.EQUITIES), Optional.of(new BigDecimal("0.4")), Optional.of(new BigDecimal("0.7")))));
        String allocation = TEXT.render(new PensionTables(SV).allocation(p.allocation(jan),
                policy.checkAllocation(p.allocation(jan))));
        assertThat(allocation).contains("57,7 %").contains("40 %–70 %").contains("Inom limit");
    }

    @Test
    void cashIsComparedWithTheBudgetPeriodisedToTheMonthEndNotWithTheYearEnd() {
        CashVsPlan c = new CashVsPlan(new CashBalance(YearMonth.of(2025, 7), Money.ofMnkr("517")),
                Optional.of(Money.ofMnkr("349")), Optional.of(Money.ofMnkr("461")));
        String text = TEXT.render(new LiquidityTables(SV).cashVsPlan(c));
        // 349 + (461 − 349) × 7/12 = 414,3 at the end of July; 517 is 102,7 above it (not 56 above December's 461).
        assertThat(text).contains("Likvida medel juli 2025").contains("517,0").contains("461,0").contains("414,3")
                .contains("102,7").doesNotContain("56,0");
    }
}
