package se.balans.engine.investment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The project register: which dimension of the ledger carries the investment projects, and the
 * projects, in the order the reports show them.
 *
 * @param dimension the dimension's id as the ledger names it: {@code "6"} (SIE's projekt) or a CSV
 *                  ledger's {@code dim_<name>} name
 * @param projects  the projects, each code once
 */
public record InvestmentProjects(String dimension, List<InvestmentProject> projects) {
    public InvestmentProjects {
        Objects.requireNonNull(dimension, "dimension");
        projects = List.copyOf(projects);
        if (dimension.isBlank()) {
            throw new IllegalArgumentException("the project register needs the ledger's project dimension");
        }
        Set<String> codes = new HashSet<>();
        for (InvestmentProject p : projects) {
            if (!codes.add(p.code())) {
                throw new IllegalArgumentException("the project " + p.code() + " is registered twice");
            }
        }
    }

    /** The registered project of this code. */
    public Optional<InvestmentProject> project(String code) {
        return projects.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
