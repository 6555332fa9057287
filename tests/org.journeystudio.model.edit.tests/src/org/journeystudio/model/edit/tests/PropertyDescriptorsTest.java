package org.journeystudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.journeystudio.model.edit.labels.JourneyLabels;
import org.journeystudio.model.edit.provider.JourneyLabelledItemProviderAdapterFactory;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.provider.JourneyEditPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property sheet groups every property into a category and shows literals as words. */
class PropertyDescriptorsTest {

    private static final Set<String> CATEGORIES = Set.of("General", "Profile", "Needs", "Evidence", "Scope",
            "Interaction", "Experience", "Service", "Assessment", "Measure", "Deviation");

    private final JourneyLabelledItemProviderAdapterFactory factory = new JourneyLabelledItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void everyPropertyHasACategory() {
        for (var classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                EObject element = JourneyFactory.eINSTANCE.create(eClass);
                List<IItemPropertyDescriptor> descriptors = descriptors(element);
                assertFalse(descriptors.isEmpty(), eClass.getName());
                for (IItemPropertyDescriptor descriptor : descriptors) {
                    String what = eClass.getName() + "." + descriptor.getId(element);
                    String category = descriptor.getCategory(element);
                    assertTrue(CATEGORIES.contains(category), what + ": " + category);
                }
            }
        }
    }

    @Test
    void categoriesGroupWhatBelongsTogether() {
        Step step = JourneyFactory.eINSTANCE.createStep();
        assertEquals("General", category(step, JourneyPackage.Literals.NAMED_ELEMENT__NAME));
        assertEquals("Interaction", category(step, JourneyPackage.Literals.STEP__CHANNELS));
        assertEquals("Experience", category(step, JourneyPackage.Literals.STEP__EMOTION));
        assertEquals("Service", category(step, JourneyPackage.Literals.STEP__OWNER));
        assertEquals("Evidence", category(step, JourneyPackage.Literals.STEP__EVIDENCE));
        assertEquals("Assessment", category(JourneyFactory.eINSTANCE.createPainPoint(),
                JourneyPackage.Literals.PAIN_POINT__SEVERITY));
        assertEquals("Measure", category(JourneyFactory.eINSTANCE.createMetricValue(),
                JourneyPackage.Literals.METRIC_VALUE__TARGET));
    }

    @Test
    void aBaselineStepIsChosenAmongTheStepsOfTheBaseline() {
        ShopMap map = new ShopMap();
        Journey future = JourneyFactory.eINSTANCE.createJourney();
        future.setName("Buy online tomorrow");
        map.model.getJourneys().add(future);
        Stage stage = JourneyFactory.eINSTANCE.createStage();
        future.getStages().add(stage);
        Step pay = JourneyFactory.eINSTANCE.createStep();
        stage.getSteps().add(pay);
        IItemPropertyDescriptor baselineStep = descriptor(pay, JourneyPackage.Literals.STEP__BASELINE_STEP);
        assertEquals("Deviation", baselineStep.getCategory(pay));
        assertEquals("Baseline Step", baselineStep.getDisplayName(pay));
        assertEquals(Arrays.asList((Object) null), new ArrayList<>(baselineStep.getChoiceOfValues(pay)));
        future.setBaseline(map.buyOnline);
        assertEquals(Arrays.asList(null, map.browse, map.choosePlan, map.pay, map.confirm, map.receipt),
                new ArrayList<>(baselineStep.getChoiceOfValues(pay)));
        baselineStep.setPropertyValue(pay, map.pay);
        assertSame(map.pay, pay.getBaselineStep());
    }

    @Test
    void literalsReadAsWordsInThePropertySheet() {
        Step step = JourneyFactory.eINSTANCE.createStep();
        IItemPropertyDescriptor kind = descriptor(step, JourneyPackage.Literals.STEP__KIND);
        assertEquals("Touchpoint", kind.getLabelProvider(step).getText(StepKind.TOUCHPOINT));
    }

    /** The property sheet's literal words (plugin.properties) and the labels' words agree. */
    @Test
    void propertySheetAndLabelsNameLiteralsAlike() {
        for (var classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    Enumerator value = literal.getInstance();
                    String sheet = JourneyEditPlugin.INSTANCE.getString(
                            "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal");
                    assertEquals(sheet, JourneyLabels.label(value), eEnum.getName() + "." + literal.getName());
                }
            }
        }
    }

    private List<IItemPropertyDescriptor> descriptors(EObject element) {
        return ((IItemPropertySource) factory.adapt(element, IItemPropertySource.class)).getPropertyDescriptors(element);
    }

    private IItemPropertyDescriptor descriptor(EObject element, EStructuralFeature feature) {
        return descriptors(element).stream().filter(d -> d.getFeature(element) == feature).findFirst().orElseThrow();
    }

    private String category(EObject element, EStructuralFeature feature) {
        return descriptor(element, feature).getCategory(element);
    }
}
