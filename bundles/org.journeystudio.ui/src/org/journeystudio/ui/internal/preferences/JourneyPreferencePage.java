package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.journeystudio.ui.preferences.JourneyPreferences;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;

/** Window > Preferences > Journey Studio: emotion scale labels and the representation the editor opens on. */
public final class JourneyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public JourneyPreferencePage() {
        super(GRID);
        setDescription("Settings of the journey editors, kept in this workspace.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, JourneyPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor labels = new StringFieldEditor(JourneyPreferences.EMOTION_LABELS, "&Emotion scale labels:",
                getFieldEditorParent());
        labels.getTextControl(getFieldEditorParent())
                .setToolTipText("Comma-separated, from the lowest emotion to the highest, e.g. frustrated, …, delighted");
        labels.setEmptyStringAllowed(false);
        addField(labels);
        addField(new ComboFieldEditor(JourneyPreferences.DEFAULT_REPRESENTATION, "&Open maps on:",
                representations(), getFieldEditorParent()));
    }

    /** Label and name of each representation the journey viewpoint defines. */
    private static String[][] representations() {
        return JourneyViewpoint.spec().descriptions().stream()
                .map(description -> new String[] {description.getLabel(), description.getName()})
                .toArray(String[][]::new);
    }
}
