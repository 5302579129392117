package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MdxSourceTest {

    private static MdxSource.Read read(String mdx) {
        MdxSource.Read read = MdxSource.read(mdx);
        assertEquals(mdx.split("\n", -1).length, read.markdown().split("\n", -1).length, "the same lines, for findings' line numbers");
        return read;
    }

    private static List<String> lines(MdxSource.Read read) {
        return List.of(read.markdown().split("\n", -1));
    }

    @Test
    void statementsAndCommentsAreBlankLinesAndASpaceIsASpace() {
        MdxSource.Read read = read("""
                import Tabs from '@theme/Tabs';
                import {
                  Highlight,
                } from '../components';
                import './styles.css';

                export const Badge = ({children}) => (
                  <span>{children}</span>
                );

                export const meta = {
                  author: 'Ann',
                };
                {/* a note to editors */}
                Text{' '}and more.{/* said
                over two lines */} After.
                """);
        List<String> lines = lines(read);
        assertTrue(lines.subList(0, 14).stream().allMatch(String::isBlank), lines.toString());
        assertEquals("Text and more.", lines.get(14));
        assertEquals(" After.", lines.get(15));
        assertEquals(0, read.expressions(), "statements and comments are no text shown as written");
    }

    @Test
    void proseThatBeginsWithTheWordImportStaysProse() {
        MdxSource.Read read = read("""
                Some text
                import your contacts first.

                import the file, then check it.
                """);
        assertEquals("import your contacts first.", lines(read).get(1), "not at the start of a block");
        assertEquals("import the file, then check it.", lines(read).get(3), "not a statement's shape");
    }

    @Test
    void tabsAndBoxesBecomeTheShortcodesTheMarkdownStageReadsTheirContentOutdented() {
        MdxSource.Read read = read("""
                <Tabs>
                  <TabItem value="phone" label="On a phone" default>
                    Tap the **menu**.

                    - one
                      - nested
                  </TabItem>
                  <TabItem value="computer">
                    ```js
                    const x = {a: 1};
                    ```
                  </TabItem>
                </Tabs>
                <Admonition type="warning" title='Mind the "gap"'>
                Never alone.
                </Admonition>
                <Note>
                Noted.
                </Note>
                <Accordion title="What to bring">
                A pen.
                </Accordion>
                <Card title="Setting up" href="./setup" />
                <DocCardList />
                """);
        assertEquals(List.of("{{< tabs >}}", "{{% tab name=\"On a phone\" %}}", "Tap the **menu**.", "", "- one", "  - nested",
                "{{% /tab %}}", "{{% tab name=\"computer\" %}}", "```js", "const x = {a: 1};", "```", "{{% /tab %}}", "{{< /tabs >}}",
                "{{< callout warning \"Mind the 'gap'\" >}}", "Never alone.", "{{< /callout >}}",
                "{{< callout note >}}", "Noted.", "{{< /callout >}}",
                "{{< details summary=\"What to bring\" >}}", "A pen.", "{{< /details >}}",
                "{{< card link=\"./setup\" title=\"Setting up\" >}}", "{{% children %}}", ""), lines(read));
        assertEquals(0, read.expressions(), "braces in code are code");
        assertEquals(Map.of(), read.unknownComponents());
    }

    @Test
    void nextrasTabsTakeTheirNamesFromItsList() {
        MdxSource.Read read = read("""
                <Tabs items={['pnpm', "npm"]}>
                <Tabs.Tab>
                pnpm add x
                </Tabs.Tab>
                <Tab>
                npm i x
                </Tab>
                </Tabs>
                <Callout type="info" emoji="ℹ️">
                Info.
                </Callout>
                """);
        assertEquals(List.of("{{< tabs >}}", "{{% tab name=\"pnpm\" %}}", "pnpm add x", "{{% /tab %}}", "{{% tab name=\"npm\" %}}",
                "npm i x", "{{% /tab %}}", "{{< /tabs >}}", "{{< callout info >}}", "Info.", "{{< /callout >}}", ""), lines(read));
    }

    @Test
    void anImportedMarkdownFileIsShownWhereItsTagIs() {
        MdxSource.Read read = read("""
                import Contacts from './_contacts.mdx';
                import Shared from '@site/docs/_shared.md';
                import Chart from '../components/Chart';

                <Contacts />
                <Shared/>
                <Chart data={[1, 2]} />
                """);
        assertEquals(List.of("", "", "", "", "--8<-- \"_contacts.mdx\"", "--8<-- \"docs/_shared.md\"", "", ""), lines(read));
        assertEquals(Map.of("Chart", 7), read.unknownComponents(), "a component that is code is said, with its first line");
    }

    @Test
    void otherComponentsGoTheirContentStaysAndJavaScriptInTextIsCounted() {
        MdxSource.Read read = read("""
                <Fancy color="red" style={{margin: 0}}>
                Shown anyway.
                </Fancy>
                <Steps>
                Step one.
                </Steps>
                <div className="note" style={{margin: 0}}>A div.</div>
                <img src={require('@site/static/img/team.jpg').default} alt="The team" />

                The year is {new Date().getFullYear()}.

                ## A heading {#custom-id}

                Code like `{x}` is text, as are kramdown's {: .lead} lists.

                Made by {frontMatter.author}.

                Math: $$g(x) = f^{-1}(x)$$ and $e_{doc}$.

                **type:** <code>\\{ \\[dir: string\\]: Config \\}</code>, braces escaped as MDX writes them.
                """);
        List<String> lines = lines(read);
        assertEquals(List.of("", "Shown anyway.", "", "", "Step one.", ""), lines.subList(0, 6));
        assertEquals("<div class=\"note\">A div.</div>", lines.get(6));
        assertEquals(Map.of("Fancy", 1), read.unknownComponents(), "Steps only arranges its content, and is not said");
        assertEquals(2, read.expressions());
        assertEquals(10, read.firstExpressionLine(), "not the picture's require, which JsxRequires reads");
        assertEquals("The year is {new Date().getFullYear()}.", lines.get(9), "shown as written");
    }

    @Test
    void aDivOnLinesOfItsOwnHoldsMarkdownAndATagOverSeveralLinesHasItsClass() {
        MdxSource.Read read = read("""
                <div id="tiers" className="wide">
                  ## Support tiers
                </div>

                <Note>
                  <div>
                    Inside **a box**.
                </Note>

                <div>never closed
                <img
                  className="block dark:hidden"
                  src="/images/light.png"
                />
                """);
        List<String> lines = lines(read);
        assertEquals(List.of("<div id=\"tiers\" class=\"wide\" markdown=\"1\">", "## Support tiers", "</div>"), lines.subList(0, 3),
                "marked for KramdownHtmlBlocks, its content outdented as a component's is");
        assertEquals("<div>", lines.get(5), "a div its component closes unclosed stays HTML");
        assertEquals("Inside **a box**.", lines.get(6));
        assertEquals("{{< /callout >}}", lines.get(7), "the box closes all the same");
        assertEquals("<div>never closed", lines.get(9));
        assertEquals("  class=\"block dark:hidden\"", lines.get(11));
    }

    @Test
    void aComponentsContentIndentedWithTabsIsOutdentedToo() {
        // Starlight's starter page (src/content/docs/index.mdx, kept by 2SpacesDev/handbook) indents its cards with tabs:
        // their words were read as indented code, shown in a grey box with their backticks and brackets as written.
        MdxSource.Read read = read("""
                <CardGrid stagger>
                \t<Card title="Update content" icon="pencil">
                \t\tEdit `src/content/docs/index.mdx` to see this page change.
                \t\t- one
                \t\t\t- nested
                \t</Card>
                </CardGrid>
                """);
        assertEquals(List.of("", "{{< card title=\"Update content\" >}}", "Edit `src/content/docs/index.mdx` to see this page change.",
                "- one", "\t- nested", "{{< /card >}}", "", ""), lines(read));
    }

    @Test
    void componentsWithinALineAreTheirWordsAndStarlightsAndMintlifysAreRead() {
        MdxSource.Read read = read("""
                Status: <Badge text="New" variant="tip" /> and <Badge color="red">Beta</Badge> <Icon icon="check" />, see `<Badge />`.
                Ask your <Tooltip tip="The person who runs the session">lead</Tooltip> or <Sparkle size={3} />.
                <Aside type="caution" title="Mind the step">
                Watch out.
                </Aside>
                <LinkCard title="Rota" href="/rota/" description="Who is on when" />
                <LinkButton href="/start/">Get started</LinkButton>
                <Step title="Sign in">
                Use your email.
                </Step>
                <ParamField path="session.id" type="string" required>
                The session's id.
                </ParamField>
                <Update label="1 March" description="v2">
                Faster.
                </Update>
                """);
        List<String> lines = lines(read);
        assertEquals("Status: New and Beta , see `<Badge />`.", lines.get(0), "a badge's text; code as written");
        assertEquals("Ask your lead or .", lines.get(1));
        assertEquals(Map.of("Sparkle", 2), read.unknownComponents(), "said once; Badge, Tooltip and Icon are known");
        assertEquals(0, read.expressions(), "a component's attributes are not text");
        assertEquals("{{< callout caution \"Mind the step\" >}}", lines.get(2));
        assertEquals("{{< card link=\"/rota/\" title=\"Rota\" subtitle=\"Who is on when\" >}}", lines.get(5));
        assertEquals("[Get started](</start/>)", lines.get(6));
        assertEquals(List.of("**Sign in**", "Use your email.", ""), lines.subList(7, 10));
        assertEquals("`session.id`<span id=\"param-session-id\"></span> *string* (required) ", lines.get(10),
                "Mintlify links a field as #param-session-id");
        assertEquals("**1 March** · v2", lines.get(13));
    }

    /**
     * A table's cells written one a line hold Markdown in MDX 2 and later (RaidGuild's handbook, Docusaurus 3: its escrow
     * pages' {@code <td>**Escrow Zap**</td>} and links to contract addresses showed their asterisks and brackets as typed).
     * A cell with no Markdown, one holding HTML only, and code stay as written.
     */
    @Test
    void aTableCellOnItsOwnLineHoldsMarkdown() {
        MdxSource.Read read = read("""
                <table>
                    <tr>
                        <td>**[Safe](https://app.safe.global) Factory**</td>
                        <td>[`0xa6B7`](https://gnosisscan.io/address/0xa6B7) and *this*<br /><br /> too</td>
                        <td align="right">No Markdown here</td>
                    </tr>
                </table>

                ```html
                <td>**as written**</td>
                ```
                """);
        assertEquals(List.of("        <td><strong><a href=\"https://app.safe.global\">Safe</a> Factory</strong></td>",
                "        <td><a href=\"https://gnosisscan.io/address/0xa6B7\"><code>0xa6B7</code></a> and <em>this</em><br /><br /> too</td>",
                "        <td align=\"right\">No Markdown here</td>"), lines(read).subList(2, 5));
        assertEquals("<td>**as written**</td>", lines(read).get(9));
    }

    @Test
    void fencedCodeIsReadAsWritten() {
        String code = """
                ```mdx
                import Tabs from '@theme/Tabs';

                <Tabs>
                {/* kept */}
                </Tabs>
                ```
                """;
        MdxSource.Read read = read(code);
        assertEquals(code, read.markdown());
        assertFalse(read.unknownComponents().containsKey("Tabs"));
        assertEquals(0, read.expressions());
    }

    @Test
    void aTagMayTakeLinesAndHoldJavaScriptWithAnyCharacter() {
        MdxSource.Read read = read("""
                <Tabs
                  groupId="languages"
                  defaultValue="py"
                  values={[
                    { label: 'Python', value: 'py', },
                    { label: 'Shell', value: 'sh', },
                  ]}>
                <TabItem value="py">
                print(1)
                </TabItem>
                <TabItem value="sh">
                echo 1
                </TabItem>
                </Tabs>
                <Button onClick={() => go(1 > 0)} />
                Press <Kbd>Ctrl</Kbd> to go.
                """);
        assertEquals(List.of("{{< tabs >}}", "", "", "", "", "", "", "{{% tab name=\"Python\" %}}", "print(1)", "{{% /tab %}}",
                "{{% tab name=\"Shell\" %}}", "echo 1", "{{% /tab %}}", "{{< /tabs >}}", "", "Press <Kbd>Ctrl</Kbd> to go.", ""), lines(read));
        assertEquals(Map.of("Button", 15), read.unknownComponents(), "a component within a line of text is left to the sanitiser");
    }

    @Test
    void aMarkdownPageIsReadAsMdxWhenItImportsOrUsesDocusaurusComponents() {
        assertTrue(MdxSource.looksLikeMdx("# Setup\n\nimport Tabs from '@theme/Tabs';\n"));
        assertTrue(MdxSource.looksLikeMdx("import {Highlight} from '../components';\n"));
        assertTrue(MdxSource.looksLikeMdx("export const year = 2026;\n"));
        assertTrue(MdxSource.looksLikeMdx("# Sources\n\n<DocCardList />\n"));
        assertFalse(MdxSource.looksLikeMdx("import the file, then check it.\nexport your contacts first.\n"), "prose");
        assertFalse(MdxSource.looksLikeMdx("```js\nimport x from 'y';\n```\n"), "code");
        assertFalse(MdxSource.looksLikeMdx("Some text\n    import x from 'y';\n<Tabsy>\n"), "indented, or another tag");
        // JSX's attributes on an HTML tag (GeekBeacon's Docusaurus demo.md): only MDX reads them.
        assertTrue(MdxSource.looksLikeMdx("Text\n\n<div style={{ padding: '20px', backgroundColor: 'tomato' }}>\n  <h3>JSX</h3>\n</div>\n"));
        assertTrue(MdxSource.looksLikeMdx("<img className=\"hero\" src=\"a.png\" />\n"));
        assertFalse(MdxSource.looksLikeMdx("```html\n<div style={{ a: 1 }}>\n```\nWrite className= in JSX.\n"), "code, prose");
    }

    @Test
    void importedPicturesAreTheirPathsAndAComponentShowingOneIsThePicture() {
        MdxSource.Read read = read("""
                # Chain of thought

                <Screenshot src={COT} alt="Chain [of] thought" />
                <img src={zeroCot} width="300" />
                <img alt="Salaries" src={Salaries} />
                <Image src="/img/team.jpg?v=2" alt="Team" />
                <Video src="/intro.mp4" />
                <Callout type='info'>Read this first.</Callout>
                <Fancy>Shown anyway.</Fancy>

                import COT from '../../img/cot.png'
                import zeroCot from "./zero-cot.PNG";
                import Salaries from '@site/static/img/salaries.jpg';
                """);
        // Docusaurus' @site/static/ is the site's top (its static folder, published there).
        assertEquals(List.of("# Chain of thought", "", "![Chain \\[of\\] thought](<../../img/cot.png>)",
                "<img src=\"./zero-cot.PNG\" width=\"300\" />", "<img alt=\"Salaries\" src=\"/img/salaries.jpg\" />",
                "![Team](</img/team.jpg?v=2>)", "",
                "{{< callout info >}}Read this first.{{< /callout >}}", "Shown anyway.", "", "", "", "", ""), lines(read));
        assertEquals(Map.of("Video", 7, "Fancy", 9), read.unknownComponents());
    }

    @Test
    void anImportRightUnderAHeadingIsAStatementToo() {
        MdxSource.Read read = read("# Self-consistency\nimport { CoursePromo } from '../../components/CourseCard'\nText.\n");
        assertEquals(List.of("# Self-consistency", "", "Text.", ""), lines(read));
    }

    @Test
    void hostileLinesAreReadInOnePass() {
        // Guards against reading that grows with the square of a line (it did, for braces): minutes, not milliseconds.
        String braces = "{".repeat(300_000) + "}";
        String tags = "<Tabs>\n".repeat(20_000);
        String unfinished = "<Tabs\n" + "  a={1}\n".repeat(20_000);
        String neverClosed = "<Card a={[\n".repeat(20_000); // each a tag's start, each read on to the next 400 lines
        MdxSource.Read read = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> MdxSource.read(braces + "\n" + tags + unfinished + neverClosed + "<Note>" + "x".repeat(100_000) + "</Other>\n"));
        assertEquals(1, read.firstExpressionLine(), "the braces, then each attribute line past a tag's lines");
        assertTrue(read.markdown().startsWith(braces), "shown as written");
    }

    @Test
    void aTagOfManyLinesWithBlankLinesInItsJavaScriptIsOneTag() {
        StringBuilder page = new StringBuilder("<ThemeGrid\n  themes={[\n");
        for (int i = 0; i < 60; i++) {
            page.append("    { title: 'Theme ").append(i).append("', href: 'https://example.org/").append(i).append("' },\n");
        }
        page.append("  ]}\n  code={`## Welcome\n\nHello`}\n/>\n\nAfter.\n");
        MdxSource.Read read = read(page.toString());
        assertEquals(0, read.expressions(), "its JavaScript is no text");
        assertEquals(Map.of("ThemeGrid", 1), read.unknownComponents());
        assertEquals("After.", lines(read).get(lines(read).size() - 2));
        assertTrue(read.markdown().strip().equals("After."), read.markdown());
    }

    @Test
    void aStatementThatNeverEndsLeavesThePageAsWrittenFromThere() {
        MdxSource.Read read = read("""
                import Tabs from '@theme/Tabs';

                export const people = [
                  { name: 'Ann' },

                # Who we are

                Words that must not be lost.
                """);
        assertEquals(3, read.unendedStatement());
        assertTrue(read.markdown().startsWith("\n\nexport const people = [") && read.markdown().contains("Words that must not be lost."),
                read.markdown());
        assertEquals(0, read("export const x = {\n  a: 1,\n};\nText.\n").unendedStatement());
        MdxSource.Read comment = read("First.\nSecond {/* a note\nthat never closes\n\nLast words.\n");
        assertEquals(2, comment.unendedStatement());
        assertTrue(comment.markdown().contains("Last words.") && comment.markdown().contains("{/* a note"), comment.markdown());
    }
}
