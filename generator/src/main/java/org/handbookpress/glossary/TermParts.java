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
 * since the term already shows it. "or" parts only an English term: other languages' words for it are other words; so
 * do English's words for another name a term goes by, "Peer Supporter (a.k.a. Buddy)", "Peer Supporter, also known as
 * Buddy", "Check-in (also: Round)": Buddy is found, where the part was "a.k.a. Buddy", which no page writes.
 * A part too short or too common to link (CommonWords) is left out, as the author never asked for it alone.
 */
final class TermParts {

    /** A name and, in brackets at its end, its short form or other name: "Designated Safeguarding Lead (DSL)". */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** Names either side of a slash ("Carer / Caregiver", "Carer/Caregiver"), or of " or " in English. */
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern OR = Pattern.compile("\\s+or\\s+");
    /** The English ways of naming another name a term goes by: "a.k.a.", "aka", "also known as", "also called", "also:". */
    private static final String ALIAS = "(?:a\\.?k\\.?a\\.?|also\\s+known\\s+as|also\\s+called|also)";
    /** A name and, in brackets, another it goes by: "Peer Supporter (a.k.a. Buddy)", "Check-in (also: Round)". */
    private static final Pattern ALIAS_BRACKETED = Pattern.compile("^(.+?)\\s*\\(\\s*" + ALIAS + "(?:\\s*:\\s*|\\s+)([^()]+?)\\s*\\)$",
            Pattern.CASE_INSENSITIVE);
    /** A name, a comma, and another it goes by: "Peer Supporter, also known as Buddy". */
    private static final Pattern ALIAS_AFTER_COMMA = Pattern.compile("^(.+?),\\s*" + ALIAS + "(?:\\s*:\\s*|\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Between the other names one alias gives: "a.k.a. Buddy, Mentor or Guide". */
    private static final Pattern ALIASES_BETWEEN = Pattern.compile("\\s*,\\s*|\\s+or\\s+");
    /** At most this many words in brackets: "(DSL)", "(safeguarding lead)", not a sentence about the term. */
    private static final int BRACKET_WORDS = 4;

    private TermParts() {
    }

    /** The parts of {@code term}, each a name the pages may use alone; empty for a term of one name. */
    static List<String> of(String term, Locale language) {
        String whole = term.strip();
        List<String> parts = new ArrayList<>();
        Matcher alias = english(language) ? aliasOf(whole) : null;
        Matcher bracketed = BRACKETED.matcher(whole);
        if (alias != null) {
            // "X (a.k.a. Y)": X and Y, not "a.k.a. Y", which no page writes.
            parts.add(alias.group(1).strip());
            parts.addAll(List.of(ALIASES_BETWEEN.split(alias.group(2).strip())));
        } else if (bracketed.matches() && bracketed.group(2).strip().split("\\s+").length <= BRACKET_WORDS) {
            parts.add(bracketed.group(1).strip());
            parts.add(bracketed.group(2).strip());
        } else {
            Pattern between = SLASH.matcher(whole).find() ? SLASH
                    : english(language) ? OR : null;
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

    private static boolean english(Locale language) {
        return language.getLanguage().equals("en") || language.getLanguage().isEmpty();
    }

    /** The term as a name and the other it goes by, in English's words for that; null when it is not written so. */
    private static Matcher aliasOf(String term) {
        for (Pattern form : List.of(ALIAS_BRACKETED, ALIAS_AFTER_COMMA)) {
            Matcher m = form.matcher(term);
            if (m.matches() && !m.group(2).isBlank()) {
                return m;
            }
        }
        return null;
    }
}
