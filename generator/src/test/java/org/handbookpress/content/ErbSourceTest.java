package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErbSourceTest {

    private static ErbSource.Read read(String markdown) {
        return ErbSource.read(markdown, 5, name -> name.equals("shared/intro") ? Optional.of("shared/_intro.md") : Optional.empty(),
                key -> key.equals("title") ? "Lone working" : null);
    }

    @Test
    void aPartialAloneOnItsLineBecomesAnIncludeMarkerAtItsFileLine() {
        ErbSource.Read read = read("# Hello\n\n<%= partial \"shared/intro\" %>\n  <%= partial('shared/intro', locals: { a: 1 }) %>\n");
        assertEquals("# Hello\n\n<!-- hb-include 7 partial:/shared/_intro.md -->\n<!-- hb-include 8 partial:/shared/_intro.md -->\n",
                read.markdown());
        assertEquals(0, read.otherTags());
    }

    @Test
    void theTemplatesLoopOverASectionsPagesIsItsListOfPages() {
        // A section's own page in the Tech Docs Template: a list of its pages, made by Ruby at build time.
        ErbSource.Read read = read("""
                # <%= current_page.data.title %>

                <ul>
                <% sub_pages(current_page.url).each do |entry| %>
                  <% if entry.data.title %>
                  <li><%= link_to entry.data.title, entry.url %></li>
                  <% end %>
                <% end %>
                </ul>

                <% current_page.children.sort_by { |p| p.data.weight }.each do |child| %>
                - <%= link_to child.data.title, child.url %>
                <% end %>
                After the list.
                <li><%= link_to "Who to call", "/contacts/" %></li>
                """);
        assertEquals("# Lone working\n\n{{% children %}}\n\n\n\n\n\n\n\n{{% children %}}\n\n\nAfter the list.\n"
                + "<li><a href=\"/contacts/\">Who to call</a></li>\n", read.markdown());
        assertEquals(0, read.otherTags());
    }

    @Test
    void aPartialThatIsNoFileAndAPartialInASentenceStayAndAreCounted() {
        ErbSource.Read read = read("Text\n<%= partial \"missing\" %>\nSee <%= partial \"shared/intro\" %> here.\n");
        assertEquals("Text\n<%= partial \"missing\" %>\nSee <%= partial \"shared/intro\" %> here.\n", read.markdown());
        assertEquals(2, read.otherTags());
        assertEquals(2, read.firstOtherTag());
    }

    @Test
    void aWarningTextIsAWarningBoxOnItsOwnLines() {
        assertEquals("> [!WARNING] Do not share \"personal\" details.\nAfter.",
                read("<%= warning_text(\"Do not share \\\"personal\\\" details.\") %>\nAfter.").markdown());
        assertEquals("> [!WARNING] First line,<br>\n> it's the second\n> and third.\n\nNext.",
                read("<%= warning_text('First line,<br>\nit\\'s the second\nand third.') %>\n\nNext.").markdown());
    }

    @Test
    void aWarningThatNeverEndsIsLeftAsWrittenAndCounted() {
        ErbSource.Read read = read("<%= warning_text(\"no end\n\nmore text\n");
        assertEquals("<%= warning_text(\"no end\n\nmore text\n", read.markdown());
        assertEquals(1, read.otherTags());
    }

    @Test
    void commentsAreLeftOutAndCodeIsLeftAlone() {
        ErbSource.Read read = read("A<%# note to self %> B\n\n```erb\n<%= partial \"shared/intro\" %>\n<% if x %>\n```\n");
        assertEquals("A B\n\n```erb\n<%= partial \"shared/intro\" %>\n<% if x %>\n```\n", read.markdown());
        assertEquals(0, read.otherTags());
    }

    @Test
    void thePagesOwnTitleIsItsTextAndOtherDataStays() {
        ErbSource.Read read = read("# <%= current_page.data.title %>\n\nSee <%= current_page.data['title'] %> and"
                + " <%= current_page.data.owner %>.\n");
        assertEquals("# Lone working\n\nSee Lone working and <%= current_page.data.owner %>.\n", read.markdown());
        assertEquals(1, read.otherTags());
        assertEquals(3, read.firstOtherTag());
    }

    @Test
    void aContentForBlockIsLeftOutWithWhatItHoldsAndAWrapLayoutBlockShowsIt() {
        ErbSource.Read read = read("""
                <% content_for :title, "Shown in the tab" %>
                <% content_for :sidebar do %>
                <ul>
                <% pages.each do |p| %>
                  <li><%= p.title %></li>
                <% end %>
                </ul>
                <% end %>
                <%wrap_layout :core do %>
                # Here

                Text.
                <% end %>
                """);
        assertEquals("\n\n\n\n\n\n\n\n\n# Here\n\nText.\n\n", read.markdown());
        assertEquals(0, read.otherTags());
    }

    @Test
    void aLoopOrConditionIsLeftAsWrittenWithItsEnd() {
        ErbSource.Read read = read("<% if show %>\nShown.\n<% end %>\n<% wrap_layout :x do %>\n<% items.each do |i| %>\n* item\n<% end %>\n<% end %>\n");
        assertEquals("<% if show %>\nShown.\n<% end %>\n\n<% items.each do |i| %>\n* item\n<% end %>\n\n", read.markdown());
        assertEquals(4, read.otherTags());
    }

    @Test
    void otherTagsAreCountedByLineFromTheFirst() {
        ErbSource.Read read = read("Intro\n\nWe have <%= data.count %> volunteers <%= x %>.\n<% end %>\n");
        assertEquals(2, read.otherTags());
        assertEquals(3, read.firstOtherTag());
    }

    @Test
    void aPartialIsFoundBesideThePageFirstThenFromTheTopWithItsUnderscoreAndAnyEnding(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("guides/shared"));
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/_intro.md"), "top");
        Files.writeString(dir.resolve("shared/notes.html.md.erb"), "top");
        Files.writeString(dir.resolve("guides/shared/_intro.html.md"), "beside");
        assertEquals(Optional.of("guides/shared/_intro.html.md"), ErbSource.partialFile(dir, "guides", "shared/intro"));
        assertEquals(Optional.of("shared/_intro.md"), ErbSource.partialFile(dir, "", "shared/intro"));
        assertEquals(Optional.of("shared/_intro.md"), ErbSource.partialFile(dir, "other", "/shared/intro"));
        assertEquals(Optional.of("shared/notes.html.md.erb"), ErbSource.partialFile(dir, "", "shared/notes"));
        assertEquals(Optional.empty(), ErbSource.partialFile(dir, "guides", "../../etc/passwd"));
        assertEquals(Optional.empty(), ErbSource.partialFile(dir, "", "shared/none"));
    }

    @Test
    void hostileLinesAreReadInLinearTime() {
        String spaces = "<%" + " ".repeat(200_000) + "\n";
        String comments = "<%# ".repeat(100_000) + "\n";
        String quotes = "<%= warning_text(\"" + "\" ".repeat(100_000) + "\n";
        ErbSource.Read read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> read(spaces + comments + quotes));
        assertEquals(3, read.otherTags(), "each left as written");
    }

    @Test
    void onlyFilesEndingInErbAreRunThroughIt() {
        assertEquals(true, ErbSource.isErb("index.html.md.erb"));
        assertEquals(true, ErbSource.isErb("INDEX.HTML.MD.ERB"));
        assertEquals(false, ErbSource.isErb("index.html.md"));
        assertEquals(false, ErbSource.isErb("erb"));
    }
}
