package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a term written as two names stands for, each of which the pages use on its own: "Designated Safeguarding
 * Lead (DSL)", "Carer / Caregiver", "Repository or Repo". Glossaries write terms so (Mozilla's Open Leadership training:
 * "Elevation / Escalation", "Repository or Repo"), and no page wrote the whole: the term was linked nowhere and reported
 * unused. Each part is found on the pages as an {@code Also:} form is, without being listed as one on the glossary page,
 * since the term already shows it. "or" parts only an English term: other languages' words for it are other words.
 * A part too short or too common to link (CommonWords) is left out, as the author never asked for it alone.
 */
final class TermParts {

    /** A name and, in brackets at its end, its short form or other name: "Designated Safeguarding Lead (DSL)". */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** Names either side of a slash ("Carer / Caregiver", "Carer/Caregiver"), or of " or " in English. */
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern OR = Pattern.compile("\\s+or\\s+");
    /** At most this many words in brackets: "(DSL)", "(safeguarding lead)", not a sentence about the term. */
    private static final int BRACKET_WORDS = 4;

    private TermParts() {
    }

    /** The parts of {@code term}, each a name the pages may use alone; empty for a term of one name. */
    static List<String> of(String term, Locale language) {
        String whole = term.strip();
        List<String> parts = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(whole);
        if (bracketed.matches() && bracketed.group(2).strip().split("\\s+").length <= BRACKET_WORDS) {
            parts.add(bracketed.group(1).strip());
            parts.add(bracketed.group(2).strip());
        } else {
            Pattern between = SLASH.matcher(whole).find() ? SLASH
                    : language.getLanguage().equals("en") || language.getLanguage().isEmpty() ? OR : null;
            if (between != null) {
                String[] split = between.split(whole);
                if (split.length > 1) {
                    parts.addAll(List.of(split));
                }
            }
        }
        return parts.stream().map(String::strip).filter(part -> part.codePoints().anyMatch(Character::isLetter))
                .filter(part -> !CommonWords.isTooShort(part) && !CommonWords.linksEverywhere(part, language))
                .distinct().toList();
    }
}
