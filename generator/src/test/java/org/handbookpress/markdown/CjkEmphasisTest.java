package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import org.handbookpress.text.CjkEmphasisParser;
import org.junit.jupiter.api.Test;

/** Emphasis in Chinese and Japanese, written without spaces beside punctuation (the CJK-friendly flanking rules). */
class CjkEmphasisTest {

    private static final MarkdownConverter CONVERTER = new MarkdownConverter();

    /** The paragraph's inner HTML, without the source line the converter records on it. */
    private static String inline(String markdown) {
        String html = CONVERTER.toHtml(markdown + "\n", 1).strip();
        return html.replaceFirst("^<p[^>]*>", "").replaceFirst("</p>$", "");
    }

    @Test
    void boldAndItalicBesideCjkPunctuationRender() {
        // Japanese: closed after 。？！」） with a letter next, opened before 「（ after a letter.
        assertEquals("<strong>重要。</strong>の後で確認してください。", inline("**重要。**の後で確認してください。"));
        assertEquals("これは<strong>「重要」</strong>です。", inline("これは**「重要」**です。"));
        assertEquals("本当に<strong>できる？</strong>と聞かれました。", inline("本当に**できる？**と聞かれました。"));
        assertEquals("<em>注意！</em>次の手順へ進みます。", inline("*注意！*次の手順へ進みます。"));
        assertEquals("会場は<em>（二階）</em>です。", inline("会場は*（二階）*です。"));
        assertEquals("担当者の<strong>[手引き](rota.md)</strong>を読む。".replace("[手引き](rota.md)", "<a href=\"rota.md\">手引き</a>"),
                inline("担当者の**[手引き](rota.md)**を読む。").replaceAll(" data-hb-line=\"\\d+\"", ""));
        // Chinese: the same shapes, with 、 and fullwidth brackets.
        assertEquals("采用统一的<strong>编解码 API（Codec API）</strong>将不同的协议转换。",
                inline("采用统一的**编解码 API（Codec API）**将不同的协议转换。"));
        assertEquals("<strong>请注意：</strong>所有志愿者都要签到。", inline("**请注意：**所有志愿者都要签到。"));
        assertEquals("这是<em>「斜体」</em>文字，<strong>先签到、</strong>再领物资。", inline("这是*「斜体」*文字，**先签到、**再领物资。"));
        // A character beyond the BMP (two chars in Java) before the run: 𠮷 is an ideograph too.
        assertEquals("𠮷<strong>「字」</strong>を使う。", inline("𠮷**「字」**を使う。"));
        // Strikethrough follows the same rule.
        assertEquals("<del>旧方法（已废弃）。</del>新方法", inline("~~旧方法（已废弃）。~~新方法"));
    }

    @Test
    void realLeftoversStayLeftovers() {
        assertEquals("**重要。の後", inline("**重要。の後"));
        assertEquals("これは** 重要**です", inline("これは** 重要**です"), "a space inside the asterisks still stops them");
    }

    @Test
    void textWithoutCjkParsesAsBefore() throws Exception {
        // CommonMark's rules stand where no CJK character is beside a run: punctuation inside asterisks with a letter
        // outside stays literal in English, and every other script parses as Flexmark parses it.
        assertEquals("**bold.**then", inline("**bold.**then"));
        assertEquals("a**&quot;b&quot;**c", inline("a**\"b\"**c"));
        Parser flexmark = Parser.builder().build();
        Parser amended = CjkEmphasisParser.commonMark();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        SameAsFlexmark.onSamplesAndRealPages(md -> renderer.render(flexmark.parse(md)), md -> renderer.render(amended.parse(md)), List.of(
                "**bold.**then *it.*next a**\"b\"**c **(x)**y _a_ __b__ ***c*** *a **b** c*",
                "Ηλεκτρονικό **ταχυδρομείο.**τέλος, Русский **текст.**дальше, العربية **نص.**بعد, עברית **טקסט.**אחרי",
                "ภาษาไทย**ตัวหนา**ต่อ हिंदी **पाठ।**आगे 😀**emoji.**😀 ‼\uFE0E*x*",
                "snake_case_name and *a*b*c* and **a**b**c** and _(x)_y and __a__b"));
    }
}
