package se.balans.app.workspace;

import java.nio.file.Path;
import java.util.Optional;

import se.balans.app.ConflictException;
import se.balans.engine.organisation.Organisation;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.ledger.LedgerHeader;
import se.balans.io.ledger.LedgerWarning;
import se.balans.store.Store;

/**
 * The rules that keep one organisation's figures apart from another's. A workspace names its
 * organisation; every input that names one too — a ledger file's {@code #ORGNR} and {@code #FNAMN},
 * the plan's and the closing configuration's {@code region} — must name the same, or the command is
 * refused with both named. A file that names none is accepted as the workspace's, with a warning.
 *
 * <p>The organisation number decides: systems write names differently ("REGION VÄSTERBOTTEN",
 * "Västerbottens läns landsting" before 2019), numbers they do not. So a file whose number matches
 * but whose name differs is accepted with a warning; a file with no number is judged by its name.
 */
public final class OrganisationCheck {
    private OrganisationCheck() {
    }

    /**
     * Checks a ledger file's header against the workspace's organisation.
     *
     * @return a warning to list after the import, if the file does not name the organisation the way
     *         the workspace does
     * @throws ConflictException when the file is another organisation's
     */
    public static Optional<LedgerWarning> ledger(Organisation workspace, Path file, LedgerHeader header) {
        String number = header.organisationNumber().strip();
        String name = header.companyName().strip();
        if (!number.isEmpty()) {
            Optional<String> parsed = Organisation.parseNumber(number);
            if (parsed.isPresent() && !workspace.hasNumber(number)) {
                throw new ConflictException(file.getFileName() + " is the ledger of " + describe(name, parsed.get())
                        + ", not of this workspace's organisation " + workspace + ": import it in that "
                        + "organisation's workspace");
            }
            if (parsed.isPresent()) {
                return name.isEmpty() || workspace.hasName(name) ? Optional.empty()
                        : Optional.of(new LedgerWarning(header.companyNameLine(), "#FNAMN",
                        "the file names the organisation \"" + name
                        + "\" where the workspace has \"" + workspace.name() + "\"; its number " + parsed.get()
                        + " is the workspace's, so it is imported"));
            }
        }
        if (!name.isEmpty()) {
            if (!workspace.hasName(name)) {
                throw new ConflictException(file.getFileName() + " is the ledger of \"" + name + "\""
                        + (number.isEmpty() ? " (no organisation number)" : " (organisation number \"" + number
                        + "\" is not a valid number)") + ", not of this workspace's organisation " + workspace
                        + ": import it in that organisation's workspace");
            }
            return number.isEmpty() ? Optional.empty() : Optional.of(new LedgerWarning(
                    header.organisationNumberLine(), "#ORGNR",
                    "\"" + number + "\" is not an organisation number; the file's name \"" + name
                            + "\" is the workspace's, so it is imported"));
        }
        if (header.format().equals("CSV")) {
            // The CSV ledger has no place for the organisation, so its warning says so rather than name SIE records.
            return Optional.of(new LedgerWarning(0, "", "a CSV ledger does not name its organisation; it is taken "
                    + "to be " + workspace.name() + "'s, the workspace's"));
        }
        return Optional.of(new LedgerWarning(0, "#FNAMN", "the file does not name its organisation (no #FNAMN, "
                + "no #ORGNR); it is taken to be " + workspace.name() + "'s, the workspace's"));
    }

    /**
     * The closing configuration named as the workspace's organisation.
     *
     * @throws ConflictException when its {@code plan.properties} names another organisation
     */
    public static ClosingSetup setup(Organisation workspace, Path dir, ClosingSetup setup) {
        if (!setup.organisation().isEmpty() && !workspace.hasName(setup.organisation())) {
            throw new ConflictException(mismatch("the closing configuration " + dir, setup.organisation(), workspace));
        }
        return setup.withOrganisation(workspace.name());
    }

    /**
     * Checks the plan's region against the workspace's organisation.
     *
     * @throws ConflictException when the plan is another organisation's
     */
    public static void plan(Organisation workspace, Path dir, String region) {
        if (!workspace.hasName(region)) {
            throw new ConflictException(mismatch("the plan " + dir, region, workspace));
        }
    }

    /**
     * Binds the store to the workspace's organisation, which its first import does; the same
     * organisation again changes nothing.
     *
     * @throws se.balans.store.StoreConflictException when the store is another organisation's
     */
    public static void bind(Store store, Organisation workspace) {
        store.bindOrganisation(workspace);
    }

    /**
     * Refuses a store that another organisation's workspace has bound. Reads only: a store nothing
     * has been imported into yet is bound by its first import, not by a look at it.
     *
     * @throws ConflictException naming both organisations
     */
    public static void store(Store store, Organisation workspace) {
        store.organisation().filter(o -> !o.number().equals(workspace.number())).ifPresent(o -> {
            throw new ConflictException("the store belongs to " + o + ", not to this workspace's organisation "
                    + workspace + ": one store holds one organisation's ledger; use that organisation's workspace "
                    + "or give this one its own store (store= in balans.properties, or --db)");
        });
    }

    private static String mismatch(String what, String named, Organisation workspace) {
        return what + " is " + named + "'s (region=" + named + " in plan.properties), not this workspace's "
                + "organisation " + workspace + ": point the workspace's balans.properties at its own files, or "
                + "correct region= if the files are the workspace's";
    }

    private static String describe(String name, String number) {
        return name.isEmpty() ? "organisation number " + number : name + " (" + number + ")";
    }
}
