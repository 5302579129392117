package org.handbookpress.sanitise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.handbookpress.findings.Findings;
import org.handbookpress.work.Parallel;

/**
 * What a PDF among the handbook's files does by itself in a PDF reader such as Acrobat: runs JavaScript, sends a form's
 * answers to a web address, opens a web address as it is opened, starts a program or reads another file. The site
 * publishes such a file as it is (a charity's fillable form is one, and its scripts often only add up a column), but the
 * reader who opens it may be contacted from, or about, it: so each is a {@code file.pdf-actions} warning naming what it
 * does, for the author to decide. A link the reader clicks, as in a page, is not such an action.
 */
public final class PdfFileActions {

    /** Actions a reader does not start: scripts, forms sent, programs run, data read from elsewhere. */
    private static final Map<String, String> ACTIONS = Map.of(
            "JavaScript", "runs JavaScript (as it is opened, printed or filled in)",
            "Launch", "starts a program or opens another file",
            "ImportData", "reads form data from another file");
    /** Bytes without any of these cannot hold an action (names may be written with #xx escapes, and objects compressed). */
    private static final Pattern MAY_ACT = Pattern.compile("JavaScript|/JS\\b|Launch|SubmitForm|ImportData|/URI|ObjStm|/[A-Za-z]*#[0-9A-Fa-f]{2}");
    /** How deep inside one object the search goes: action dictionaries sit a few levels down (an annotation's /AA). */
    private static final int DEPTH = 8;

    private PdfFileActions() {
    }

    /** Every {@code .pdf} among {@code assets}, read from {@code files}, on {@code threads}: a warning for each that acts. */
    public static void checkAll(Function<String, Path> files, Collection<String> assets, int threads, Findings findings) throws IOException {
        List<String> pdfs = assets.stream().filter(a -> a.toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        List<Set<String>> found;
        try {
            found = Parallel.map(pdfs, threads, pdf -> actions(files.apply(pdf)));
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
        for (int i = 0; i < pdfs.size(); i++) {
            if (!found.get(i).isEmpty()) {
                findings.warning(pdfs.get(i), 0, "file.pdf-actions", "this PDF " + String.join("; ", found.get(i))
                                + ", without the reader asking, in a PDF reader that does (Acrobat, most office PDF readers): the site "
                                + "publishes it as it is, so a reader who opens it may be contacted from, or about, it",
                        "if the form works without them, save it again without its scripts and actions (print it to PDF, or "
                                + "export it from its source document); if it needs them, check where they send what");
            }
        }
    }

    /** What the PDF at {@code file} does by itself, each said in words; none for a PDF that cannot be read (not ours to judge). */
    static Set<String> actions(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!MAY_ACT.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            return Set.of();
        }
        Set<String> found = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObjectKey key : List.copyOf(doc.getDocument().getXrefTable().keySet())) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                search(object.getObject(), found, seen, 0);
            }
            // A web address opened by itself: as the document or a page opens (a click on a link is the reader's own).
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            opensAddress(catalog.getDictionaryObject(COSName.getPDFName("OpenAction")), "as it is opened", found);
            for (COSBase action : additionalActions(catalog)) {
                opensAddress(action, "as it is opened, saved or printed", found);
            }
            for (PDPage page : doc.getPages()) {
                for (COSBase action : additionalActions(page.getCOSObject())) {
                    opensAddress(action, "as one of its pages is shown", found);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.of(); // damaged or locked: a reader's PDF viewer says so, and the file is published as the author gave it
        }
        return found;
    }

    /** Finds the actions in {@code base} and in the objects written inside it (not those it refers to: each is searched itself). */
    private static void search(COSBase base, Set<String> found, Map<COSBase, Boolean> seen, int depth) {
        if (base == null || depth > DEPTH || seen.put(base, Boolean.TRUE) != null) {
            return;
        }
        if (base instanceof COSDictionary dict) {
            String type = dict.getNameAsString(COSName.S);
            if (type != null && ACTIONS.containsKey(type)) {
                found.add(ACTIONS.get(type));
            } else if ("SubmitForm".equals(type)) {
                String to = address(dict.getDictionaryObject(COSName.F));
                found.add("sends what is filled in " + (to == null ? "to another computer" : "to " + to));
            } else if (dict.containsKey(COSName.JS)) {
                found.add(ACTIONS.get("JavaScript"));
            }
            for (COSBase value : dict.getValues()) {
                if (!(value instanceof COSObject)) {
                    search(value, found, seen, depth + 1);
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase value = array.get(i);
                if (!(value instanceof COSObject)) {
                    search(value, found, seen, depth + 1);
                }
            }
        }
    }

    private static void opensAddress(COSBase action, String when, Set<String> found) {
        if (action instanceof COSDictionary dict && "URI".equals(dict.getNameAsString(COSName.S))) {
            String uri = address(dict.getDictionaryObject(COSName.URI));
            found.add("opens " + (uri == null ? "a web address" : uri) + " " + when);
        }
    }

    /** The actions of an object's /AA dictionary (on opening, closing, saving, printing…). */
    private static List<COSBase> additionalActions(COSDictionary owner) {
        List<COSBase> actions = new ArrayList<>();
        if (owner.getDictionaryObject(COSName.AA) instanceof COSDictionary aa) {
            for (COSName key : aa.keySet()) {
                actions.add(aa.getDictionaryObject(key));
            }
        }
        return actions;
    }

    /** A web address written as a string, or as a file specification's name; null when neither. */
    private static String address(COSBase target) {
        if (target instanceof COSString text) {
            return HtmlSanitiser.abbreviate(text.getString());
        }
        if (target instanceof COSDictionary spec) {
            String name = spec.getString(COSName.UF, spec.getString(COSName.F));
            return name == null ? null : HtmlSanitiser.abbreviate(name);
        }
        return null;
    }
}
