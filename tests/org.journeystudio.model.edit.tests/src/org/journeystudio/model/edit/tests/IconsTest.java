package org.journeystudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.journeystudio.model.edit.provider.JourneyLabelledItemProviderAdapterFactory;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every class, and every kind of step, has its own 16×16 PNG icon in the edit bundle. */
class IconsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final JourneyLabelledItemProviderAdapterFactory factory = new JourneyLabelledItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void everyClassAndStepKindHasADistinctPng() throws IOException {
        Map<String, String> iconOf = new HashMap<>();
        for (EObject element : oneOfEach()) {
            URL icon = icon(element);
            String what = element.eClass().getName() + (element instanceof Step step ? " " + step.getKind() : "");
            assertTrue(icon.getPath().endsWith(".png"), what + " uses " + icon);
            byte[] png = read(icon);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), what);
            assertEquals(16, ByteBuffer.wrap(png, 16, 4).getInt(), what + " width");
            assertEquals(16, ByteBuffer.wrap(png, 20, 4).getInt(), what + " height");
            String previous = iconOf.put(Arrays.toString(png), what);
            assertEquals(null, previous, what + " looks like " + previous);
        }
        assertEquals(JourneyPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass eClass && !eClass.isAbstract()).count() + 2, iconOf.size());
    }

    @Test
    void aStepsIconFollowsItsKind() {
        Step step = JourneyFactory.eINSTANCE.createStep();
        assertTrue(icon(step).getPath().endsWith("/Step.png"));
        step.setKind(StepKind.TOUCHPOINT);
        assertTrue(icon(step).getPath().endsWith("/StepTouchpoint.png"));
        step.setKind(StepKind.DECISION);
        assertTrue(icon(step).getPath().endsWith("/StepDecision.png"));
    }

    private URL icon(EObject element) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return assertInstanceOf(URL.class, provider.getImage(element));
    }

    private static List<EObject> oneOfEach() {
        List<EObject> elements = new ArrayList<>();
        for (var classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && eClass != JourneyPackage.Literals.STEP) {
                elements.add(JourneyFactory.eINSTANCE.create(eClass));
            }
        }
        for (StepKind kind : StepKind.VALUES) {
            Step step = JourneyFactory.eINSTANCE.createStep();
            step.setKind(kind);
            elements.add(step);
        }
        return elements;
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
