package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.export.JsonStrings;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.spec.SpecProblem;

/** The results of {@code journey viewpoint check} as text, JSON or SARIF 2.1.0. */
final class SpecCheckReports {

    /** The one SARIF rule: a specification must load without problems. */
    static final String RULE = "viewpoint-spec";

    private SpecCheckReports() {
    }

    static void write(String format, List<LoadedSpec> checked, Writer out) throws IOException {
        switch (format) {
            case "json" -> json(checked, out);
            case "sarif" -> sarif(checked, out);
            default -> text(checked, out);
        }
        out.flush();
    }

    private static void text(List<LoadedSpec> checked, Writer out) throws IOException {
        int problems = 0;
        for (LoadedSpec spec : checked) {
            for (SpecProblem problem : spec.problems()) {
                out.write(EchoedText.escape(problem.toString()) + "\n");
                problems++;
            }
            if (spec.problems().isEmpty()) {
                out.write(EchoedText.escape(spec.id()) + ": ok, viewpoint(s) " + String.join(", ",
                        spec.viewpoints().stream().map(Viewpoint::getName).toList()) + "\n");
            }
        }
        out.write(problems + " problem(s) in " + checked.size() + " file(s)\n");
    }

    private static void json(List<LoadedSpec> checked, Writer out) throws IOException {
        List<String> files = new ArrayList<>();
        for (LoadedSpec spec : checked) {
            List<String> problems = spec.problems().stream().map(SpecCheckReports::problem).toList();
            String status = spec.unreadable() ? "unreadable" : problems.isEmpty() ? "ok" : "problems";
            files.add("    {\"file\": " + JsonStrings.quote(spec.id()) + ", \"status\": " + JsonStrings.quote(status)
                    + ", \"problems\": [" + (problems.isEmpty() ? "" : "\n" + String.join(",\n", problems) + "\n    ")
                    + "]}");
        }
        out.write("{\n  \"files\": [" + (files.isEmpty() ? "" : "\n" + String.join(",\n", files) + "\n  ") + "]\n}\n");
    }

    private static String problem(SpecProblem problem) {
        return "      {\"line\": " + problem.line() + ", \"element\": " + JsonStrings.quote(problem.element())
                + ", \"message\": " + JsonStrings.quote(problem.message())
                + ", \"expression\": " + (problem.expression() == null ? "null" : JsonStrings.quote(problem.expression()))
                + "}";
    }

    private static void sarif(List<LoadedSpec> checked, Writer out) throws IOException {
        List<String> results = new ArrayList<>();
        for (LoadedSpec spec : checked) {
            for (SpecProblem problem : spec.problems()) {
                String region = problem.line() > 0 ? ", \"region\": {\"startLine\": " + problem.line() + "}" : "";
                String text = problem.element() + ": " + problem.message()
                        + (problem.expression() == null ? "" : " in '" + problem.expression() + "'");
                results.add("      {\"ruleId\": \"" + RULE + "\", \"ruleIndex\": 0, \"level\": \"error\", "
                        + "\"message\": {\"text\": " + JsonStrings.quote(text) + "}, \"locations\": [{\"physicalLocation\": "
                        + "{\"artifactLocation\": {\"uri\": " + JsonStrings.quote(SarifReport.uri(problem.file())) + "}"
                        + region + "}}]}");
            }
        }
        out.write("{\n  \"$schema\": " + JsonStrings.quote(SarifReport.SCHEMA)
                + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n");
        out.write("    \"tool\": {\"driver\": {\"name\": \"journey\", "
                + "\"fullName\": \"Journey Studio journey viewpoint check\", "
                + "\"version\": \"0.1.0\", \"rules\": [\n      {\"id\": \"" + RULE + "\", \"name\": \"" + RULE + "\", "
                + "\"shortDescription\": {\"text\": \"a viewpoint specification loads without problems\"}, "
                + "\"defaultConfiguration\": {\"level\": \"error\"}}\n    ]}},\n");
        out.write("    \"results\": [" + (results.isEmpty() ? "" : "\n" + String.join(",\n", results) + "\n    ")
                + "]\n  }]\n}\n");
    }
}
