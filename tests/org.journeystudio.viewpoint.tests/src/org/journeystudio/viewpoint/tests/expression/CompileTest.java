package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compilation is cached by text; every failure is an ExpressionException with a one-line message. */
class CompileTest {

    private final SmallJourney map = new SmallJourney();
    private final ExpressionEngine engine = new ExpressionEngine(new ServiceRegistry());

    @Test
    void theSameTextGivesTheSameCompiledExpression() {
        Expression first = engine.compile("self.name");
        assertSame(first, engine.compile(new String("self.name")));
        assertNotSame(first, engine.compile("self.name "));
        assertEquals("self.name", first.source());
    }

    @Test
    void threadsShareOneCompiledExpressionAndRecordTheirOwnReads() throws Exception {
        List<Step> steps = List.of(map.browse, map.compare, map.pay, map.call);
        ExecutorService pool = Executors.newFixedThreadPool(steps.size());
        try {
            List<Future<Expression>> results = new ArrayList<>();
            for (Step step : steps) {
                results.add(pool.submit(() -> compileAndCheckReads(step)));
            }
            for (Future<Expression> result : results) {
                assertSame(engine.compile("self.name + size(self.channels)"), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Expression compileAndCheckReads(Step step) {
        Expression expression = null;
        List<String> expected = List.of(RecordedReads.label(step) + ".name", RecordedReads.label(step) + ".channels");
        for (int i = 0; i < 500; i++) {
            expression = engine.compile("self.name + size(self.channels)");
            RecordedReads recorder = new RecordedReads();
            expression.evaluate(Bindings.of("self", step), recorder);
            assertEquals(expected, recorder.reads());
        }
        return expression;
    }

    @Test
    void aSyntaxErrorNamesTheExpressionAndThePosition() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> engine.compile("self.name +"));
        assertEquals("self.name +", error.source());
        assertTrue(error.getMessage().startsWith("syntax error at 1:"), error.getMessage());
        assertTrue(error.getMessage().contains("'self.name +'"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"self.", "(self.name", "self.name ==", "'unterminated", "self.name\n  + + ", "a b"})
    void syntaxErrorsAreOneLine(String source) {
        ExpressionException error = assertThrows(ExpressionException.class, () -> engine.compile(source));
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        assertTrue(error.getMessage().matches("syntax error at \\d+:\\d+ in '.*': .+"), error.getMessage());
    }

    @Test
    void aFailedCompilationIsNotCached() {
        assertThrows(ExpressionException.class, () -> engine.compile("self."));
        assertThrows(ExpressionException.class, () -> engine.compile("self."));
    }

    @Test
    void anUnknownFeatureFailsAtEvaluation() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> evaluate("self.stagez", map.journey));
        assertTrue(error.getMessage().startsWith("cannot evaluate 'self.stagez': "), error.getMessage());
        assertTrue(error.getMessage().contains("stagez"), error.getMessage());
        assertTrue(error.getMessage().contains("1:"), error.getMessage());
    }

    @Test
    void runtimeFailuresAreExpressionExceptions() {
        assertThrows(ExpressionException.class, () -> evaluate("slef.name", map.journey));
        map.journey.setPersona(null);
        ExpressionException nullNavigation = assertThrows(ExpressionException.class,
                () -> evaluate("self.persona.name", map.journey));
        assertFalse(nullNavigation.getMessage().contains("\n"));
        assertThrows(ExpressionException.class, () -> evaluate("self.emotion + 1", map.call), "null is no number");
        assertThrows(ExpressionException.class, () -> evaluate("self.channels[5].name", map.pay));
        assertThrows(ExpressionException.class, () -> evaluate("self.name.noSuchMethod()", map.pay));
        assertThrows(ExpressionException.class, () -> evaluate("missing:f(self)", map.pay));
    }

    private Object evaluate(String source, Object self) {
        return engine.compile(source).evaluate(Bindings.of("self", self), ReadRecorder.NONE);
    }
}
