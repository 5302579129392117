package org.handbookpress.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.handbookpress.content.TextDirection;

/**
 * Renders Freemarker layouts ({@code .ftlh}, HTML auto-escaping) from the user's templates folder
 * first and the default theme second, so a user overrides any layout by giving a file the same name.
 */
public final class ThemeEngine {

    /** Classpath folder of the default theme, packaged from the templates module. */
    public static final String THEME_ROOT = "/org/handbookpress/theme";

    private final Configuration freemarker;
    private final Path userTemplates;

    /** A template that failed, with the template's own file and line. */
    public static final class TemplateFailure extends Exception {
        private final String template;
        private final int line;
        private final String shownAs;
        private final String missing;
        private final String page;
        private final int pages;

        TemplateFailure(String template, int line, String message, Throwable cause) {
            this(template, line, message, cause, template, null, null, 0);
        }

        private TemplateFailure(String template, int line, String message, Throwable cause, String shownAs, String missing,
                                String page, int pages) {
            super(message, cause);
            this.template = template;
            this.line = line;
            this.shownAs = shownAs;
            this.missing = missing;
            this.page = page;
            this.pages = pages;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }

        /** The template as its author finds it: {@code templates/policy.ftlh} for the user's own, else the theme's name. */
        public String shownAs() {
            return shownAs;
        }

        /** The expression that was null or missing ({@code page.summary}), when that is what failed; else null. */
        public String missing() {
            return missing;
        }

        /** The page (its path) the template failed on, the first in reading order where it failed on several; null if none. */
        public String page() {
            return page;
        }

        /** On how many pages it failed (0: not on a page). */
        public int pages() {
            return pages;
        }

        /** This failure, as it happened on {@code page}, the first of {@code pages} it happened on. */
        public TemplateFailure on(String page, int pages) {
            return new TemplateFailure(template, line, getMessage(), getCause(), shownAs, missing, page, pages);
        }

        /** The fix to suggest: for a value a page may not have, the default or the test Freemarker writes for it. */
        public String fix() {
            String at = shownAs + (line > 0 ? " at line " + line : "");
            if (missing == null) {
                return "fix the template " + at;
            }
            return "fix the template " + at + ": for a value a page may not have, write ${" + missing + "!} (nothing when it is"
                    + " missing) or put it inside <#if " + missing + "??>…</#if>";
        }
    }

    public ThemeEngine(Path userTemplates, Locale locale) throws IOException {
        this.userTemplates = userTemplates != null && Files.isDirectory(userTemplates) ? userTemplates : null;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (this.userTemplates != null) {
            loaders.add(new FileTemplateLoader(this.userTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(ThemeEngine.class, THEME_ROOT + "/layouts"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Each layout is parsed once per build and then shared by every thread (a Configuration is
        // thread-safe once set up): no re-checking the files for changes while pages are rendered.
        // The preview server makes a new engine for every rebuild, so it still sees template edits.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // rightToLeft(language): whether a page in that language is written right to left (<html dir="rtl">).
        cfg.setSharedVariable("rightToLeft", (TemplateMethodModelEx) arguments -> arguments.size() == 1
                && TextDirection.rightToLeft(String.valueOf(arguments.get(0))));
        this.freemarker = cfg;
    }

    /** Whether a layout of that name exists (in the user's folder or the theme). */
    public boolean has(String name) {
        try {
            freemarker.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // it exists but does not parse: render() reports that with its line
        }
    }

    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateFailure(e.getTemplateName(), e.getLineNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            String missing = e instanceof freemarker.core.InvalidReferenceException reference ? reference.getBlamedExpressionString() : null;
            throw new TemplateFailure(source, line, "template error: " + firstLine(e.getMessageWithoutStackTop()), e, shownAs(source),
                    missing, null, 0);
        } catch (IOException e) {
            // Freemarker caches a failed parse and rethrows it later wrapped; report the parse error's line.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    throw new TemplateFailure(parse.getTemplateName(), parse.getLineNumber(),
                            "template syntax error: " + firstLine(parse.getEditorMessage()), e);
                }
            }
            throw new TemplateFailure(name, 0, "cannot read template: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // A macro or include of the user's that calls itself without end: without this it reached the build as
            // "ran out of stack … nested too deeply (quotes, lists, HTML elements)", naming no template.
            throw new TemplateFailure(name, 0, "template error: rendering it ran out of stack; a macro, function or include"
                    + " in it (or in one it includes) calls itself without end", e);
        }
    }

    /** A template's name as its author finds it: {@code templates/policy.ftlh} when it is in the user's folder. */
    private String shownAs(String template) {
        if (userTemplates != null && userTemplates.getFileName() != null && Files.isRegularFile(userTemplates.resolve(template))) {
            return userTemplates.getFileName() + "/" + template;
        }
        return template;
    }

    /** The folder a template name came from, for messages: the user's folder or the default theme. */
    public String describe(String template) {
        if (userTemplates != null && Files.isRegularFile(userTemplates.resolve(template))) {
            return userTemplates.resolve(template).toString();
        }
        return "default theme " + template;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.strip().split("\n");
        String first = lines[0].strip();
        // "The following has evaluated to null or missing:" names the expression on the next line ("==> x  [in template …]").
        if (first.endsWith(":") && lines.length > 1) {
            first += " " + lines[1].replaceFirst("^\\s*==>\\s*", "").replaceFirst("\\s*\\[in template.*$", "").strip();
        }
        return first.replaceAll("\\s+", " ");
    }

    public Path userTemplates() {
        return userTemplates;
    }
}
