package org.handbookpress.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Runs epubcheck in-process and keeps its messages by severity. */
final class Epubcheck extends MasterReport {

    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> usage = new ArrayList<>();

    static Epubcheck check(File epub) {
        Epubcheck report = new Epubcheck();
        report.setReportingLevel(ReportingLevel.Usage);
        new EpubCheck(epub, report).doValidate();
        return report;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        String text = message.getID() + " " + location.getPath() + ":" + location.getLine() + " " + message.getMessage(args);
        Severity severity = message.getSeverity();
        if (severity == Severity.ERROR || severity == Severity.FATAL) {
            errors.add(text);
        } else if (severity == Severity.WARNING) {
            warnings.add(text);
        } else if (severity == Severity.USAGE || severity == Severity.INFO) {
            usage.add(text);
        }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }
}
