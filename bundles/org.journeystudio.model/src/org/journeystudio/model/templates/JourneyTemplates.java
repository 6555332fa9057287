package org.journeystudio.model.templates;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * The journey-map templates Journey Studio ships: {@code .journey} files under {@code templates/} in
 * this bundle, read as class-path resources so that the same code works in OSGi and on a plain JVM.
 * A map made from a template gets fresh UUIDs, so two maps made from one template share no ids.
 */
public final class JourneyTemplates {

    /** A template: its name (as given to {@code journey new --template}), a title and a one-line description. */
    public record Template(String name, String title, String description) {

        /** Where the template's file lies on the class path. */
        public String resource() {
            return "/templates/" + name + "." + JourneyPersistence.FILE_EXTENSION;
        }
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("blank", "Blank map",
                    "One persona and one journey with a single stage and step, ready to fill in."),
            new Template("ecommerce-purchase", "E-commerce purchase",
                    "Buying online from awareness to loyalty, with checkout and delivery lows, a service blueprint and metrics."),
            new Template("b2b-saas-onboarding", "B2B SaaS onboarding",
                    "Discover, evaluate, buy, implement and renew, with buyer and admin personas, branches and loops."),
            new Template("invoice-payment", "Invoice payment",
                    "Paying an invoice online, at a retail point, by phone or by mail: current state and future state."),
            new Template("support-call", "Support call",
                    "A support call as a service blueprint: backstage actions, support processes, physical evidence, teams."),
            new Template("onboarding-planned-actual", "Onboarding: planned vs actual",
                    "Account onboarding as planned and as observed: skipped, added, reordered, merged, split and "
                    + "channel-switched steps for the deviation analysis."));

    private JourneyTemplates() {
    }

    /** All templates, in the order a user should see them. */
    public static List<Template> list() {
        return TEMPLATES;
    }

    /** The template with the given name, if there is one. */
    public static Optional<Template> find(String name) {
        return TEMPLATES.stream().filter(template -> template.name().equals(name)).findFirst();
    }

    /** The template's file as it ships: the caller closes the stream. */
    public static InputStream open(String name) throws IOException {
        Template template = require(name);
        InputStream in = JourneyTemplates.class.getResourceAsStream(template.resource());
        if (in == null) {
            throw new FileNotFoundException("template file missing from the class path: " + template.resource());
        }
        return in;
    }

    /**
     * A copy of the template in a new resource (in a new resource set) at {@code uri}, every element
     * with a fresh UUID. Nothing is written; save it with {@link JourneyPersistence}.
     */
    public static JourneyResource create(String name, URI uri) throws IOException {
        ResourceSet set = JourneyPersistence.newResourceSet();
        JourneyResource resource = (JourneyResource) set.createResource(uri);
        try (InputStream in = open(name)) {
            resource.load(in, set.getLoadOptions());
        } catch (RuntimeException e) {
            throw new IOException("template '" + name + "' cannot be read: " + e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof JourneyModel)) {
            throw new IOException("template '" + name + "' is not a valid journey model: " + resource.getErrors());
        }
        renewIds(resource);
        return resource;
    }

    /**
     * Makes a new map file from a template, written atomically, and returns its resource.
     *
     * @throws FileAlreadyExistsException when {@code target} exists: a new map never replaces a file
     */
    public static JourneyResource instantiate(String name, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a file already exists there");
        }
        JourneyResource resource = create(name, URI.createFileURI(target.toAbsolutePath().toString()));
        JourneyPersistence.save(resource, target);
        return resource;
    }

    private static Template require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no template named '" + name
                + "'; known templates: " + TEMPLATES.stream().map(Template::name).toList()));
    }

    private static void renewIds(JourneyResource resource) {
        List<EObject> elements = new ArrayList<>();
        resource.getAllContents().forEachRemaining(elements::add);
        for (EObject element : elements) {
            resource.setID(element, EcoreUtil.generateUUID());
        }
    }
}
