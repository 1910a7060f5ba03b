package se.balans.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The message is the one line the CLI prints, whatever input it quotes. */
class InputFileExceptionTest {
    private static final Path FILE = Path.of("history.csv");

    @Test
    void fileLineColumnAndMessageMakeOneLine() {
        assertThat(new InputFileException(FILE, 3L, "year", "expected a year").getMessage())
                .isEqualTo("history.csv:3: column year: expected a year");
        assertThat(new InputFileException(FILE, null, null, "no such file").getMessage())
                .isEqualTo("history.csv: no such file");
    }

    @Test
    void controlCharactersInQuotedInputAreShownAsEscapesSoTheMessageStaysOneLineAndCannotDriveTheTerminal() {
        String quoted = "expected a year such as 2025, got \"20\n25\u001B[2J\r\u0085\u202E\"";

        String message = new InputFileException(FILE, 3L, "year", quoted).getMessage();

        assertThat(message).isEqualTo("history.csv:3: column year: expected a year such as 2025, got "
                + "\"20\\u000A25\\u001B[2J\\u000D\\u0085\\u202E\"");
        assertThat(message.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void aHugeQuotedValueIsShortenedToItsStartAndEnd() {
        String digits = "9".repeat(100_000);

        String message = new InputFileException(FILE, 3L, "result", "expected a number, got \"" + digits + "\"")
                .getMessage();

        assertThat(message).isEqualTo("history.csv:3: column result: expected a number, got \"" + "9".repeat(59)
                + "…(100002 characters)…" + "9".repeat(19) + "\"");
    }

    @Test
    void aLongMessageIsCutAndAnAbsurdColumnNameShortened() {
        String message = new InputFileException(FILE, 1L, "a ".repeat(5_000), "x ".repeat(5_000)).getMessage();

        assertThat(message).hasSizeLessThan(1_200).startsWith("history.csv:1: column a a ").endsWith("…");
    }

    @Test
    void swedishTextAndOrdinaryPunctuationAreLeftAsTheyAre() {
        String text = "voucher A 17: date 2024-12-31 is outside the fiscal year (#RAR 0) — Lön, Årsta, 1 234,5 mnkr";

        assertThat(new InputFileException(FILE, 2L, null, text).getMessage()).isEqualTo("history.csv:2: " + text);
    }
}
