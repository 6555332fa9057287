package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.Reads;
import org.journeystudio.viewpoint.expression.RecordsReads;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.junit.jupiter.api.Test;

/** Java services as namespaced functions: precise reads when they promise them, a wildcard otherwise. */
class ServicesTest {

    /** Reads through {@link Reads} and says so. */
    @RecordsReads
    public static final class Precise {
        public String shout(NamedElement element) {
            return ((String) Reads.get(element, JourneyPackage.Literals.NAMED_ELEMENT__NAME)).toUpperCase();
        }
    }

    /** Reads behind the engine's back: every call must count as "depends on anything". */
    public static final class Opaque {
        public static String shout(NamedElement element) {
            return element.getName().toUpperCase();
        }

        public static String fail(Object anything) {
            throw new IllegalStateException("service failed on purpose");
        }
    }

    /** Evaluates another expression inside a service call, with a recorder of its own. */
    @RecordsReads
    public static final class Nested {
        private final ExpressionEngine engine;
        private final RecordedReads inner = new RecordedReads();

        Nested(ExpressionEngine engine) {
            this.engine = engine;
        }

        public Object labelOf(EObject element) {
            return engine.compile("self.name").evaluate(Bindings.of("self", element), inner);
        }
    }

    private final SmallJourney map = new SmallJourney();
    private final ServiceRegistry services = JourneyServices.registerIn(new ServiceRegistry())
            .register("precise", new Precise())
            .register("opaque", Opaque.class);
    private final ExpressionEngine engine = new ExpressionEngine(services);

    private Object eval(String source, EObject self, RecordedReads recorder) {
        return engine.compile(source).evaluate(Bindings.of("self", self), recorder);
    }

    @Test
    void annotatedServicesRecordExactlyWhatTheyRead() {
        RecordedReads recorder = new RecordedReads();
        assertEquals("ANN", eval("precise:shout(self.persona)", map.journey, recorder));
        assertEquals(List.of("Journey 'Buy online'.persona", "Persona 'Ann'.name"), recorder.reads());
    }

    @Test
    void otherServicesRecordAWildcard() {
        RecordedReads recorder = new RecordedReads();
        assertEquals("PAY", eval("opaque:shout(self)", map.pay, recorder));
        assertEquals(List.of("*"), recorder.reads());
    }

    @Test
    void aCachedServiceCallStillRecordsOnEveryEvaluation() {
        for (EObject self : List.of(map.pay, map.call)) {
            RecordedReads recorder = new RecordedReads();
            eval("opaque:shout(self)", self, recorder);
            assertEquals(List.of("*"), recorder.reads());
        }
    }

    @Test
    void aFailingServiceIsAnExpressionException() {
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> eval("opaque:fail(self)", map.pay, new RecordedReads()));
        assertTrue(error.getMessage().contains("service failed on purpose"), error.getMessage());
        assertThrows(ExpressionException.class, () -> eval("opaque:nothing(self)", map.pay, new RecordedReads()));
    }

    @Test
    void aNestedEvaluationRecordsApartAndRestoresTheOuterRecorder() {
        Nested nested = new Nested(engine);
        services.register("nested", nested);
        RecordedReads outer = new RecordedReads();
        assertEquals("Ann of Buy online", eval("nested:labelOf(self.persona) + ' of ' + self.name", map.journey, outer));
        assertEquals(List.of("Journey 'Buy online'.persona", "Journey 'Buy online'.name"), outer.reads());
        assertEquals(List.of("Persona 'Ann'.name"), nested.inner.reads());
    }

    @Test
    void successorsFollowNextThenDocumentOrderAcrossStages() {
        assertEquals(List.of(map.compare), eval("journey:successors(self)", map.browse, new RecordedReads()));
        assertEquals(List.of(map.call), eval("journey:successors(self)", map.compare, new RecordedReads()));
        assertEquals(List.of(map.call), eval("journey:successors(self)", map.pay, new RecordedReads()));
        assertEquals(List.of(), eval("journey:successors(self)", map.call, new RecordedReads()));
        map.compare.getNext().clear();
        assertEquals(List.of(map.pay), eval("journey:successors(self)", map.compare, new RecordedReads()),
                "the empty stage 'Wait' is skipped");
    }

    @Test
    void successorsRecordWhatDecidedTheFlow() {
        RecordedReads viaNext = new RecordedReads();
        eval("journey:successors(self)", map.compare, viaNext);
        assertEquals(List.of("Step 'Compare'.next"), viaNext.reads());

        map.compare.getNext().clear();
        RecordedReads acrossStages = new RecordedReads();
        eval("journey:successors(self)", map.compare, acrossStages);
        assertEquals(List.of("Step 'Compare'.next", "Step 'Compare'.eContainer()", "Stage 'Consider'.steps",
                "Stage 'Consider'.eContainer()", "Journey 'Buy online'.stages", "Stage 'Wait'.steps", "Stage 'Purchase'.steps"),
                acrossStages.reads());
    }

    @Test
    void stepsOfAndEmotionLabel() {
        RecordedReads recorder = new RecordedReads();
        assertEquals(List.of(map.browse, map.compare, map.pay, map.call), eval("journey:stepsOf(self)", map.journey, recorder));
        assertEquals(List.of("Journey 'Buy online'.stages", "Stage 'Consider'.steps", "Stage 'Wait'.steps",
                "Stage 'Purchase'.steps"), recorder.reads());
        assertEquals("negative (-2)", eval("journey:emotionLabel(self)", map.pay, new RecordedReads()));
        assertEquals("positive (+1)", eval("journey:emotionLabel(self)", map.browse, new RecordedReads()));
        assertEquals("not assessed", eval("journey:emotionLabel(self)", map.call, new RecordedReads()));
        map.call.setEmotion(0);
        RecordedReads label = new RecordedReads();
        assertEquals("neutral (0)", eval("journey:emotionLabel(self)", map.call, label));
        assertEquals(List.of("Step 'Call'.emotion"), label.reads());
    }

    @Test
    void servicesCanBeRegisteredAfterCompilation() {
        var expression = engine.compile("later:shout(self)");
        assertThrows(ExpressionException.class, () -> expression.evaluate(Bindings.of("self", map.pay), new RecordedReads()));
        services.register("later", new Precise());
        assertEquals("PAY", expression.evaluate(Bindings.of("self", map.pay), new RecordedReads()));
    }

    @Test
    void namespacesMustBeIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> services.register("not a name", Opaque.class));
        assertThrows(IllegalArgumentException.class, () -> services.register("ok", null));
    }
}
