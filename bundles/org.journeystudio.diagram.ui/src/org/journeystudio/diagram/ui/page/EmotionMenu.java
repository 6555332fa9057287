package org.journeystudio.diagram.ui.page;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.preferences.JourneyPreferences;

/**
 * The Emotion submenu of a step's card or emotion point: every value of the model's scale with the
 * word the preferences give it ("+2 delighted"), the step's current one checked, and "Not assessed".
 * Picking one sets the emotion through the command stack, the same as dragging the point does.
 */
final class EmotionMenu {

    /** Longer scales are set by dragging; a menu of more entries would not be read. */
    private static final int MAX_ENTRIES = 21;

    private EmotionMenu() {
    }

    /** Adds the submenu for the step to the menu, when its model has a scale that fits a menu. */
    static void fill(Menu menu, Step step, EditingDomain domain, Consumer<Command> execute) {
        if (!(EcoreUtil.getRootContainer(step) instanceof JourneyModel model) || model.getEmotionScale() == null) {
            return;
        }
        EmotionScale scale = model.getEmotionScale();
        if (scale.getMax() <= scale.getMin() || scale.getMax() - scale.getMin() + 1 > MAX_ENTRIES) {
            return;
        }
        MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
        cascade.setText("E&motion");
        Menu values = new Menu(cascade);
        cascade.setMenu(values);
        for (int value = scale.getMax(); value >= scale.getMin(); value--) {
            Integer emotion = value;
            radio(values, label(value, scale), step.isSetEmotion() && step.getEmotion() == value,
                    () -> execute.accept(SetCommand.create(domain, step, Literals.STEP__EMOTION, emotion)));
        }
        new MenuItem(values, SWT.SEPARATOR);
        radio(values, "Not assessed", !step.isSetEmotion(),
                () -> execute.accept(SetCommand.create(domain, step, Literals.STEP__EMOTION, SetCommand.UNSET_VALUE)));
    }

    /** "+2  delighted", "0  neutral", "-1  unhappy". */
    static String label(int value, EmotionScale scale) {
        String signed = value > 0 ? "+" + value : Integer.toString(value);
        String word = JourneyPreferences.emotionLabel(value, scale.getMin(), scale.getMax());
        return word.isEmpty() ? signed : signed + "  " + word;
    }

    private static void radio(Menu menu, String text, boolean checked, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.RADIO);
        item.setText(text);
        item.setSelection(checked);
        item.addListener(SWT.Selection, event -> {
            if (item.getSelection() && !checked) {
                action.run();
            }
        });
    }
}
