package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.journeystudio.ui.preferences.JourneyPreferences;

/** The defaults of Journey Studio's preferences. */
public final class JourneyPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(JourneyPreferences.QUALIFIER);
        defaults.put(JourneyPreferences.EMOTION_LABELS, JourneyPreferences.DEFAULT_EMOTION_LABELS);
        defaults.put(JourneyPreferences.DEFAULT_REPRESENTATION, JourneyPreferences.DEFAULT_DEFAULT_REPRESENTATION);
        defaults.putBoolean(JourneyPreferences.EXAMPLE_CREATED, false);
    }
}
