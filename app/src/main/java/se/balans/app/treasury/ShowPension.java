package se.balans.app.treasury;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.policy.LimitCheck;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.treasury.PensionData;

/** Use case: the pension-fund portfolio of a month against its benchmark, and its allocation against the policy. */
public final class ShowPension {
    private ShowPension() {
    }

    /** @param month the month to show; empty: the latest in the file */
    public record Request(Path returns, Optional<YearMonth> month, Optional<Path> policy) {
        public Request {
            Objects.requireNonNull(returns, "returns");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(policy, "policy");
        }
    }

    public record Result(YearMonth month, List<AssetClassFigures> figures, Allocation allocation,
                         List<LimitCheck> checks) {
        public Result {
            figures = List.copyOf(figures);
            checks = List.copyOf(checks);
        }

        public PensionData data() {
            return new PensionData(month, figures, allocation, checks);
        }
    }

    /** @throws MissingInputException when the file has no returns for the month */
    public static Result run(Request request) {
        PensionPortfolio portfolio = PensionReturnsFile.read(request.returns());
        YearMonth m = request.month().orElseGet(() -> portfolio.latestMonth().orElseThrow());
        List<AssetClassFigures> figures = portfolio.figures(m);
        if (figures.isEmpty()) {
            throw new MissingInputException(request.returns() + ": no returns for " + m + "; the file covers "
                    + portfolio.earliestMonth().orElseThrow() + " – " + portfolio.latestMonth().orElseThrow());
        }
        Allocation allocation = portfolio.allocation(m);
        List<LimitCheck> checks = request.policy().map(FinancePolicyFile::read)
                .map(p -> p.checkAllocation(allocation)).orElse(List.of());
        return new Result(m, figures, allocation, checks);
    }
}
