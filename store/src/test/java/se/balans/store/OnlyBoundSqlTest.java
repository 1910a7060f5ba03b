package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SQL reaches the database only as jOOQ builds it, with every value a bound parameter: the store's
 * sources contain no SQL text, no jOOQ plain-SQL call, no inlined value and no JDBC statement —
 * except what the allow-list below names, line by line, with the reason.
 *
 * <p>Why a scan of the sources rather than a runtime check: it covers code that the tests do not
 * run, and an exception has to be written down here, where a reviewer sees it.
 */
class OnlyBoundSqlTest {

    /** A line of a store source that may do what the rules forbid, and why. */
    record Allowed(String file, String line, String why) {
    }

    static final List<Allowed> ALLOWED = List.of(
            new Allowed("jooq/Database.java", "try (Statement st = c.createStatement();",
                    "the schema-version query, run before jOOQ and Flyway are set up (Database.schemaVersion)"),
            new Allowed("jooq/Database.java",
                    "ResultSet rs = st.executeQuery(\"SELECT \\\"version\\\" FROM \\\"flyway_schema_history\\\" WHERE "
                            + "\\\"success\\\"\")) {",
                    "the schema-version query: a constant, no value in it"),
            new Allowed("jooq/Database.java", "try (Statement st = c.createStatement()) {",
                    "H2 settings and session queries below, constants run on the raw connection"),
            new Allowed("jooq/Database.java", "st.execute(\"SET WRITE_DELAY 0\");",
                    "an H2 setting: a constant, no value in it"),
            new Allowed("jooq/Database.java",
                    "st.execute(dialect == SQLDialect.H2 ? \"SET LOCK_TIMEOUT \" + seconds * 1000",
                    "the lock timeout (H2): an int that lockTimeoutSeconds parsed and checked above 0, no text"),
            new Allowed("jooq/Database.java", ": \"SET lock_timeout = '\" + seconds + \"s'\");",
                    "the lock timeout (PostgreSQL, SET takes no bind parameter): the same checked int, no text"),
            new Allowed("jooq/Database.java", "try (ResultSet rs = st.executeQuery(",
                    "H2 sessions: the constant query on the next line"),
            new Allowed("jooq/Database.java",
                    "\"SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()\")) {",
                    "H2 sessions: a constant, no value in it"),
            new Allowed("jooq/Database.java",
                    "try (ResultSet rs = st.executeQuery(\"SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS "
                            + "NOT NULL\")) {",
                    "H2 sessions: a constant, no value in it"),
            new Allowed("jooq/StoreGrants.java", "ctx.execute(\"REVOKE ALL ON {0} FROM {1}\", t, r);",
                    "GRANT and REVOKE take no bind parameters: a generated table and a role name checked against "
                            + "[a-z_][a-z0-9_]* (Roles), rendered by jOOQ as QueryParts"),
            new Allowed("jooq/StoreGrants.java", "ctx.execute(\"REVOKE ALL ON {0} FROM {1}\", history, r);",
                    "the same, for Flyway's history table"),
            new Allowed("jooq/StoreGrants.java", "ctx.execute(\"GRANT USAGE ON SCHEMA {0} TO {1}\", DSL.name(schema), r);",
                    "the same: the schema the database itself names as current, and a checked role"),
            new Allowed("jooq/StoreGrants.java",
                    "ctx.execute(\"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {0} TO {1}\", DSL.name(schema), "
                            + "DSL.name(finance));",
                    "the same: the current schema and a checked role"),
            new Allowed("jooq/StoreGrants.java",
                    "ctx.execute(\"GRANT \" + privilege + \" ON {0} TO {1}\", table, DSL.name(role));",
                    "the privilege is a constant of the code or generated column names (update(…)), never input; "
                            + "table and role are QueryParts as above"),
            new Allowed("jooq/StoreCopy.java",
                    "dst.query(\"ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}\", t, column, DSL.inline(max + 1)).execute();",
                    "a copy's identity restart (jOOQ 3.19 renders none; DDL takes no bind parameter): the table and column "
                            + "from the generated schema, the number one past the highest id copied"));

    /** Calls that send SQL text the code wrote, or values inlined into it. */
    private static final Pattern FORBIDDEN_CALL = Pattern.compile(
            "\\b(createStatement|prepareStatement|prepareCall|executeQuery|executeUpdate|executeLargeUpdate|addBatch"
                    + "|nativeSQL)\\s*\\("
                    + "|\\bDSL\\s*\\.\\s*(sql|field|table|condition|query|resultQuery|inline|val)\\s*\\(\\s*\""
                    + "|\\b(sql|field|table|condition|query|resultQuery|fetch|fetchOne|fetchLazy|execute|where|and|or"
                    + "|having|orderBy)\\s*\\(\\s*\""
                    + "|\\bDSL\\s*\\.\\s*inline\\s*\\(|\\binline\\s*\\("
                    + "|STATIC_STATEMENT|ParamType\\s*\\.\\s*INLINED|@\\s*Allow\\s*\\.\\s*PlainSQL|\\bPlainSQL\\b");
    /** A string literal that starts like SQL: text that would become a statement or a piece of one. */
    private static final Pattern SQL_TEXT = Pattern.compile(
            "(?is)^\\s*(select|insert|update|delete|merge|upsert|create|drop|alter|truncate|grant|revoke|with|call"
                    + "|exec|set|values|where|and|or|order\\s+by|group\\s+by|from|join)\\b.*");

