package org.journeystudio.model.tests.validation;

import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.team;
import static org.journeystudio.model.tests.ModelBuilder.unresolvableStep;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.validation.Rule;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One minimal defect per case, each made to the clean {@link SampleMap}, with the one
 * finding it must cause: code, severity (as the rule table states it) and element path.
 */
final class RuleCases {

    private static final String CURRENT = "Journey 'Buy online'";
    private static final String FUTURE = "Journey 'Buy online tomorrow'";
    private static final String CONSIDER = CURRENT + " / Stage 'Consider'";
    private static final String PURCHASE = CURRENT + " / Stage 'Purchase'";
    private static final String PAY = PURCHASE + " / Step 'Pay'";

    private RuleCases() {
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                errors(Rule.JM001, "blank step name", map -> map.browse.setName("  "), CONSIDER + " / Step #1"),
                errors(Rule.JM001, "persona without name", map -> map.ann.setName(null), "Persona #1"),
                errors(Rule.JM003, "touchpoint without channel", map -> map.futurePay.getChannels().clear(),
                        FUTURE + " / Stage 'Purchase' / Step 'Pay'"),
                errors(Rule.JM004, "emotion above the scale", map -> map.browse.setEmotion(3), CONSIDER + " / Step 'Browse'"),
                errors(Rule.JM004, "emotion below the scale", map -> map.done.setEmotion(-3), PURCHASE + " / Step 'Done'"),
                errors(Rule.JM005, "severity 6", map -> map.declined.setSeverity(6), PAY + " / PainPoint 'Card declined'"),
                errors(Rule.JM005, "severity 0", map -> map.declined.setSeverity(0), PAY + " / PainPoint 'Card declined'"),
                errors(Rule.JM005, "impact 0", map -> map.oneClick.setImpact(0), "Opportunity 'One-click pay'"),
                errors(Rule.JM005, "effort 6", map -> map.oneClick.setEffort(6), "Opportunity 'One-click pay'"),
                errors(Rule.JM006, "target above max", map -> map.payNps.setTarget(150), PAY + " / MetricValue #1"),
                errors(Rule.JM006, "actual below min", map -> map.payNps.setActual(-100.5), PAY + " / MetricValue #1"),
                errors(Rule.JM006, "metric with min = max", map -> map.nps.setMax(-100), "Metric 'NPS'"),
                errors(Rule.JM007, "next into another journey", map -> map.compare.getNext().add(map.futurePay),
                        CONSIDER + " / Step 'Compare'"),
                errors(Rule.JM007, "baseline is itself", map -> map.future.setBaseline(map.future), FUTURE),
                errors(Rule.JM007, "baseline step of its own journey", map -> map.futurePay.setBaselineStep(map.futurePay),
                        FUTURE + " / Stage 'Purchase' / Step 'Pay'"),
                errors(Rule.JM007, "baseline step of a journey that is not the baseline",
                        map -> map.pay.setBaselineStep(map.futurePay), PAY),
                errors(Rule.JM007, "baseline step without a baseline journey", map -> {
                    map.futurePay.setBaselineStep(map.pay);
                    map.future.setKind(JourneyKind.PLANNED);
                    map.future.setBaseline(null);
                }, FUTURE + " / Stage 'Purchase' / Step 'Pay'"),
                errors(Rule.JM008, "next to a missing file", map -> map.pay.getNext()
                        .add(unresolvableStep("file:/nonexistent/elsewhere.journey#ghost")), PAY),
                errors(Rule.JM009, "empty emotion scale", map -> map.model.getEmotionScale().setMin(2), "EmotionScale"),
                warns(Rule.JM101, "journey without persona", map -> map.current.setPersona(null), CURRENT),
                warns(Rule.JM102, "stage without steps", map -> stage(map.current, "Later"), CURRENT + " / Stage 'Later'"),
                warns(Rule.JM103, "opportunity for no pain point", map -> map.oneClick.getAddresses().clear(),
                        "Opportunity 'One-click pay'"),
                warns(Rule.JM104, "severe pain point without evidence", map -> map.declined.getEvidence().clear(),
                        PAY + " / PainPoint 'Card declined'"),
                warns(Rule.JM105, "step off the flow", map -> map.compare.getNext().remove(map.pay), PAY),
                warns(Rule.JM107, "a scale of -1000..2", map -> map.model.getEmotionScale().setMin(-1000), "EmotionScale"),
                warns(Rule.JM106, "future state without baseline", map -> map.future.setBaseline(null), FUTURE),
                warns(Rule.JM106, "actual journey without baseline", map -> map.current.setKind(JourneyKind.ACTUAL),
                        CURRENT),
                informs(Rule.JM201, "unused persona", map -> persona(map.model, "Bob"), "Persona 'Bob'"),
                informs(Rule.JM201, "unused channel", map -> channel(map.model, "Mail", ChannelKind.MAIL), "Channel 'Mail'"),
                informs(Rule.JM201, "unused team", map -> team(map.model, "Legal"), "Team 'Legal'"));
    }

    private static Arguments errors(Rule rule, String defect, Consumer<SampleMap> breaking, String path) {
        return Arguments.of(rule.code(), Severity.ERROR, defect, breaking, path);
    }

    private static Arguments warns(Rule rule, String defect, Consumer<SampleMap> breaking, String path) {
        return Arguments.of(rule.code(), Severity.WARNING, defect, breaking, path);
    }

    private static Arguments informs(Rule rule, String defect, Consumer<SampleMap> breaking, String path) {
        return Arguments.of(rule.code(), Severity.INFO, defect, breaking, path);
    }
}
