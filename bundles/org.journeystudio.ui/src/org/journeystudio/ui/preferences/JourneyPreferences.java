package org.journeystudio.ui.preferences;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Journey Studio's workbench preferences, kept in the instance scope (the workspace) under
 * the qualifier {@value #QUALIFIER}, with defaults from the preference initializer.
 */
public final class JourneyPreferences {

    public static final String QUALIFIER = "org.journeystudio.ui";
    /** Comma-separated labels of the emotion scale, from its lowest to its highest value. */
    public static final String EMOTION_LABELS = "emotionLabels";
    /** The name of the representation description whose page the editor shows first, e.g. journeyMap. */
    public static final String DEFAULT_REPRESENTATION = "defaultRepresentation";
    /** Set once the example project has been offered, so that it is created on the first start only. */
    public static final String EXAMPLE_CREATED = "exampleProjectCreated";

    public static final String DEFAULT_EMOTION_LABELS = "frustrated, unhappy, neutral, pleased, delighted";
    public static final String DEFAULT_DEFAULT_REPRESENTATION = "journeyMap";

    private JourneyPreferences() {
    }

    /** The labels of the emotion scale, lowest first. */
    public static List<String> emotionLabels() {
        return Arrays.stream(get(EMOTION_LABELS, DEFAULT_EMOTION_LABELS).split(","))
                .map(String::strip).filter(label -> !label.isEmpty()).toList();
    }

    /**
     * The label of an emotion value on a scale from {@code min} to {@code max}: the labels are
     * spread evenly over the scale, so five labels fit -2..2 one to one and stretch over 1..10.
     */
    public static String emotionLabel(int value, int min, int max) {
        List<String> labels = emotionLabels();
        if (labels.isEmpty() || max <= min) {
            return "";
        }
        double position = (double) (Math.clamp(value, min, max) - min) / (max - min);
        return labels.get((int) Math.round(position * (labels.size() - 1)));
    }

    public static String defaultRepresentation() {
        return get(DEFAULT_REPRESENTATION, DEFAULT_DEFAULT_REPRESENTATION);
    }

    /** The instance-scope node the preference page and the startup code write to. */
    public static IEclipsePreferences instanceNode() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }

    private static String get(String key, String otherwise) {
        return Platform.getPreferencesService().getString(QUALIFIER, key, otherwise, null);
    }
}
