package org.journeystudio.model.mermaid;

/**
 * Mermaid task scores (1 = worst .. 5 = best) and emotions on a map's scale, mapped linearly onto
 * each other: on the default scale −2..+2, 1 ↔ −2, 3 ↔ 0, 5 ↔ +2. Results that fall between two
 * integers are rounded to the nearest one, halves away from zero, so that the mapping is symmetric
 * around the middle of the scale.
 */
public final class MermaidScores {

    /** The worst score Mermaid draws. */
    public static final int LOWEST = 1;
    /** The best score Mermaid draws. */
    public static final int HIGHEST = 5;
    /** The score written for a step whose emotion is not assessed: Mermaid has no way to leave a task unscored. */
    public static final int UNASSESSED = 3;

    private MermaidScores() {
    }

    /** The emotion on the scale {@code min..max} for a score in {@code 1..5}. */
    public static int toEmotion(double score, int min, int max) {
        return (int) round(min + (score - LOWEST) * (max - min) / (HIGHEST - LOWEST));
    }

    /** The score in {@code 1..5} for an emotion on the scale {@code min..max}; {@link #UNASSESSED} for a broken scale. */
    public static int toScore(int emotion, int min, int max) {
        if (max <= min) {
            return UNASSESSED;
        }
        long score = round(LOWEST + (double) (emotion - min) * (HIGHEST - LOWEST) / (max - min));
        return (int) Math.max(LOWEST, Math.min(HIGHEST, score));
    }

    private static long round(double value) {
        return (long) Math.signum(value) * Math.round(Math.abs(value));
    }
}
