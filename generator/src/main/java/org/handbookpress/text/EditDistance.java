package org.handbookpress.text;

/**
 * How many characters must be added, removed or changed to turn one text into another (Levenshtein's distance): how
 * far a misspelt name is from the one it means, for a finding's "did you mean".
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * The one name a misspelt one is a slip of the keyboard from ({@code reveiwed}, {@code organization}, {@code inlcude}),
     * case and {@code _} for {@code -} aside: one character away, or two in a name of seven or more; none when two names are
     * as near, or the name is under four characters. Two letters typed the wrong way round are one slip ({@code titel}),
     * where counted as two changes a five-letter name's was never told.
     */
    public static java.util.Optional<String> nearest(String misspelt, java.util.Collection<String> names) {
        String loose = misspelt.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        int most = loose.length() >= 7 ? 2 : loose.length() >= 4 ? 1 : 0;
        java.util.List<String> near = names.stream().filter(n -> {
            String name = n.toLowerCase(java.util.Locale.ROOT);
            return between(loose, name) <= most || most > 0 && swapped(loose, name);
        }).toList();
        return near.size() == 1 ? java.util.Optional.of(near.get(0)) : java.util.Optional.empty();
    }

    /** Whether the two differ only by two neighbouring characters written the other way round. */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
