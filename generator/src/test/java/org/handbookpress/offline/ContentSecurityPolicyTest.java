package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page scans that decide whether a page needs parsing (and whether it has a policy already) give the
 * same answers as the regex and the lower-cased copy they replace, which stay here as the reference.
 */
class ContentSecurityPolicyTest {

    private static final Pattern INLINE_REFERENCE = Pattern.compile("<style|<script(?![^>]*\\ssrc\\s*=)", Pattern.CASE_INSENSITIVE);

    private static boolean hasPolicyReference(String html) {
        return html.toLowerCase(Locale.ROOT).contains("http-equiv=\"content-security-policy\"");
    }

    private static final List<String> TRICKY = List.of(
            "", "<", "<s", "<style", "<STYLE>", "<Style", "<styl", "< style>", "<script>", "<SCRIPT src=a>", "<script src=a>",
            "<script\tsrc\n=\r'a'>", "<script\u000Bsrc=a>", "<script\fSrC  =a>", "<script data-src=a>", "<scriptsrc=a>",
            "<script src>", "<script src >x=", "<script src", "<script src=", "<script type=module src=a.js></script>",
            "<script>src=a", "<script x> src=a", "<script \u00A0src=a>", "<ſcript>", "<ſtyle>", "<\u212Ascript>", "<scrİpt>",
            "<script s\u0280c=a>", "<script sſc=a>", "<script src=a><script>", "<script src=a>x<style>", "text <scr<script>",
            "<script src=a><scriptx src=b>", "<<script>", "<script\u2028src=a>", "<script\u0085src=a>");

    @Test
    void inlineCodeScanAgreesWithTheRegexOnTrickyInput() {
        for (String html : TRICKY) {
            assertEquals(INLINE_REFERENCE.matcher(html).find(), ContentSecurityPolicy.mayHoldInlineCode(html), html);
        }
        assertTrue(ContentSecurityPolicy.mayHoldInlineCode("<p>a</p><SCRIPT\ttype=x>go()</SCRIPT>"));
        assertFalse(ContentSecurityPolicy.mayHoldInlineCode("<p>a</p><script src=\"a.js\"></script><script SRC = 'b.js'></script>"));
    }

    @Test
    void inlineCodeScanAgreesWithTheRegexOnGeneratedInput() {
        List<String> parts = List.of("<", ">", "script", "SCRIPT", "Script", "style", "STYLE", "src", "SRC", "sRc", "=", " ", "\t",
                "\n", "\u000B", "\u00A0", "ſ", "\u212A", "x", "-", "\"", "s", "cript", "tyle");
        Random random = new Random(20_26);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                html.append(parts.get(random.nextInt(parts.size())));
            }
            String text = html.toString();
            assertEquals(INLINE_REFERENCE.matcher(text).find(), ContentSecurityPolicy.mayHoldInlineCode(text), text);
        }
    }

    @Test
    void policyScanAgreesWithTheLowerCasedSearch() {
        List<String> pages = List.of("", "=\"", "http-equiv=\"content-security-policy\"", "HTTP-EQUIV=\"Content-Security-Policy\"",
                "<meta Http-Equiv=\"CONTENT-SECURITY-POLICY\" content=x>", "<meta http-equiv='content-security-policy'>",
                "<meta http-equiv=\"content-security-polic\">", "ttp-equiv=\"content-security-policy\"",
                "<meta http-equİv=\"content-security-policy\">", "<meta http-equiv=\"content-ſecurity-policy\">",
                "a=\"b\" http-equiv=\"content-security-policy\"", "http-equiv=http-equiv=\"content-security-policy\"",
                "http-equiv = \"content-security-policy\"");
        for (String html : pages) {
            assertEquals(hasPolicyReference(html), ContentSecurityPolicy.hasPolicy(html), html);
        }
        List<String> parts = List.of("http-equiv", "HTTP-EQUIV", "=\"", "=", "\"", "content-security-policy", "Content-Security-Policy",
                "content", "-security-policy\"", "İ", "x", " ");
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                html.append(parts.get(random.nextInt(parts.size())));
            }
            String text = html.toString();
            assertEquals(hasPolicyReference(text), ContentSecurityPolicy.hasPolicy(text), text);
        }
    }

    @Test
    void aPageWithoutInlineCodeGetsThePolicyWithoutHashes() {
        String page = "<html><head><title>t</title><script src=\"a.js\"></script></head><body><p>x</p></body></html>";
        String with = new ContentSecurityPolicy(List.of(), List.of()).apply(page);
        assertTrue(with.startsWith("<html><head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
                + "script-src 'self'; style-src 'self';"), with);
        String inline = "<html><head><style>p{}</style></head><body><script>go()</script></body></html>";
        String hashed = new ContentSecurityPolicy(List.of(), List.of()).apply(inline);
        assertTrue(hashed.contains("script-src 'self' 'sha256-" + ContentSecurityPolicy.hash("go()") + "'"), hashed);
        assertTrue(hashed.contains("style-src 'self' 'sha256-" + ContentSecurityPolicy.hash("p{}") + "'"), hashed);
    }

    /** A style attribute the sanitiser kept was dropped by the browser: the policy allowed no inline style but a layout's. */
    @Test
    void aStyleAttributeIsAllowedByItsHashAndNoOther() {
        String page = "<html><head><title>t</title></head><body><div style=\"color: purple\">x</div>"
                + "<p style=\"color: purple\">y</p><p style=\"text-align: right\">z</p></body></html>";
        String with = new ContentSecurityPolicy(List.of(), List.of()).apply(page);
        String style = with.replaceAll("(?s).*(style-src [^;]*);.*", "$1");
        assertEquals("style-src 'self' 'unsafe-hashes' 'sha256-" + ContentSecurityPolicy.hash("color: purple") + "' 'sha256-"
                + ContentSecurityPolicy.hash("text-align: right") + "'", style);
        String plain = new ContentSecurityPolicy(List.of(), List.of()).apply("<html><head></head><body><p>styles</p></body></html>");
        assertFalse(plain.contains("unsafe-hashes"), "no attribute, no 'unsafe-hashes'");
    }
}
