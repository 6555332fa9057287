package org.journeystudio.model.tests.deviation;

import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.model;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;

import java.util.Arrays;
import java.util.List;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;

/** A planned journey and an actual one, built stage by stage in tests. */
final class PairedJourneys {

    final JourneyModel model = model("Pairs");
    final Persona ann = persona(model, "Ann");
    final Channel web = channel(model, "Web", ChannelKind.WEB);
    final Channel phone = channel(model, "Phone", ChannelKind.PHONE);
    final Journey planned = journey(model, "Planned", ann);
    final Journey actual = journey(model, "Actual", ann);

    PairedJourneys() {
        planned.setKind(JourneyKind.PLANNED);
        actual.setKind(JourneyKind.ACTUAL);
        actual.setBaseline(planned);
    }

    /** A stage of the planned journey with action steps of the given names. */
    List<Step> planned(String stage, String... steps) {
        return steps(stage(planned, stage), steps);
    }

    /** A stage of the actual journey with action steps of the given names. */
    List<Step> actual(String stage, String... steps) {
        return steps(stage(actual, stage), steps);
    }

    private static List<Step> steps(Stage stage, String... names) {
        return Arrays.stream(names).map(name -> step(stage, name)).toList();
    }
}
