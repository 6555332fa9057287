package org.journeystudio.viewpoint.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.DeviationServices;
import org.journeystudio.viewpoint.services.EditingServices;
import org.journeystudio.viewpoint.services.JourneyMapServices;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;

/**
 * The journey viewpoint that ships with Journey Studio ({@code viewpoints/journey.viewpoint} in
 * this bundle): Journey Map, Service Blueprint, Journey Flow, Persona and the tables. It is a
 * specification file like any other, loaded with the journey services registered.
 */
public final class JourneyViewpoint {

    /** Where the specification sits in the bundle (and on a plain class path). */
    public static final String RESOURCE = "/viewpoints/journey.viewpoint";

    /** The name of the viewpoint feature holding validation rules (a test checks it against the metamodel). */
    public static final String RULES_FEATURE = "validationRules";

    private static Spec spec;
    private static Boolean definesRules;

    private JourneyViewpoint() {
    }

    /** A loader for specifications over the journey metamodel, with the journey service namespaces. */
    public static SpecLoader loader() {
        ServiceRegistry services = new ServiceRegistry();
        JourneyServices.registerIn(services);
        JourneyMapServices.registerIn(services);
        EditingServices.registerIn(services);
        DeviationServices.registerIn(services);
        return new SpecLoader(new ExpressionEngine(services), List.of(JourneyPackage.eINSTANCE));
    }

    /**
     * Whether the built-in specification has validation rules, told from its text without loading it
     * (which compiles every expression in it): a command that only runs rules need not read a
     * specification without any. In XMI a contained rule is an element named after its feature.
     */
    public static synchronized boolean definesRules() {
        if (definesRules == null) {
            try (InputStream in = JourneyViewpoint.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle lacks " + RESOURCE);
                }
                definesRules = mentionsRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return definesRules;
    }

    /** Whether a specification's XMI text may contain a validation rule (an element of that feature). */
    public static boolean mentionsRules(String xmi) {
        return xmi.contains("<" + RULES_FEATURE);
    }

    /** The built-in specification, loaded once. */
    public static synchronized Spec spec() {
        if (spec == null) {
            try (InputStream in = JourneyViewpoint.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle lacks " + RESOURCE);
                }
                spec = loader().load("journey.viewpoint", in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SpecException e) {
                throw new IllegalStateException("the built-in journey viewpoint is broken:\n" + e.getMessage(), e);
            }
        }
        return spec;
    }
}
