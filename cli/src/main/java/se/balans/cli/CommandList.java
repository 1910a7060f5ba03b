package se.balans.cli;

import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The list of a command's subcommands in its {@code --help}: each with a summary of one line or two, the first
 * clause of its description. Picocli would show a description's whole first paragraph there, which for most
 * commands is most of their help; the paragraph stays in full in each command's own {@code --help}.
 */
final class CommandList {
    /** The widest a name column gets; a longer name pushes its summary to the next line. */
    private static final int NAME_WIDTH = 22;

    private CommandList() {
    }

    /** Installs the list's renderer on the command and, below it, on every command that has subcommands. */
    static void install(CommandLine cmd) {
        if (cmd.getSubcommands().isEmpty()) {
            return;
        }
        cmd.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandList::render);
        cmd.getSubcommands().values().forEach(CommandList::install);
    }

    static String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int width = help.commandSpec().usageMessage().width();
        Help.TextTable table = Help.TextTable.forColumns(help.colorScheme(),
                new Column(NAME_WIDTH, 2, Column.Overflow.SPAN), new Column(width - NAME_WIDTH, 1, Column.Overflow.WRAP));
        for (Map.Entry<String, Help> c : commands.entrySet()) {
            if (!c.getValue().commandSpec().usageMessage().hidden()) {
                table.addRowValues(c.getKey(), summary(c.getValue().commandSpec().usageMessage()));
            }
        }
        return table.toString();
    }

    /**
     * A command's summary: its header's first line if it has one, else its description's first clause — up to the
     * first colon, semicolon or full stop outside parentheses ("Import ledger files: SIE 4 (types 1–4…" gives
     * "Import ledger files").
     */
    static String summary(UsageMessageSpec usage) {
        if (usage.header().length > 0) {
            return usage.header()[0];
        }
        if (usage.description().length == 0) {
            return "";
        }
        String text = usage.description()[0].replace("%n", " ");
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (ch == ':' || ch == ';' || ch == '.')
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
