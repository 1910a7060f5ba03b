package se.balans.engine.investment;

import java.util.Objects;

/**
 * An investment project (investeringsprojekt) of the project register: an object of the ledger's
 * project dimension (SIE {@code #OBJEKT 6 "P1042"}), with its name and the category it belongs to.
 *
 * <p>Why a register and not just the ledger's objects: the register names the project for the board,
 * places it in a category, and tells a project that is followed up from an object nobody registered —
 * which the follow-up then flags rather than shows as if it were planned.
 *
 * @param code        the object's code in the project dimension, as the ledger writes it
 * @param category    the category the project belongs to (a code of {@link InvestmentMapping})
 * @param name        the Swedish name
 * @param englishName the English name (the Swedish name when none is given)
 */
public record InvestmentProject(String code, String category, String name, String englishName) {
    public InvestmentProject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a project needs a code");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("the project " + code + " needs a name");
        }
        if (englishName.isBlank()) {
            englishName = name;
        }
    }
}
