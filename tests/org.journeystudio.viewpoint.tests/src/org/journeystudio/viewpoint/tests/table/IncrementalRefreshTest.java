package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An incrementally refreshed table equals a fully refreshed one after any sequence of edits:
 * hundreds of seeded random edits, compared after every refresh as text dumps, for each table of
 * the specification, unsorted and sorted.
 */
class IncrementalRefreshTest {

    private static final int EDITS = 300;

    private record Variant(String description, String sortColumn, boolean descending) {
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"invoice-payment, 1", "invoice-payment, 2", "ecommerce-purchase, 3", "b2b-saas-onboarding, 4",
        "support-call, 5"})
    void incrementalEqualsFullAfterRandomEdits(String template, long seed) {
        JourneyModel model = TableFixture.template(template);
        Journey journey = model.getJourneys().get(0);
        List<Variant> variants = List.of(new Variant(TableFixture.PAIN_POINTS, null, false),
                new Variant(TableFixture.PAIN_POINTS, "severity", true),
                new Variant(TableFixture.PAIN_POINTS, "name", false),
                new Variant(TableFixture.TOUCHPOINT_CHANNELS, null, false),
                new Variant(TableFixture.TOUCHPOINT_CHANNELS, model.getChannels().get(0).getName(), false),
                new Variant(TableFixture.STEP_PAINS, null, false),
                new Variant(TableFixture.STEP_PAINS, "name", true));
        List<TableSynchronizer> live = new ArrayList<>();
        for (Variant variant : variants) {
            live.add(refreshed(variant, journey));
        }
        RandomEdits edits = new RandomEdits(model, journey, seed);
        Random batches = new Random(seed * 31);
        List<String> log = new ArrayList<>();
        int done = 0;
        while (done < EDITS) {
            int batch = 1 + batches.nextInt(3);
            for (int i = 0; i < batch; i++, done++) {
                log.add(edits.apply());
            }
            for (int v = 0; v < variants.size(); v++) {
                TableSynchronizer synchronizer = live.get(v);
                synchronizer.refreshIncremental();
                assertFalse(synchronizer.needsRefresh());
                assertEquals(freshDump(variants.get(v), journey), TableDump.of(synchronizer.table()),
                        variants.get(v) + " after " + String.join("; ", log.subList(Math.max(0, log.size() - 6), log.size())));
            }
        }
        for (TableSynchronizer synchronizer : live) {
            assertTrue(synchronizer.problems().isEmpty(), synchronizer.problems().toString());
            synchronizer.dispose();
        }
    }

    private static String freshDump(Variant variant, Journey journey) {
        TableSynchronizer synchronizer = refreshed(variant, journey);
        synchronizer.dispose();
        return TableDump.of(synchronizer.table());
    }

    private static TableSynchronizer refreshed(Variant variant, Journey journey) {
        TableSynchronizer synchronizer = TableFixture.refreshed(variant.description(), journey);
        if (variant.sortColumn() != null) {
            Table table = synchronizer.table();
            table.setSortColumn(variant.sortColumn());
            table.setSortDescending(variant.descending());
            synchronizer.refreshIncremental();
        }
        return synchronizer;
    }
}
