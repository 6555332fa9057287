package org.journeystudio.model.deviation;

/** How a step was found to correspond to a baseline step. */
public enum MatchMethod {
    /** The step names the baseline step as its {@code baselineStep}. */
    LINK("baselineStep"),
    /** No step names the baseline step; it has the step's name in a stage of the step's stage name. */
    NAME("name");

    private final String word;

    MatchMethod(String word) {
        this.word = word;
    }

    /** What reports say: {@code "baselineStep"} or {@code "name"}. */
    public String word() {
        return word;
    }
}
