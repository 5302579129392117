package org.handbookpress.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * Where each glyph of a page starts and ends along the line, read straight from the page's content stream
 * for the text OpenHTMLtoPDF writes: fonts with one-byte codes or two-byte Identity-H ones, set with Tf and
 * shown with Tj, TJ, ' or ", placed by text and transformation matrices that scale and move but neither turn
 * nor skew, in the page or in forms it draws (an SVG picture is one). The same arithmetic as PDFBox's stream
 * engine ({@link PageOverflow}'s first pass), without the engine's objects for every token and every glyph:
 * that pass was an eighth of the time of printing a PDF.
 *
 * <p>A page with anything else that places text (a turned or skewed matrix, an inline image, a Type 3 or
 * vertical font, a font or form it cannot find, a stream it cannot read) is not judged here but returned as
 * {@link Scan#unsure}, for the engine to read as before: this reader may only ever say less, never otherwise.
 */
final class GlyphEdges {

    private GlyphEdges() {
    }

    /**
     * @param near   pages (numbered from 1) with a glyph within the distance of a side edge, or past it
     * @param unsure pages this reader did not judge
     */
    record Scan(BitSet near, BitSet unsure) {
    }

    /** Every page of {@code pdf} judged, or left unsure; {@code distance} in points from the left and right edges. */
    static Scan scan(PDDocument pdf, float distance) {
        BitSet near = new BitSet();
        BitSet unsure = new BitSet();
        Map<COSDictionary, Widths> fonts = new IdentityHashMap<>();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            Verdict verdict;
            try {
                verdict = new PageReader(page, fonts, distance).read();
            } catch (IOException | RuntimeException e) {
                verdict = Verdict.UNSURE; // the engine reads it, and reports what it reports
            }
            if (verdict == Verdict.NEAR) {
                near.set(number);
            } else if (verdict == Verdict.UNSURE) {
                unsure.set(number);
            }
        }
        return new Scan(near, unsure);
    }

    private enum Verdict { INSIDE, NEAR, UNSURE }

    /** Thrown where the page holds something this reader does not follow; the page is then left to the engine. */
    private static final class Unsure extends Exception {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /** A font's glyph widths by code, as {@link PDFont#getWidth} gives them, looked up once each. */
    private static final class Widths {
        private final PDFont font;
        /** 1 or 2; 0 for a font this reader does not follow. */
        private final int codeLength;
        private final float[][] chunks = new float[256][];

        Widths(PDFont font) {
            this.font = font;
            if (font instanceof PDType0Font type0) {
                codeLength = !type0.isVertical() && type0.getCMap() != null && "Identity-H".equals(type0.getCMap().getName()) ? 2 : 0;
            } else {
                codeLength = font instanceof PDSimpleFont && !(font instanceof PDType3Font) ? 1 : 0;
            }
        }

        float of(int code) throws IOException {
            float[] chunk = chunks[code >>> 8];
            if (chunk == null) {
                chunk = new float[256];
                Arrays.fill(chunk, Float.NaN);
                chunks[code >>> 8] = chunk;
            }
            float width = chunk[code & 0xFF];
            if (Float.isNaN(width)) {
                width = font.getWidth(code);
                chunk[code & 0xFF] = width;
            }
            return width;
        }
    }

    /**
     * What q saves and Q restores, as far as it moves text sideways: the transformation in force and the text state.
     * Mutable, copied on q.
     */
    private static final class State implements Cloneable {
        /** The current transformation matrix: a b c d e f. */
        double[] ctm = {1, 0, 0, 1, 0, 0};
        Widths font;
        double size;
        double charSpacing;
        double wordSpacing;
        double scaling = 1;

        @Override
        public State clone() {
            try {
                State copy = (State) super.clone();
                copy.ctm = ctm.clone();
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        /** Makes {@code m} × the current matrix the current matrix, as cm and a form's /Matrix do. */
        void concatenate(double[] m) {
            double[] t = ctm;
            ctm = new double[] {
                m[0] * t[0] + m[1] * t[2], m[0] * t[1] + m[1] * t[3],
                m[2] * t[0] + m[3] * t[2], m[2] * t[1] + m[3] * t[3],
                m[4] * t[0] + m[5] * t[2] + t[4], m[4] * t[1] + m[5] * t[3] + t[5]};
        }
    }

    /** One page's content, forms drawn on it included, read token by token. */
    private static final class PageReader {
        private static final Object OTHER = new Object();
        /** Forms inside forms deeper than this are left to the engine. */
        private static final int DEEPEST = 8;

        private final PDPage page;
        private final Map<COSDictionary, Widths> fonts;
        private final float left;
        private final float width;
        private final float distance;
        /** The stream being read: its bytes, where the reader is, its resources, the operands read since the last operator. */
        private byte[] in;
        private int at;
        private COSDictionary resources;
        private Map<String, Widths> fontsByName = new HashMap<>();
        private List<Object> operands = new ArrayList<>();
        private int depth;

        private State state = new State();
        private Deque<State> saved = new ArrayDeque<>();
        /** The text matrix's a, b, c and e (its x), and the text line matrix's e; d and f do not move text sideways. */
        private double a = 1;
        private double b;
        private double c;
        private double x;
        private double lineX;
        private boolean near;

        PageReader(PDPage page, Map<COSDictionary, Widths> fonts, float distance) {
            this.page = page;
            this.fonts = fonts;
            this.left = page.getCropBox().getLowerLeftX();
            this.width = page.getMediaBox().getWidth();
            this.distance = distance;
        }

        Verdict read() throws IOException {
            PDResources pageResources = page.getResources();
            try {
                run(content(), pageResources == null ? null : pageResources.getCOSObject());
            } catch (Unsure e) {
                return Verdict.UNSURE;
            }
            return near ? Verdict.NEAR : Verdict.INSIDE;
        }

        /** Reads one content stream to its end, or until a glyph near an edge is found. */
        private void run(byte[] content, COSDictionary streamResources) throws IOException, Unsure {
            in = content;
            at = 0;
            resources = streamResources;
            while (!near) {
                skipSpace();
                if (at >= in.length) {
                    break;
                }
                Object operand = operand();
                if (operand == null) {
                    operate(operator());
                    operands.clear();
                } else {
                    operands.add(operand);
                }
            }
        }

        /** The page's content streams, one after the other, as the engine reads them. */
        private byte[] content() throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                try (InputStream stream = streams.next().createInputStream()) {
                    stream.transferTo(all);
                }
                all.write('\n');
            }
            return all.toByteArray();
        }

        /**
         * A form drawn with Do, as the engine draws it: its matrix joined to the one in force, its own resources (or
         * those of the stream that draws it), and the graphics state as it was afterwards.
         */
        private void form(COSStream form) throws IOException, Unsure {
            if (++depth > DEEPEST) {
                throw new Unsure();
            }
            byte[] outerIn = in;
            int outerAt = at;
            COSDictionary outerResources = resources;
            Map<String, Widths> outerFonts = fontsByName;
            List<Object> outerOperands = operands;
            State outerState = state;
            Deque<State> outerSaved = saved;
            double[] outerText = {a, b, c, x, lineX};
            state = state.clone();
            saved = new ArrayDeque<>(); // as the engine, a form's q and Q (balanced or not) leave the page's stack as it was
            double[] matrix = {1, 0, 0, 1, 0, 0};
            if (form.getDictionaryObject(COSName.MATRIX) instanceof COSArray array) {
                if (array.size() != 6) {
                    throw new Unsure();
                }
                for (int i = 0; i < 6; i++) {
                    if (!(array.getObject(i) instanceof COSNumber number)) {
                        throw new Unsure();
                    }
                    matrix[i] = number.floatValue();
                }
            }
            state.concatenate(matrix);
            COSDictionary own = form.getCOSDictionary(COSName.RESOURCES);
            if (own != null && own != resources) {
                fontsByName = new HashMap<>();
            }
            operands = new ArrayList<>();
            byte[] content;
            try (InputStream stream = form.createInputStream()) {
                content = stream.readAllBytes();
            }
            run(content, own != null ? own : resources);
            in = outerIn;
            at = outerAt;
            resources = outerResources;
            fontsByName = outerFonts;
            operands = outerOperands;
            state = outerState;
            saved = outerSaved;
            a = outerText[0];
            b = outerText[1];
            c = outerText[2];
            x = outerText[3];
            lineX = outerText[4];
            depth--;
        }

        // --- operators

        private void operate(String operator) throws IOException, Unsure {
            switch (operator) {
                case "q" -> saved.push(state.clone());
                case "Q" -> {
                    if (!saved.isEmpty()) {
                        state = saved.pop();
                    }
                }
                case "cm" -> state.concatenate(numbers(6));
                case "BT" -> {
                    a = 1;
                    b = 0;
                    c = 0;
                    x = 0;
                    lineX = 0;
                }
                case "Tm" -> {
                    double[] m = numbers(6);
                    a = m[0];
                    b = m[1];
                    c = m[2];
                    x = m[4];
                    lineX = x;
                }
                case "Td", "TD" -> {
                    double[] m = numbers(2);
                    lineX += m[0] * a + m[1] * c;
                    x = lineX;
                }
                case "T*" -> nextLine();
                case "Tf" -> {
                    if (operands.size() != 2 || !(operands.get(0) instanceof String name) || !(operands.get(1) instanceof Double points)) {
                        throw new Unsure();
                    }
                    state.font = font(name);
                    state.size = points;
                }
                case "Tc" -> state.charSpacing = numbers(1)[0];
                case "Tw" -> state.wordSpacing = numbers(1)[0];
                case "Tz" -> state.scaling = numbers(1)[0] / 100;
                case "Tj" -> show(string(0, 1));
                case "'" -> {
                    nextLine();
                    show(string(0, 1));
                }
                case "\"" -> {
                    if (operands.size() != 3 || !(operands.get(0) instanceof Double w) || !(operands.get(1) instanceof Double s)) {
                        throw new Unsure();
                    }
                    state.wordSpacing = w;
                    state.charSpacing = s;
                    nextLine();
                    show(string(2, 3));
                }
                case "TJ" -> {
                    if (operands.size() != 1 || !(operands.get(0) instanceof List<?> array)) {
                        throw new Unsure();
                    }
                    for (Object part : array) {
                        if (part instanceof Double adjustment) {
                            x += -adjustment / 1000 * state.size * state.scaling * a;
                        } else if (part instanceof byte[] text) {
                            show(text);
                        } else {
                            throw new Unsure();
                        }
                    }
                }
                case "Do" -> {
                    if (operands.size() != 1 || !(operands.get(0) instanceof String name)) {
                        throw new Unsure();
                    }
                    COSDictionary all = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
                    if (all == null || !(all.getDictionaryObject(COSName.getPDFName(name)) instanceof COSStream object)) {
                        throw new Unsure();
                    }
                    COSName subtype = object.getCOSName(COSName.SUBTYPE);
                    if (COSName.FORM.equals(subtype)) {
                        form(object);
                    } else if (!COSName.IMAGE.equals(subtype)) {
                        throw new Unsure();
                    }
                }
                case "BI", "ID", "EI" -> throw new Unsure(); // an inline image's bytes are not tokens
                default -> {
                    // paths, colours, marked content, other graphics state: nothing that moves text
                }
            }
        }

        private void nextLine() {
            // T* moves by the leading along the line matrix's second row: sideways only through c.
            x = lineX;
        }

        private void show(byte[] text) throws IOException, Unsure {
            Widths font = state.font;
            double[] ctm = state.ctm;
            if (font == null || font.codeLength == 0 || b != 0 || c != 0 || ctm[1] != 0 || ctm[2] != 0
                    || text.length % font.codeLength != 0) {
                throw new Unsure();
            }
            double size = state.size;
            double scaling = state.scaling;
            // The engine's text rendering matrix (size and scaling, the text matrix, the transformation) has these as
            // its x scale and x translation when nothing turns or skews.
            double scale = Math.abs(size * scaling * a * ctm[0]);
            for (int i = 0; i < text.length; i += font.codeLength) {
                int code = font.codeLength == 1 ? text[i] & 0xFF : (text[i] & 0xFF) << 8 | text[i + 1] & 0xFF;
                double advance = font.of(code) / 1000;
                double start = x * ctm[0] + ctm[4] - left;
                double end = start + advance * scale;
                if (Math.min(start, end) < distance || Math.max(start, end) > width - distance) {
                    near = true;
                    return;
                }
                double spacing = font.codeLength == 1 && code == 32 ? state.wordSpacing : 0;
                x += (advance * size + state.charSpacing + spacing) * scaling * a;
            }
        }

        private Widths font(String name) throws Unsure {
            Widths widths = fontsByName.get(name);
            if (widths != null) {
                return widths;
            }
            COSDictionary all = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
            if (all == null || !(all.getDictionaryObject(COSName.getPDFName(name)) instanceof COSDictionary dictionary)) {
                throw new Unsure();
            }
            widths = fonts.get(dictionary);
            if (widths == null) {
                try {
                    widths = new Widths(PDFontFactory.createFont(dictionary));
                } catch (IOException e) {
                    throw new Unsure();
                }
                fonts.put(dictionary, widths);
            }
            fontsByName.put(name, widths);
            return widths;
        }

        private double[] numbers(int count) throws Unsure {
            if (operands.size() != count) {
                throw new Unsure();
            }
            double[] numbers = new double[count];
            for (int i = 0; i < count; i++) {
                if (!(operands.get(i) instanceof Double number)) {
                    throw new Unsure();
                }
                numbers[i] = number;
            }
            return numbers;
        }

        private byte[] string(int index, int count) throws Unsure {
            if (operands.size() != count || !(operands.get(index) instanceof byte[] text)) {
                throw new Unsure();
            }
            return text;
        }

        // --- tokens

        /** The next operand (a Double, a name as a String, a string's bytes, an array as a List, or OTHER), or null before an operator. */
        private Object operand() throws Unsure {
            int ch = in[at];
            if (ch == '[') {
                at++;
                List<Object> array = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (at >= in.length) {
                        throw new Unsure();
                    }
                    if (in[at] == ']') {
                        at++;
                        return array;
                    }
                    Object item = operand();
                    if (item == null || item instanceof List<?>) {
                        throw new Unsure();
                    }
                    array.add(item);
                }
            }
            if (ch == '(') {
                return literal();
            }
            if (ch == '<') {
                if (at + 1 < in.length && in[at + 1] == '<') {
                    skipDictionary();
                    return OTHER;
                }
                return hex();
            }
            if (ch == '/') {
                return name();
            }
            if (ch == '+' || ch == '-' || ch == '.' || ch >= '0' && ch <= '9') {
                return number();
            }
            if (ch == ']' || ch == '>' || ch == ')' || ch == '{' || ch == '}') {
                throw new Unsure();
            }
            int start = at;
            int end = regularEnd(start);
            String word = new String(in, start, end - start, StandardCharsets.ISO_8859_1);
            if (word.equals("true") || word.equals("false") || word.equals("null")) {
                at = end;
                return OTHER;
            }
            return null;
        }

        private String operator() throws Unsure {
            int start = at;
            at = regularEnd(start);
            if (at == start) {
                throw new Unsure();
            }
            return new String(in, start, at - start, StandardCharsets.ISO_8859_1);
        }

        private int regularEnd(int from) {
            int end = from;
            while (end < in.length && regular(in[end])) {
                end++;
            }
            return end;
        }

        private double number() throws Unsure {
            int start = at;
            boolean negative = false;
            if (in[at] == '+' || in[at] == '-') {
                negative = in[at] == '-';
                at++;
            }
            double value = 0;
            boolean digits = false;
            while (at < in.length && in[at] >= '0' && in[at] <= '9') {
                value = value * 10 + (in[at++] - '0');
                digits = true;
            }
            if (at < in.length && in[at] == '.') {
                at++;
                double unit = 0.1;
                while (at < in.length && in[at] >= '0' && in[at] <= '9') {
                    value += (in[at++] - '0') * unit;
                    unit /= 10;
                    digits = true;
                }
            }
            if (!digits || at < in.length && regular(in[at])) {
                at = start;
                throw new Unsure(); // "--5", "1.2.3", "3e4": PDFBox reads some of these its own way
            }
            return negative ? -value : value;
        }

        private String name() {
            int start = ++at;
            at = regularEnd(start);
            String raw = new String(in, start, at - start, StandardCharsets.ISO_8859_1);
            if (raw.indexOf('#') < 0) {
                return raw;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '#' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                        && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                    bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(ch);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** A literal string's bytes, its escapes undone. */
        private byte[] literal() throws Unsure {
            // Most strings hold neither escapes nor line ends: their bytes are the string.
            int depth = 0;
            for (int i = at + 1; i < in.length; i++) {
                byte ch = in[i];
                if (ch == '\\' || ch == '\r') {
                    return escapedLiteral();
                }
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    if (depth == 0) {
                        byte[] plain = Arrays.copyOfRange(in, at + 1, i);
                        at = i + 1;
                        return plain;
                    }
                    depth--;
                }
            }
            throw new Unsure();
        }

        /** The bytes of a string with escapes, written into a buffer no longer than the string as written. */
        private byte[] escapedLiteral() throws Unsure {
            byte[] bytes = new byte[64];
            int length = 0;
            int depth = 0;
            at++;
            while (true) {
                if (at >= in.length) {
                    throw new Unsure();
                }
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                int ch = in[at++] & 0xFF;
                if (ch == '\\') {
                    if (at >= in.length) {
                        throw new Unsure();
                    }
                    int next = in[at++] & 0xFF;
                    switch (next) {
                        case 'n' -> bytes[length++] = '\n';
                        case 'r' -> bytes[length++] = '\r';
                        case 't' -> bytes[length++] = '\t';
                        case 'b' -> bytes[length++] = '\b';
                        case 'f' -> bytes[length++] = '\f';
                        case '\r' -> {
                            if (at < in.length && in[at] == '\n') {
                                at++;
                            }
                        }
                        case '\n' -> {
                            // a line continued: nothing written
                        }
                        default -> {
                            if (next >= '0' && next <= '7') {
                                int value = next - '0';
                                for (int i = 0; i < 2 && at < in.length && in[at] >= '0' && in[at] <= '7'; i++) {
                                    value = value * 8 + (in[at++] - '0');
                                }
                                bytes[length++] = (byte) value;
                            } else {
                                bytes[length++] = (byte) next;
                            }
                        }
                    }
                } else if (ch == ')' && depth == 0) {
                    return Arrays.copyOf(bytes, length);
                } else {
                    if (ch == '(') {
                        depth++;
                    } else if (ch == ')') {
                        depth--;
                    } else if (ch == '\r') {
                        if (at < in.length && in[at] == '\n') {
                            at++;
                        }
                        ch = '\n'; // an end of line in a string is a line feed, however written
                    }
                    bytes[length++] = (byte) ch;
                }
            }
        }

        private byte[] hex() throws Unsure {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            at++;
            int high = -1;
            while (true) {
                if (at >= in.length) {
                    throw new Unsure();
                }
                int ch = in[at++];
                if (ch == '>') {
                    if (high >= 0) {
                        bytes.write(high << 4);
                    }
                    return bytes.toByteArray();
                }
                if (space(ch)) {
                    continue;
                }
                int digit = Character.digit(ch, 16);
                if (digit < 0) {
                    throw new Unsure();
                }
                if (high < 0) {
                    high = digit;
                } else {
                    bytes.write(high << 4 | digit);
                    high = -1;
                }
            }
        }

        /** Skips {@code << ... >>}, nested dictionaries and strings in it included (marked content's properties). */
        private void skipDictionary() throws Unsure {
            at += 2;
            while (true) {
                skipSpace();
                if (at >= in.length) {
                    throw new Unsure();
                }
                if (in[at] == '>' && at + 1 < in.length && in[at + 1] == '>') {
                    at += 2;
                    return;
                }
                int ch = in[at];
                if (ch == '<' && at + 1 < in.length && in[at + 1] == '<') {
                    skipDictionary();
                } else if (ch == '<') {
                    hex();
                } else if (ch == '(') {
                    literal();
                } else if (ch == '[' || ch == ']') {
                    at++;
                } else if (ch == '/') {
                    name();
                } else {
                    int end = regularEnd(at);
                    if (end == at) {
                        throw new Unsure();
                    }
                    at = end;
                }
            }
        }

        private void skipSpace() {
            while (at < in.length) {
                int ch = in[at];
                if (space(ch)) {
                    at++;
                } else if (ch == '%') {
                    while (at < in.length && in[at] != '\n' && in[at] != '\r') {
                        at++;
                    }
                } else {
                    return;
                }
            }
        }

        private static boolean space(int ch) {
            return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == 0;
        }

        private static boolean regular(int ch) {
            return !space(ch) && ch != '(' && ch != ')' && ch != '<' && ch != '>' && ch != '[' && ch != ']'
                    && ch != '{' && ch != '}' && ch != '/' && ch != '%';
        }
    }
}
