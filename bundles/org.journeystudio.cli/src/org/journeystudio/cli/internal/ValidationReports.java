package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.journeystudio.cli.internal.ValidateCommand.FileReport;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.export.JsonStrings;

/** Writes validation results as text ({@code file:line: severity CODE: message [path]}), JSON, SARIF or JUnit XML. */
final class ValidationReports {

    private ValidationReports() {
    }

    static void write(String format, List<FileReport> reports, List<ReportedRule> rules, Writer out) throws IOException {
        switch (format) {
            case "json" -> json(reports, out);
            case "sarif" -> SarifReport.write(reports, rules, out);
            case "junit" -> JunitReport.write(reports, rules, out);
            default -> text(reports, out);
        }
        out.flush();
    }

    private static void text(List<FileReport> reports, Writer out) throws IOException {
        int[] counts = new int[3];
        for (FileReport report : reports) {
            for (JourneyDiagnostic d : report.diagnostics()) {
                out.write(EchoedText.escape(report.file()) + position(d) + ": "
                        + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + ": " + d.message()
                        + " [" + d.path() + "]\n");
                counts[d.severity().ordinal()]++;
            }
        }
        long unreadable = reports.stream().filter(r -> r.unreadable() != null).count();
        out.write(String.format("%d error(s), %d warning(s), %d info(s) in %d file(s)%s%n", counts[0], counts[1],
                counts[2], reports.size(), unreadable == 0 ? "" : ", " + unreadable + " unreadable"));
    }

    /** {@code :line:column}, {@code :line} or nothing, as far as they are known. */
    private static String position(JourneyDiagnostic d) {
        if (d.line() <= 0) {
            return "";
        }
        return ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "");
    }

    private static void json(List<FileReport> reports, Writer out) throws IOException {
        out.write("{\n  \"files\": [");
        for (int i = 0; i < reports.size(); i++) {
            FileReport report = reports.get(i);
            out.write(i == 0 ? "\n" : ",\n");
            out.write("    {\"file\": " + JsonStrings.quote(report.file()));
            if (report.unreadable() != null) {
                out.write(", \"error\": " + JsonStrings.quote(report.unreadable()));
            }
            out.write(", \"diagnostics\": [");
            List<JourneyDiagnostic> diagnostics = report.diagnostics();
            for (int j = 0; j < diagnostics.size(); j++) {
                out.write(j == 0 ? "\n" : ",\n");
                out.write("      " + diagnostic(diagnostics.get(j)));
            }
            out.write(diagnostics.isEmpty() ? "]}" : "\n    ]}");
        }
        out.write(reports.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    private static String diagnostic(JourneyDiagnostic d) {
        return "{\"code\": " + JsonStrings.quote(d.code())
                + ", \"severity\": " + JsonStrings.quote(d.severity().name().toLowerCase(Locale.ROOT))
                + ", \"message\": " + JsonStrings.quote(d.message())
                + ", \"line\": " + d.line()
                + (d.column() > 0 ? ", \"column\": " + d.column() : "")
                + ", \"element\": " + JsonStrings.quote(d.elementId())
                + ", \"path\": " + JsonStrings.quote(d.path()) + "}";
    }
}
