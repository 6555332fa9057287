package org.journeystudio.viewpoint.tests.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.journeystudio.viewpoint.tools.EditMask;
import org.junit.jupiter.api.Test;

class EditMaskTest {

    @Test
    void theDefaultMaskTakesTheWholeText() {
        assertEquals(List.of("Pay (online)"), EditMask.split("{0}", "Pay (online)"));
        assertEquals(List.of("Pay"), EditMask.split(null, "Pay"));
    }

    @Test
    void literalPartsSeparateTheArguments() {
        assertEquals(List.of("Pay", "online"), EditMask.split("{0} ({1})", "Pay (online)"));
        assertEquals(List.of("Pay", ""), EditMask.split("{0} ({1})", "Pay ()"));
        assertEquals(List.of("a", "b.c"), EditMask.split("{0}.{1}", "a.b.c"), "the first separator splits");
    }

    @Test
    void placeholdersMayComeInAnyOrder() {
        assertEquals(List.of("Checkout", "3"), EditMask.split("{1}: {0}", "3: Checkout"));
    }

    @Test
    void textThatDoesNotFitGoesIntoTheFirstPlaceholder() {
        assertEquals(List.of("Pay online", ""), EditMask.split("{0} ({1})", "Pay online"));
        assertEquals(List.of("", "x"), EditMask.split("[{1}] {0}", "x"));
    }
}
