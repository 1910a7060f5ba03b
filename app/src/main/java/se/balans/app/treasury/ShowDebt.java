package se.balans.app.treasury;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.reports.treasury.DebtData;

/** Use case: the loan portfolio as of a date, against the finance policy's limits if one is given. */
public final class ShowDebt {
    private ShowDebt() {
    }

    public record Request(Path loans, LocalDate asOf, Optional<Path> policy) {
        public Request {
            Objects.requireNonNull(loans, "loans");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The portfolio's metrics, the borrowing limit, the policy checks and the month's loan events. */
    public record Result(PortfolioMetrics metrics, Optional<Money> borrowingLimit, List<LimitCheck> checks,
                         LoanEvents events) {
        public Result {
            checks = List.copyOf(checks);
        }

        public DebtData data() {
            return new DebtData(metrics, borrowingLimit, checks, events);
        }
    }

    public static Result run(Request request) {
        LoanRegister register = LoanRegister.read(request.loans());
        PortfolioMetrics m = register.metrics(request.asOf());
        Optional<FinancePolicy> policy = request.policy().map(FinancePolicyFile::read);
        List<LimitCheck> checks = policy.map(p -> p.checkDebt(m)).orElse(List.of());
        LoanEvents events = register.portfolio().events(YearMonth.from(request.asOf()));
        return new Result(m, policy.flatMap(FinancePolicy::borrowingLimit), checks, events);
    }
}