    @Test
    void theStoreSendsNoSqlTextOfItsOwnExceptTheAllowList() throws IOException {
        Path root = Path.of("src/main/java/se/balans/store");
        List<String> violations = new ArrayList<>();
        Set<Allowed> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                Source src = Source.of(Files.readString(f));
                for (int i = 0; i < src.code().size(); i++) {
                    String code = src.code().get(i);
                    String line = src.lines().get(i).strip();
                    boolean bad = FORBIDDEN_CALL.matcher(code).find()
                            || src.literals().get(i).stream().anyMatch(l -> SQL_TEXT.matcher(l).matches());
                    if (!bad) {
                        continue;
                    }
                    Allowed a = ALLOWED.stream().filter(x -> x.file().equals(name) && x.line().equals(line)).findFirst()
                            .orElse(null);
                    if (a == null) {
                        violations.add(name + ":" + (i + 1) + ": " + line);
                    } else {
                        used.add(a);
                    }
                }
            }
        }
        assertThat(violations).as("SQL built outside jOOQ's bound parameters; use jOOQ, or add the line to ALLOWED "
                + "with the reason").isEmpty();
        assertThat(used).as("allow-list entries that no longer match a line: remove them").containsExactlyInAnyOrderElementsOf(
                ALLOWED);
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String java = """
                class X {
                    // SELECT * FROM t in a comment is fine
                    void a() { ctx.fetch("SELECT * FROM closing WHERE period = '" + p + "'"); }
                    void b() { ctx.select(CLOSING.ID).from(CLOSING).where("period = " + p).fetch(); }
                    void c() { ctx.execute(DSL.sql("DELETE FROM x")); }
                    void d() { String q = "delete from x where id = " + id; }
                    void e() { ctx.select(DSL.inline(p)).fetch(); }
                    void f() { c.prepareStatement(q); }
                    void g() { ctx.select(CLOSING.ID).from(CLOSING).where(CLOSING.PERIOD.eq(p)).fetch(); }
                    String h = "Selected months: " + n; /* "DROP TABLE x" in a comment */
                }
                """;
        Source src = Source.of(java);
        List<Integer> flagged = new ArrayList<>();
        for (int i = 0; i < src.code().size(); i++) {
            if (FORBIDDEN_CALL.matcher(src.code().get(i)).find()
                    || src.literals().get(i).stream().anyMatch(l -> SQL_TEXT.matcher(l).matches())) {
                flagged.add(i + 1);
            }
        }
        assertThat(flagged).containsExactly(3, 4, 5, 6, 7, 8);
    }

    /**
     * A Java source split into lines: each line's code with comments removed and string contents
     * blanked, and the string literals that start on it (text blocks included).
     */
    record Source(List<String> lines, List<String> code, List<List<String>> literals) {
        static Source of(String text) {
            List<String> lines = List.of(text.split("\n", -1));
            List<String> code = new ArrayList<>();
            List<List<String>> literals = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            List<String> found = new ArrayList<>();
            StringBuilder literal = null;
            List<String> literalLine = null;
            boolean block = false;
            boolean textBlock = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == '\n') {
                    code.add(line.toString());
                    literals.add(found);
                    line = new StringBuilder();
                    found = new ArrayList<>();
                    if (literal != null && textBlock) {
                        literal.append(c);
                    }
                    continue;
                }
                if (block) {
                    if (c == '*' && next == '/') {
                        block = false;
                        i++;
                    }
                } else if (literal != null) {
                    boolean end = textBlock ? text.startsWith("\"\"\"", i) : c == '"';
                    if (c == '\\') {
                        literal.append(c).append(next);
                        i++;
                    } else if (end) {
                        literalLine.add(literal.toString());
                        literal = null;
                        line.append('"');
                        i += textBlock ? 2 : 0;
                    } else {
                        literal.append(c);
                    }
                } else if (c == '/' && next == '/') {
                    while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                } else if (c == '/' && next == '*') {
                    block = true;
                    i++;
                } else if (c == '\'') {
                    int close = text.indexOf('\'', i + (next == '\\' ? 3 : 2));
                    line.append("' '");
                    i = close;
                } else if (c == '"') {
                    textBlock = text.startsWith("\"\"\"", i);
                    literal = new StringBuilder();
                    literalLine = found;
                    line.append('"');
                    i += textBlock ? 2 : 0;
                } else {
                    line.append(c);
                }
            }
            code.add(line.toString());
            literals.add(found);
            return new Source(lines, code, literals);
        }
    }
}
