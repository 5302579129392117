package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    /** Every key a page can give, each away from its default, read as the build reads it. */
    private static final String EVERY_KEY = """
            ---
            title: Welcome session
            kind: session
            order: 3
            summary: The first evening.
            reviewed: 2026-05-10
            review-every: 12 months
            next-review: 2027-05-10
            duration: 1h 30 min
            start: "18:30"
            draft: true
            glossary: false
            handout: notes
            ignore: [placeholder.todo]
            slide-level: 2
            marp: true
            owner: Volunteer lead
            version: "1.2"
            aliases: [First evening]
            redirect-from: [old/welcome.html]
            nav-title: Welcome
            lang: cy
            questions: volunteers@example.org
            prereq: Read the code of conduct.
            materials: Name badges.
            chapter: true
            parent: Getting started
            toc_hide: true
            hero:
              actions:
                - text: Start here
                  link: arrival.md
            ---
            ## Arrival
            """;

    /**
     * A copy made with the builder keeps every value: each component of this front matter differs from the default, so a
     * value the builder failed to copy would show.
     */
    @Test
    void aCopyKeepsEveryValue() {
        Findings findings = new Findings();
        FrontMatter meta = new FrontMatterParser(findings).split(EVERY_KEY, "training/welcome.md").orElseThrow().meta();
        assertEquals(List.of(), findings.sorted());
        for (RecordComponent component : FrontMatter.class.getRecordComponents()) {
            assertNotEquals(invoke(component, FrontMatter.empty()), invoke(component, meta), component.getName());
        }
        assertEquals(meta, meta.toBuilder().build());
    }

    /** The builder's defaults are those of a page whose front matter gives no key. */
    @Test
    void theDefaultsAreThoseOfAPageWithoutKeys() {
        assertEquals(FrontMatter.empty(), new FrontMatterParser(new Findings()).split("---\n---\nText\n", "a.md").orElseThrow().meta());
    }

    /** A copy that changes one value changes that one only. */
    @Test
    void aChangedCopyDiffersInThatValueOnly() {
        FrontMatter meta = new FrontMatterParser(new Findings()).split(EVERY_KEY, "training/welcome.md").orElseThrow().meta();
        FrontMatter deck = meta.asDeck(3);
        for (RecordComponent component : FrontMatter.class.getRecordComponents()) {
            String name = component.getName();
            Object before = invoke(component, meta);
            Object after = invoke(component, deck);
            if (name.equals("kind")) {
                assertEquals(Kind.SLIDES, after);
            } else if (name.equals("slideLevel")) {
                assertEquals(3, after);
            } else {
                assertEquals(before, after, name);
            }
        }
    }

    private static Object invoke(RecordComponent component, FrontMatter meta) {
        try {
            return component.getAccessor().invoke(meta);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
