package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.journeystudio.cli.internal.ValidateCommand.FileReport;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.model.export.JsonStrings;

/**
 * SARIF 2.1.0 (the OASIS static-analysis format read by code-scanning dashboards and IDE
 * viewers): one run of the tool {@code journey}; every rule JM001..JM201 and every rule of the
 * viewpoint specifications given is a reporting descriptor of its driver; one result per
 * diagnostic with its file, line and element path; files that cannot be read become tool
 * execution notifications.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static void write(List<FileReport> reports, List<ReportedRule> rules, Writer out) throws IOException {
        List<String> codes = rules.stream().map(ReportedRule::code).toList();
        List<String> results = new ArrayList<>();
        List<String> notifications = new ArrayList<>();
        for (FileReport report : reports) {
            if (report.unreadable() != null) {
                notifications.add(notification(report));
            }
            for (JourneyDiagnostic diagnostic : report.diagnostics()) {
                results.add(result(report.file(), diagnostic, codes.indexOf(diagnostic.code())));
            }
        }
        out.write("{\n  \"$schema\": " + JsonStrings.quote(SCHEMA) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n");
        out.write("    \"tool\": {\"driver\": {\"name\": \"journey\", \"fullName\": \"Journey Studio journey validate\", "
                + "\"version\": \"0.1.0\", \"rules\": [\n" + String.join(",\n", descriptors(rules)) + "\n    ]}},\n");
        out.write("    \"invocations\": [{\"executionSuccessful\": " + notifications.isEmpty()
                + ", \"toolExecutionNotifications\": [" + String.join(",\n", notifications) + "]}],\n");
        out.write("    \"results\": [" + (results.isEmpty() ? "" : "\n" + String.join(",\n", results) + "\n    ")
                + "]\n  }]\n}\n");
    }

    /** The language's rules, then those of the viewpoint specifications (with the viewpoint as a property). */
    private static List<String> descriptors(List<ReportedRule> rules) {
        List<String> descriptors = new ArrayList<>();
        for (ReportedRule rule : rules) {
            descriptors.add("      {\"id\": " + JsonStrings.quote(rule.code()) + ", \"name\": " + JsonStrings.quote(rule.code())
                    + ", \"shortDescription\": {\"text\": " + JsonStrings.quote(rule.description()) + "}"
                    + ", \"defaultConfiguration\": {\"level\": " + JsonStrings.quote(level(rule.severity())) + "}"
                    + ", \"properties\": {\"viewpoint\": " + JsonStrings.quote(rule.origin()) + "}}");
        }
        return descriptors;
    }

    private static String result(String file, JourneyDiagnostic d, int ruleIndex) {
        String index = ruleIndex < 0 ? "" : ", \"ruleIndex\": " + ruleIndex;
        return "      {\"ruleId\": " + JsonStrings.quote(d.code()) + index
                + ", \"level\": " + JsonStrings.quote(level(d.severity()))
                + ", \"message\": {\"text\": " + JsonStrings.quote(d.message()) + "}"
                + ", \"locations\": [" + location(file, d.line(), d.column(), d.path(), d.elementId()) + "]}";
    }

    private static String location(String file, int line, int column, String path, String elementId) {
        String start = column > 0 ? ", \"startColumn\": " + column : "";
        String region = line > 0 ? ", \"region\": {\"startLine\": " + line + start + "}" : "";
        String logical = path == null || path.isEmpty() ? ""
                : ", \"logicalLocations\": [{\"fullyQualifiedName\": " + JsonStrings.quote(path)
                        + ", \"name\": " + JsonStrings.quote(elementId) + "}]";
        return "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + JsonStrings.quote(uri(file)) + "}" + region + "}"
                + logical + "}";
    }

    private static String notification(FileReport report) {
        return "      {\"level\": \"error\", \"message\": {\"text\": " + JsonStrings.quote(report.unreadable()) + "}, "
                + "\"locations\": [" + location(report.file(), 0, 0, null, null) + "]}";
    }

    /** Relative paths stay relative (SARIF viewers resolve them against the checkout); '/' separated. */
    static String uri(String file) {
        Path path = Path.of(file).normalize();
        String text = path.toString().replace('\\', '/');
        return path.isAbsolute() ? path.toUri().toString() : text.replace(" ", "%20");
    }

    private static String level(Severity severity) {
        return severity == Severity.INFO ? "note" : severity.name().toLowerCase(Locale.ROOT);
    }
}
