package org.journeystudio.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.ui.preferences.JourneyPreferences;

/** A step's emotion with the word the preferences give it on the model's scale: "2 (delighted)". */
final class EmotionText {

    private EmotionText() {
    }

    static String of(EObject element, EStructuralFeature feature, Object value, String text) {
        if (feature != JourneyPackage.Literals.STEP__EMOTION || !(value instanceof Integer emotion)
                || !(EcoreUtil.getRootContainer(element) instanceof JourneyModel model) || model.getEmotionScale() == null) {
            return text;
        }
        EmotionScale scale = model.getEmotionScale();
        String word = JourneyPreferences.emotionLabel(emotion, scale.getMin(), scale.getMax());
        return word.isEmpty() ? text : text + " (" + word + ")";
    }
}
