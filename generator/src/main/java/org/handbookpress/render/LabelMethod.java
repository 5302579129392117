package org.handbookpress.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.labels.Labels;

/**
 * A layout's {@code t}: {@code ${t("menu")}} is the label in the page's language, {@code ${t("count.pages",
 * {"pages": 3})}} one with values. The text is escaped as any other value (a translation is text, not HTML).
 * {@code tPattern("search.found")} is the label as written, for a script that puts the values in itself (search.js).
 */
public final class LabelMethod implements TemplateMethodModelEx {

    private final Labels labels;
    private final boolean pattern;

    /** @param pattern whether it gives the label as written, values not put in ({@code tPattern}: for a script to format) */
    LabelMethod(Labels labels, boolean pattern) {
        this.labels = labels;
        this.pattern = pattern;
    }

    /** A layout's {@code t} for these labels. */
    public static TemplateMethodModelEx of(Labels labels) {
        return new LabelMethod(labels, false);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new TemplateModelException("t takes a label's name and, for a label with values, a hash of them:"
                    + " t(\"menu\"), t(\"count.pages\", {\"pages\": 3})");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        if (!labels.has(key)) {
            throw new TemplateModelException("there is no label '" + key + "' (the theme's labels are listed in its labels/en.properties)");
        }
        if (pattern) {
            return labels.pattern(key);
        }
        if (arguments.size() == 1) {
            return labels.text(key);
        }
        Object values = DeepUnwrap.unwrap((TemplateModel) arguments.get(1));
        if (!(values instanceof Map<?, ?> map)) {
            throw new TemplateModelException("t(\"" + key + "\", …) takes its values as a hash: {\"count\": 3}");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        map.forEach((name, value) -> named.put(String.valueOf(name), value));
        return labels.format(key, named);
    }
}
