package org.handbookpress.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders version labels as people write them: {@code 1.9} before {@code 1.10}, {@code v2} after
 * {@code 1.4}. Runs of digits compare as numbers, the rest as
 * text ignoring case; a leading {@code v} or {@code version} is not part of the number, and a label
 * with more parts comes later ({@code 2.0.1} after {@code 2.0}).
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> x = parts(a);
        List<String> y = parts(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = comparePart(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int comparePart(String p, String q) {
        boolean pNumber = Character.isDigit(p.charAt(0));
        boolean qNumber = Character.isDigit(q.charAt(0));
        if (pNumber && qNumber) {
            String pp = p.replaceFirst("^0+(?=.)", "");
            String qq = q.replaceFirst("^0+(?=.)", "");
            return pp.length() != qq.length() ? Integer.compare(pp.length(), qq.length()) : pp.compareTo(qq);
        }
        if (pNumber != qNumber) {
            return pNumber ? 1 : -1; // at the same place a number outranks a label: 2.1 after 2.beta
        }
        return p.compareTo(q);
    }

    /** The label split into digit runs and letter runs; separators (. - _ space) only split. */
    static List<String> parts(String version) {
        String v = version.trim().toLowerCase(Locale.ROOT).replaceFirst("^(version|ver|v)\\s*(?=\\d)", "");
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            boolean digit = Character.isDigit(ch);
            if (!Character.isLetterOrDigit(ch)) {
                flush(run, out);
                continue;
            }
            if (run.length() > 0 && Character.isDigit(run.charAt(0)) != digit) {
                flush(run, out);
            }
            run.append(ch);
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
