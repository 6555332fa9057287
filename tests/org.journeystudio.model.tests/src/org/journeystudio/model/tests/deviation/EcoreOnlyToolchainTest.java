package org.journeystudio.model.tests.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.journeystudio.model.templates.JourneyTemplates;
import org.junit.jupiter.api.Test;

/**
 * A toolchain that has only {@code journey.ecore} (no generated code, no Journey Studio) sees
 * {@code Step.baselineStep} and reads the links of the shipped templates with EMF's dynamic objects.
 */
class EcoreOnlyToolchainTest {

    @Test
    void theEcoreDeclaresBaselineStepAndATemplateLoadsDynamically() throws Exception {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", new XMIResourceFactoryImpl());
        Resource ecore = set.createResource(URI.createURI("journey.ecore"));
        try (InputStream in = JourneyTemplates.class.getResourceAsStream("/model/journey.ecore")) {
            assertNotNull(in, "journey.ecore ships in the model bundle");
            ecore.load(in, null);
        }
        EPackage journey = (EPackage) ecore.getContents().get(0);
        assertEquals("http://www.journeystudio.org/journey/1.0", journey.getNsURI());
        EClass step = (EClass) journey.getEClassifier("Step");
        EReference baselineStep = (EReference) step.getEStructuralFeature("baselineStep");
        assertSame(step, baselineStep.getEReferenceType());
        assertFalse(baselineStep.isMany());
        assertFalse(baselineStep.isContainment());
        set.getPackageRegistry().put(journey.getNsURI(), journey);

        Resource map = set.createResource(URI.createURI("onboarding.journey"));
        try (InputStream in = JourneyTemplates.open("onboarding-planned-actual")) {
            map.load(in, null);
        }
        assertTrue(map.getErrors().isEmpty(), map.getErrors().toString());
        List<String> links = new ArrayList<>();
        map.getAllContents().forEachRemaining(element -> {
            if (element.eClass() == step && element.eGet(baselineStep) instanceof EObject target) {
                links.add(element.eGet(step.getEStructuralFeature("name")) + " -> "
                        + target.eGet(step.getEStructuralFeature("name")));
            }
        });
        assertEquals(List.of("Try the video call -> Verify identity by video call",
                "Verify identity at a branch -> Verify identity by video call",
                "Make the first deposit -> Sign the account agreement",
                "Collect the debit card at the branch -> Receive the debit card by mail"), links);
    }
}
