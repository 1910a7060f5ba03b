package se.balans.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import picocli.CommandLine.Command;

/**
 * The module and layer rules of docs/architecture.md, checked on the compiled main classes of every
 * module: each layer depends only downward, the engine knows nothing of files, databases or documents,
 * the application layer nothing of the command line, and a command calls use cases, never another command.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The modules' test jars (test helpers the cli tests use) are not part of the product.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("se.balans");

    @Test
    void theEngineIsAPureCore() {
        noClasses().that().resideInAPackage("se.balans.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("se.balans.io..", "se.balans.store..",
                        "se.balans.reports..", "se.balans.app..", "se.balans.cli..", "java.sql..", "org.jooq..",
                        "org.apache.poi..", "org.apache.pdfbox..", "picocli..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void readersStoreAndDocumentsStandSideBySideOnTheEngine() {
        noClasses().that().resideInAPackage("se.balans.io..")
                .should().dependOnClassesThat().resideInAnyPackage("se.balans.store..", "se.balans.reports..",
                        "se.balans.app..", "se.balans.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("se.balans.store..")
                .should().dependOnClassesThat().resideInAnyPackage("se.balans.io..", "se.balans.reports..",
                        "se.balans.app..", "se.balans.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("se.balans.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("se.balans.io..", "se.balans.store..",
                        "se.balans.app..", "se.balans.cli..")
                .check(CLASSES);
    }

    @Test
    void theApplicationLayerKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("se.balans.app..")
                .should().dependOnClassesThat().resideInAnyPackage("se.balans.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineHoldsNoSql() {
        noClasses().that().resideInAPackage("se.balans.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void everyOutputForProgramsComesFromTheReportModel() {
        // JSON and CSV are rendered by reports' JsonRenderer and CsvRenderer from the report data, never by hand.
        noClasses().that().resideInAPackage("se.balans.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.apache.commons.csv..")
                .check(CLASSES);
    }

    @Test
    void aCommandNeverCallsAnotherCommand() {
        noClasses().that().resideInAPackage("se.balans.cli..")
                .should(callAnotherCommand())
                .check(CLASSES);
    }

    /**
     * Method calls, constructor calls and field accesses from a command (or a class nested in it: its
     * subcommands, its printers) to another command class.
     */
    private static ArchCondition<JavaClass> callAnotherCommand() {
        return new ArchCondition<>("call another command class") {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                JavaClass command = outermost(source);
                if (!command.isAnnotatedWith(Command.class)) {
                    return;
                }
                Set<JavaAccess<?>> accesses = new java.util.HashSet<>(source.getAccessesFromSelf());
                for (JavaAccess<?> access : accesses) {
                    AccessTarget target = access.getTarget();
                    JavaClass owner = outermost(target.getOwner());
                    if (owner.isAnnotatedWith(Command.class) && !owner.equals(command)) {
                        events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass x = c;
        while (x.getEnclosingClass().isPresent()) {
            x = x.getEnclosingClass().get();
        }
        return x;
    }
}
