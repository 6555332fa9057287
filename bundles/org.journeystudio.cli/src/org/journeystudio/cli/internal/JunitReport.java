package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.journeystudio.cli.internal.ValidateCommand.FileReport;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;

/**
 * JUnit XML, for CI servers that show test reports: one test suite per file, one test case
 * per rule (the language's, then those of the viewpoint specifications given); a rule with
 * errors fails, with warnings or infos it passes and lists them as system-out. An unreadable file is one errored test case.
 */
final class JunitReport {

    private JunitReport() {
    }

    static void write(List<FileReport> reports, List<ReportedRule> rules, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"journey validate\">\n");
        for (FileReport report : reports) {
            suite(report, rules, out);
        }
        out.write("</testsuites>\n");
    }

    private static void suite(FileReport report, List<ReportedRule> rules, Writer out) throws IOException {
        String name = Xml.attribute(report.file());
        if (report.unreadable() != null) {
            out.write("  <testsuite name=\"" + name + "\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                    + "    <testcase classname=\"" + name + "\" name=\"load\">\n"
                    + "      <error message=\"" + Xml.attribute(report.unreadable()) + "\"/>\n"
                    + "    </testcase>\n  </testsuite>\n");
            return;
        }
        long failures = rules.stream().filter(rule -> !errorsOf(report, rule).isEmpty()).count();
        out.write("  <testsuite name=\"" + name + "\" tests=\"" + rules.size() + "\" failures=\"" + failures
                + "\" errors=\"0\">\n");
        for (ReportedRule rule : rules) {
            testCase(report, rule, name, out);
        }
        out.write("  </testsuite>\n");
    }

    private static void testCase(FileReport report, ReportedRule rule, String suite, Writer out) throws IOException {
        List<JourneyDiagnostic> found = report.diagnostics().stream().filter(d -> d.code().equals(rule.code())).toList();
        out.write("    <testcase classname=\"" + suite + "\" name=\"" + rule.code() + " " + Xml.attribute(rule.description())
                + "\">\n");
        List<JourneyDiagnostic> errors = errorsOf(report, rule);
        if (!errors.isEmpty()) {
            out.write("      <failure message=\"" + errors.size() + " error(s)\">" + Xml.text(lines(errors)) + "</failure>\n");
        } else if (!found.isEmpty()) {
            out.write("      <system-out>" + Xml.text(lines(found)) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static List<JourneyDiagnostic> errorsOf(FileReport report, ReportedRule rule) {
        return report.diagnostics().stream()
                .filter(d -> d.code().equals(rule.code()) && d.severity() == Severity.ERROR).toList();
    }

    private static String lines(List<JourneyDiagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (JourneyDiagnostic d : diagnostics) {
            text.append("line ").append(d.line()).append(": ").append(d.severity().name().toLowerCase(Locale.ROOT))
                    .append(' ').append(d.message()).append(" [").append(d.path()).append("]\n");
        }
        return text.toString();
    }
}
