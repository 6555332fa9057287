package org.journeystudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.journeystudio.model.edit.labels.JourneyLabels;
import org.journeystudio.model.edit.labels.LabelInputs;
import org.journeystudio.model.edit.provider.JourneyLabelledItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The labelled providers show JourneyLabels and ask viewers to refresh a label whenever what it shows changes. */
class LabelRefreshTest {

    private final ShopMap map = new ShopMap();
    private final JourneyLabelledItemProviderAdapterFactory factory = new JourneyLabelledItemProviderAdapterFactory();
    private final List<IViewerNotification> fired = new ArrayList<>();

    @BeforeEach
    void listen() {
        factory.addListener(notification -> fired.add((IViewerNotification) notification));
    }

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void providersShowJourneyLabels() {
        elements().forEach(element ->
                assertEquals(JourneyLabels.label(element), provider(element).getText(element), element.eClass().getName()));
    }

    @Test
    void referenceChangesUpdateTheOwnLabel() {
        provider(map.pay);
        map.pay.getChannels().remove(map.phone);
        assertEquals(1, labelUpdates(map.pay));
        assertEquals("Step 'Pay' (touchpoint: Web)", provider(map.pay).getText(map.pay));

        provider(map.purchase);
        map.purchase.getSteps().remove(map.receipt);
        assertEquals(1, labelUpdates(map.purchase));

        provider(map.buyOnline);
        map.buyOnline.setPersona(null);
        assertEquals(1, labelUpdates(map.buyOnline));

        provider(map.checkStock);
        map.checkStock.setOwner(map.billing);
        assertEquals(1, labelUpdates(map.checkStock));

        provider(map.payNps);
        map.payNps.setMetric(null);
        assertEquals(1, labelUpdates(map.payNps));
    }

    @Test
    void attributeChangesUpdateTheOwnLabelOnce() {
        provider(map.hiddenFees);
        map.hiddenFees.setSeverity(5);
        assertEquals(1, labelUpdates(map.hiddenFees));
        assertEquals("Pain point 'Hidden fees' (severity 5)", provider(map.hiddenFees).getText(map.hiddenFees));
    }

    /** Guards the assumption the labelled providers rely on: generated providers refresh labels on attribute changes. */
    @Test
    void everyAttributeALabelReadsUpdatesIt() {
        for (var feature : LabelInputs.ownFeatures()) {
            if (feature instanceof EAttribute attribute) {
                EObject owner = firstOf(attribute.getEContainingClass());
                provider(owner);
                fired.clear();
                owner.eSet(attribute, otherValue(owner, attribute));
                assertTrue(labelUpdates(owner) >= 1, attribute.getEContainingClass().getName() + "." + attribute.getName());
            }
        }
    }

    @Test
    void renamesUpdateTheLabelsThatShowTheName() {
        Stream.of(map.web, map.maya, map.warehouse, map.nps).forEach(this::provider);
        map.web.setName("Website");
        map.maya.setName("May");
        map.warehouse.setName("Stock room");
        map.nps.setName("Net promoter score");
        assertEquals(1, labelUpdates(map.pay));
        assertEquals(1, labelUpdates(map.buyOnline));
        assertEquals(1, labelUpdates(map.checkStock));
        assertEquals(1, labelUpdates(map.payNps));
        assertEquals("Step 'Pay' (touchpoint: Website, Phone)", provider(map.pay).getText(map.pay));
    }

    @Test
    void renamesFindTheirReadersThroughACrossReferenceAdapter() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.eAdapters().add(new ECrossReferenceAdapter());
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/shop.journey"));
        resources.getResources().add(resource);
        resource.getContents().add(map.model);
        provider(map.phone);
        map.phone.setName("Hotline");
        assertEquals(1, labelUpdates(map.pay));
        assertEquals(0, labelUpdates(map.browse));
    }

    @Test
    void changesNoLabelShowsUpdateNoLabel() {
        provider(map.pay);
        provider(map.hiddenFees);
        map.pay.getNext().add(map.confirm);
        map.pay.getEvidence().add(map.survey);
        map.hiddenFees.getEvidence().clear();
        assertEquals(0, labelUpdates(map.pay));
        assertEquals(0, labelUpdates(map.hiddenFees));
        map.pay.setName("Pay now");
        assertEquals(1, labelUpdates(map.pay));
        assertFalse(fired.stream().anyMatch(n -> n.isLabelUpdate() && n.getElement() != map.pay),
                "a step's name shows in no other label");
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }

    private long labelUpdates(Object element) {
        return fired.stream().filter(n -> n.isLabelUpdate() && n.getElement() == element).count();
    }

    private Stream<EObject> elements() {
        List<EObject> all = new ArrayList<>(List.of(map.model));
        map.model.eAllContents().forEachRemaining(all::add);
        return all.stream();
    }

    private EObject firstOf(EClass eClass) {
        return elements().filter(eClass::isInstance).findFirst().orElseThrow();
    }

    private static Object otherValue(EObject owner, EAttribute attribute) {
        Object current = owner.eGet(attribute);
        return switch (current) {
            case null -> "changed";
            case Integer number -> number + 1;
            case Double number -> number + 1;
            case Boolean flag -> !flag;
            case Enumerator literal -> ((EEnum) attribute.getEAttributeType()).getELiterals().stream()
                    .filter(other -> other.getValue() != literal.getValue())
                    .findFirst().orElseThrow().getInstance();
            default -> current + " changed";
        };
    }
}
