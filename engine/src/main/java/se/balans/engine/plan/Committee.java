package se.balans.engine.plan;

import java.util.Objects;

/**
 * A budget-holding body: nämnd or styrelse (regionstyrelsen, hälso- och sjukvårdsnämnden, …).
 *
 * @param code short stable identifier used in files and mappings (e.g. {@code HSN})
 * @param name the body's name in Swedish, as the council adopted it
 * @param englishName the name used with {@code --lang en}
 */
public record Committee(String code, String name, String englishName) {
    public Committee {
        code = Checks.code(code, "committee code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("committee " + code + " has no name");
        }
        englishName = englishName == null || englishName.isBlank() ? name : englishName;
    }
}
