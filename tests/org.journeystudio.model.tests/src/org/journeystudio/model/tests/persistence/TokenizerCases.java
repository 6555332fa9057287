package org.journeystudio.model.tests.persistence;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Hand-written files for the specialised reader's own XML tokenizer, each as a name and a
 * text: those it must read itself exactly as Xerces and EMF read them (line ends, attribute
 * value normalisation, references, non-ASCII text, the ways a declaration and a tag may be
 * written, and the lines elements are recorded at), and those it must leave to EMF because
 * they are not in the subset of XML it reads, or are no XML at all.
 */
final class TokenizerCases {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<journey:JourneyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\" xmi:id=\"m\" name=\"M\"";
    private static final String END = "</journey:JourneyModel>\n";
    private static final String PEOPLE = "  <personas xmi:id=\"p1\" name=\"Ann\"/>\n  <channels xmi:id=\"c1\" name=\"Web\"/>\n"
            + "  <channels xmi:id=\"c2\" name=\"Phone\"/>\n";

    private TokenizerCases() {
    }

    /** A model with the given body after a persona and two channels. */
    private static String model(String body) {
        return HEAD + ROOT + ">\n" + PEOPLE + body + END;
    }

    /** A model whose one stage holds the given steps. */
    private static String steps(String steps) {
        return model("  <journeys xmi:id=\"j\" name=\"J\" persona=\"p1\">\n    <stages xmi:id=\"s\" name=\"S\">\n" + steps
                + "    </stages>\n  </journeys>\n");
    }

    private static Arguments file(String kind, String text) {
        return Arguments.of(kind, text);
    }

    private static String truncatedAfter(String text, String part) {
        return text.substring(0, text.indexOf(part) + part.length());
    }

    static Stream<Arguments> handled() {
        String multiLine = steps("      <steps\n        xmi:id=\"a\"\n        name=\"A\"\n        channels=\"c1\n c2\"\n"
                + "        />\n      <steps xmi:id=\"b\"\n name=\"B\"\n\n>\n      </steps>\n");
        return Stream.of(
                file("CRLF line ends", multiLine.replace("\n", "\r\n")),
                file("CR line ends", multiLine.replace("\n", "\r")),
                file("mixed line ends", multiLine.replace("\n  <", "\r\n  <").replace("\n    <", "\r    <")),
                file("multi-line start tags", multiLine),
                file("tabs and line ends in attributes", model("  <teams xmi:id=\"t\" name=\"a\tb\nc\r\nd\re  f\"/>\n")),
                file("character references in attributes", model("  <teams xmi:id=\"t\" name=\"&#9;&#xA;&#xd;&#13;&#x41;"
                        + "&#0000066;&#x1F680;&#xE9;&#x10FFFF;&#xFFFD;\"/>\n")),
                file("predefined entities", model("  <teams xmi:id=\"t\" name=\"&lt;&gt;&amp;&apos;&quot;\">\n"
                        + "    <description>&lt;&gt;&amp;&apos;&quot;]]&gt;]&#93;></description>\n  </teams>\n")),
                file("line ends and references in text", model("  <personas xmi:id=\"p2\" name=\"P\">\n"
                        + "    <goals>a\r\nb\rc\nd&#xD;&#xA;e\tf</goals>\n    <goals>\r\n</goals>\n  </personas>\n")),
                file("non-ASCII text", model("  <teams xmi:id=\"t\" name=\"Zoë · 支付 · 🚀 · \u00A0 · \u0085 · \u007F · \uFFFD\">\n"
                        + "    <description>Łódź “quoted” 🚀🚀 \u2028 é</description>\n  </teams>\n")),
                file("single quotes", model("  <teams xmi:id='t' name='say \"hi\" &apos;there&apos;'/>\n")),
                file("white space around equals", model("  <teams xmi:id = \"t\"\tname\n=\r\n'T' />\n")),
                file("empty elements written long", model("  <teams xmi:id=\"t\" name=\"T\"></teams>\n"
                        + "  <personas xmi:id=\"p2\" name=\"P\"><goals></goals><goals/></personas>\n")),
                file("end tags with white space", model("  <teams xmi:id=\"t\" name=\"T\">\n  </teams \n >\n")),
                file("byte order mark", "\uFEFF" + model("")),
                file("byte order mark, no declaration", "\uFEFF" + model("").substring(HEAD.length())),
                file("lower-case encoding", model("").replace("UTF-8", "utf-8")),
                file("declaration without encoding", model("").replace(" encoding=\"UTF-8\"", "")),
                file("declaration in single quotes, standalone", model("").replace(HEAD,
                        "<?xml version = '1.0'  encoding='Utf-8'\tstandalone='yes' ?>\r\n")),
                file("white space before and after the root", model("").replace(HEAD, HEAD + "\n\t\r\n ") + "\r\n\t \n"),
                file("line ends before the root, no declaration", "\n\r\n \r\t" + model("").substring(HEAD.length())),
                file("nothing after the root", model("").stripTrailing()),
                file("root alone", HEAD + ROOT + "/>"));
    }

