package se.balans.cli;

import picocli.CommandLine.Option;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/** {@code --lang sv|en}, on every command that prints for people. */
public final class LanguageOption {
    @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv",
            description = "Language of tables and documents: sv (default) or en.",
            converter = LanguageConverter.class)
    Language language = Language.SV;

    public Language language() {
        return language;
    }

    public Labels labels() {
        return Labels.of(language);
    }

    public NumberStyle numbers() {
        return NumberStyle.of(language);
    }

    /** Accepts sv/en in any case. */
    public static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value);
        }
    }
}
