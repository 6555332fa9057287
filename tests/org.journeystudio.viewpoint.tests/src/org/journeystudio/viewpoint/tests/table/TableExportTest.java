package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableCsv;
import org.journeystudio.viewpoint.sync.TableHtml;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.api.Test;

/** CSV (RFC 4180) and HTML exports of synchronized tables. */
class TableExportTest {

    private final Journey journey = TableFixture.firstJourney("invoice-payment");

    @Test
    void csvHasAHeaderRowAndOneRecordPerLine() {
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        List<List<String>> records = parse(TableCsv.toCsv(table));
        assertEquals(List.of("Level", "Line", "Pain point", "Severity", "Evidence", "Addressed by"), records.get(0));
        assertEquals(table.getLines().size() + 1, records.size());
        assertEquals(List.of("1", "Twenty-digit payment reference", "Twenty-digit payment reference", "4",
                "Payment reconciliation analysis, Customer effort survey after payment",
                "QR code and payment link that carry the reference"), records.get(2));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksOnly() {
        PainPoint painPoint = PainPointsTableTest.painPoints(journey).get(0);
        painPoint.setName("Says \"no\", then\r\nhangs up");
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        String csv = TableCsv.toCsv(table);
        assertTrue(csv.startsWith("Level,Line,Pain point,Severity,Evidence,Addressed by\r\n"), csv);
        assertTrue(csv.contains("\r\n1,\"Says \"\"no\"\", then\r\nhangs up\",\"Says \"\"no\"\", then\r\nhangs up\",3,"), csv);
        assertEquals("Says \"no\", then\r\nhangs up", parse(csv).get(1).get(1));
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(table.getLines().size() + 1, parse(csv).size());
    }

    @Test
    void csvKeepsNestingInTheLevelColumnAndLeavesMissingCrossCellsEmpty() {
        List<List<String>> nested = parse(TableCsv.toCsv(TableFixture.refreshed(TableFixture.STEP_PAINS, journey).table()));
        List<String> second = nested.get(3);
        assertEquals(List.of("2", "- The invoice does not explain price changes", "The invoice does not explain price changes",
                "Changes are listed as codes without a plain-language explanation."), second);
        assertEquals("1", nested.get(2).get(0));
        Table cross = TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey).table();
        List<List<String>> records = parse(TableCsv.toCsv(cross));
        assertEquals(List.of("1", "Receive the paper invoice by post", "", "", "", "X", ""), records.get(1));
    }

    @Test
    void htmlIsAnAccessibleTableWithEscapedText() {
        PainPoint painPoint = PainPointsTableTest.painPoints(journey).get(0);
        painPoint.setName("<script>alert('x')</script> & co");
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        table.setSortColumn("severity");
        table.setSortDescending(true);
        String html = TableHtml.toHtml(table);
        assertTrue(html.startsWith("<table class=\"journey-table\">\n<caption>Pain Points</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\" aria-sort=\"descending\">Severity</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</th>"), html);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<td style=\"background-color:#d93025;color:#ffffff;font-weight:bold;\">4</td>"), html);
        assertEquals(table.getLines().size(), count(html, "<tr data-level=\"1\">"));
        String nested = TableHtml.toHtml(TableFixture.refreshed(TableFixture.STEP_PAINS, journey).table());
        assertTrue(nested.contains("<tr data-level=\"2\"><th scope=\"row\" style=\"padding-left:1.5em;\">- "), nested);
    }

    @Test
    void exportsWriteEnumerationsInTheWordsTheTableShows() {
        JourneyModel model = (JourneyModel) journey.eContainer();
        model.getOpportunities().get(0).setStatus(OpportunityStatus.IN_PROGRESS);
        Spec builtIn = JourneyViewpoint.spec();
        TableDescription description = (TableDescription) builtIn.description("opportunities");
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setName(description.getLabel());
        table.setDescription(description.getName());
        table.setTarget(model);
        new TableSynchronizer(new Evaluator(builtIn), description, table).refresh();

        List<List<String>> records = parse(TableCsv.toCsv(table));
        int status = records.get(0).indexOf("Status");
        assertTrue(records.stream().anyMatch(record -> record.get(status).equals("In progress")), "the words, not IN_PROGRESS");
        assertTrue(records.stream().skip(1).allMatch(record -> record.get(status).matches("[A-Z][a-z ]+")), records.toString());
        String html = TableHtml.toHtml(table);
        assertTrue(html.contains(">In progress</td>"), html);
        assertFalse(html.contains("IN_PROGRESS") || html.contains(">IDEA<"), html);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** A strict RFC 4180 reader, independent of the writer, to check what a consumer would read. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (!(csv.charAt(i) == '"' && (i + 1 == csv.length() || csv.charAt(i + 1) != '"'))) {
                    field.append(csv.charAt(i));
                    i += csv.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertFalse(c == '"' || c == '\r' || c == '\n', "unquoted special character at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return records;
    }
}
