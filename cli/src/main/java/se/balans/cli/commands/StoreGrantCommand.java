package se.balans.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.store.GrantRoles;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.reports.text.Labels;
import se.balans.store.jooq.StoreGrants;

/** {@code balans store grant}: least privilege for the finance unit's and the auditors' groups on PostgreSQL. */
@Command(name = "grant", mixinStandardHelpOptions = true,
        description = {"Grant the finance and auditor groups least privilege on a shared PostgreSQL store: as the "
                + "schema's owner, revoke what the two groups had and grant exactly what the commands need "
                + "(docs/postgresql.md). The finance group reads, adds rows, and "
                + "updates only the ledger's version, the audit chain's head, account names and the columns that "
                + "mark a record replaced; it cannot update or delete the audit log, the balances or a closing's "
                + "figures. The auditor group reads and appends to the audit log (its reports are recorded). "
                + "Run it after the first start and after every upgrade. Refused on H2 (exit 2)."})
public final class StoreGrantCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Option(names = "--finance", paramLabel = "ROLE", defaultValue = "balans_ekonomi",
            description = "The finance unit's group (default: ${DEFAULT-VALUE}).")
    String finance;

    @Option(names = "--auditor", paramLabel = "ROLE", defaultValue = "balans_revision",
            description = "The auditors' group (default: ${DEFAULT-VALUE}).")
    String auditor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        StoreGrants.Roles roles;
        try {
            roles = new StoreGrants.Roles(finance, auditor);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<StoreGrants.Granted> granted = GrantRoles.run(storeOption.url(), StoreOption.user(), StoreOption.password(),
                roles);
        for (String role : List.of(finance, auditor)) {
            out.println(l.format("store.grant.role", role));
            granted.stream().filter(g -> g.role().equals(role))
                    .collect(Collectors.groupingBy(StoreGrants.Granted::privilege, java.util.LinkedHashMap::new,
                            Collectors.mapping(StoreGrants.Granted::on, Collectors.joining(", "))))
                    .forEach((privilege, on) -> out.println("  " + privilege + ": " + on));
        }
        out.println(l.get("store.grant.done"));
        out.flush();
        return ExitCode.OK;
    }
}
