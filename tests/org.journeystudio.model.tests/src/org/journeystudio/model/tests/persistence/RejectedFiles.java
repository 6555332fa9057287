package org.journeystudio.model.tests.persistence;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Files EMF refuses or reads in its own way, each as a name and a text: the specialised
 * reader must leave them to EMF so that the outcome, an error message above all, is EMF's.
 */
final class RejectedFiles {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\"";

    private RejectedFiles() {
    }

    private static String model(String body) {
        return HEAD + "<journey:JourneyModel " + NAMESPACES + " xmi:id=\"m\" name=\"M\">\n" + body + "</journey:JourneyModel>\n";
    }

    private static Arguments file(String kind, String text) {
        return Arguments.of(kind, text);
    }

    static Stream<Arguments> failing() {
        return Stream.of(
                file("unknown attribute", model("  <personas xmi:id=\"p\" name=\"Ann\" colour=\"red\"/>\n")),
                file("unknown element", model("  <sidekicks name=\"Robin\"/>\n")),
                file("unknown element after an error", model("  <personas xmi:id=\"p\" colour=\"red\"/>\n  <sidekicks/>\n")),
                file("wrong namespace", model("").replace("journeystudio.org/journey/1.0", "example.org/journey/9")),
                file("abstract root", model("").replace("JourneyModel", "NamedElement")),
                file("unknown root class", model("").replace("JourneyModel", "Roadmap")),
                file("root is a journey", model("").replace("JourneyModel", "Journey")),
                file("xsi:type", model("  <personas xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xsi:type=\"journey:Persona\" xmi:id=\"p\" name=\"Ann\"/>\n")),
                file("xmi:type", model("  <personas xmi:type=\"journey:Team\" xmi:id=\"p\" name=\"Ann\"/>\n")),
                file("illegal int", model("  <evidence xmi:id=\"e\" name=\"E\" sampleSize=\"many\"/>\n")),
                file("illegal enum literal", model("  <channels xmi:id=\"c\" name=\"C\" kind=\"PIGEON\"/>\n")),
                file("illegal double", model("  <metrics xmi:id=\"n\" name=\"N\" min=\"low\"/>\n")),
                file("illegal int as element", model("  <emotionScale xmi:id=\"s\">\n    <min>-2 </min>\n  </emotionScale>\n")),
                file("wrong reference type", model("  <personas xmi:id=\"p\" name=\"P\"/>\n  <teams xmi:id=\"t\" name=\"T\"/>\n"
                        + "  <journeys xmi:id=\"j\" name=\"J\" persona=\"t\"/>\n")),
                file("wrong type in a list", model("  <personas xmi:id=\"p\" name=\"P\" evidence=\"p\"/>\n")),
                file("two emotion scales", model("  <emotionScale xmi:id=\"s1\"/>\n"
                        + "  <emotionScale xmi:id=\"s2\" min=\"-1\"/>\n")),
                file("an element inside a value", model("  <teams xmi:id=\"t\">\n    <name>A<b/></name>\n  </teams>\n")),
                file("an attribute on a value", model("  <teams xmi:id=\"t\">\n    <name lang=\"en\">A</name>\n  </teams>\n")),
                file("a foreign attribute", model("  <teams xmlns:x=\"urn:x\" xmi:id=\"t\" x:name=\"T\"/>\n")),
                file("a default namespace", HEAD + "<JourneyModel xmlns=\"http://www.journeystudio.org/journey/1.0\" "
                        + "xmlns:xmi=\"http://www.omg.org/XMI\" xmi:id=\"m\" name=\"M\"><teams xmi:id=\"t\"/></JourneyModel>\n"),
                file("a containment as an attribute", model("  <journeys xmi:id=\"j\" name=\"J\" stages=\"s\"/>\n")),
                file("texts as an attribute", model("  <personas xmi:id=\"p\" name=\"P\" goals=\"a b\"/>\n")),
                file("two roots", HEAD + "<xmi:XMI " + NAMESPACES + "><journey:JourneyModel name=\"A\"/>"
                        + "<journey:JourneyModel name=\"B\"/></xmi:XMI>\n"),
                file("XML 1.1", model("").replace("version=\"1.0\"", "version=\"1.1\"")),
                file("DOCTYPE", HEAD + "<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n" + model("").substring(HEAD.length())),
                file("truncated", model("").substring(0, 120)),
                file("not XML", "Just some notes about a journey.\n"),
                file("empty", ""),
                file("invalid UTF-8", model("  <teams xmi:id=\"t\" name=\"T\u00ff\"/>\n").replace("UTF-8", "US-ASCII")));
    }
}