    static Stream<Arguments> leftToEmf() {
        return Stream.of(
                file("duplicate attribute", model("  <teams xmi:id=\"t\" name=\"T\" name=\"U\"/>\n")),
                file("duplicate xmi:id", model("  <teams xmi:id=\"t\" xmi:id=\"u\" name=\"T\"/>\n")),
                file("duplicate namespace declaration", model("").replace(" xmi:id=\"m\"",
                        " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:id=\"m\"")),
                file("less-than in an attribute", model("  <teams xmi:id=\"t\" name=\"a<b\"/>\n")),
                file("undeclared entity", model("  <teams xmi:id=\"t\" name=\"&nbsp;\"/>\n")),
                file("entity without semicolon", model("  <teams xmi:id=\"t\" name=\"a &amp b\"/>\n")),
                file("bare ampersand in text", model("  <teams xmi:id=\"t\">\n    <name>a & b</name>\n  </teams>\n")),
                file("character reference to NUL", model("  <teams xmi:id=\"t\" name=\"&#0;\"/>\n")),
                file("character reference to a surrogate", model("  <teams xmi:id=\"t\" name=\"&#xD800;\"/>\n")),
                file("character reference to U+FFFE", model("  <teams xmi:id=\"t\" name=\"&#xFFFE;\"/>\n")),
                file("character reference beyond Unicode", model("  <teams xmi:id=\"t\" name=\"&#x110000;\"/>\n")),
                file("character reference with upper-case X", model("  <teams xmi:id=\"t\" name=\"&#X41;\"/>\n")),
                file("empty character reference", model("  <teams xmi:id=\"t\" name=\"&#;\"/>\n")),
                file("control character", model("  <teams xmi:id=\"t\" name=\"a\u0001b\"/>\n")),
                file("U+FFFF in text", model("  <teams xmi:id=\"t\">\n    <name>a\uFFFFb</name>\n  </teams>\n")),
                file("]]> in text", model("  <teams xmi:id=\"t\">\n    <name>a]]>b</name>\n  </teams>\n")),
                file("]]> in stray text", model("  <teams xmi:id=\"t\" name=\"T\">a]]]>b</teams>\n")),
                file("mismatched end tag", model("  <teams xmi:id=\"t\" name=\"T\"></personas>\n")),
                file("unquoted attribute", model("  <teams xmi:id=\"t\" name=T/>\n")),
                file("attributes without white space between", model("  <teams xmi:id=\"t\"name=\"T\"/>\n")),
                file("attribute without value", model("  <teams xmi:id=\"t\" name/>\n")),
                file("text after the root", model("") + "trailing\n"),
                file("comment after the root", model("") + "<!-- done -->\n"),
                file("comment before the root", model("").replace(HEAD, HEAD + "<!-- start -->\n")),
                file("white space before the declaration", " " + model("")),
                file("namespace declared on a child", model("  <teams xmlns:xmi=\"http://www.omg.org/XMI\" xmi:id=\"t\"/>\n")),
                file("xmi prefix not declared", model("").replace(" xmlns:xmi=\"http://www.omg.org/XMI\"", "")),
                file("xml:lang attribute", model("  <teams xmi:id=\"t\" xml:lang=\"en\" name=\"T\"/>\n")),
                file("line end right after <?xml", model("").replace("<?xml ", "<?xml\n")),
                file("line end before the = of the version", model("").replace("version=", "version\r=")),
                file("line ends inside the declaration", model("").replace(HEAD,
                        "<?xml version=\"1.0\"\n  encoding=\"UTF-8\"\r\n\r?>\n")),
                file("ISO-8859-1", model("").replace("UTF-8", "ISO-8859-1")),
                file("UTF8 without the hyphen", model("").replace("UTF-8", "UTF8")),
                file("standalone maybe", model("").replace("?>", " standalone=\"maybe\"?>")),
                file("version 1.0 with spaces", model("").replace("\"1.0\"", "\" 1.0\"")),
                file("processing instruction named like the declaration", model("").replace(HEAD, "<?xml-model href=\"x\"?>\n")),
                file("end of file inside a value", truncatedAfter(model("  <teams xmi:id=\"t\" name=\"T\"/>\n"), "name=\"T")),
                file("end of file inside a tag", truncatedAfter(model("  <teams xmi:id=\"t\" name=\"T\"/>\n"), "<teams")),
                file("no end tag", model("").replace(END, "")));
    }
}
