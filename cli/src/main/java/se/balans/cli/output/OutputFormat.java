package se.balans.cli.output;

/** How a command prints: a table for people, or CSV / JSON for programs (plain numbers, '.' decimals). */
public enum OutputFormat {
    table, csv, json
}
