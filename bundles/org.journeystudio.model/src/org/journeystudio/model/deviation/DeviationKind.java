package org.journeystudio.model.deviation;

/** How a step of a journey differs from its baseline. */
public enum DeviationKind {
    /** One step for one baseline step, in the same stage and in the same order. */
    KEPT("kept"),
    /** One step for one baseline step, in another stage or out of the baseline's order. */
    MOVED("moved"),
    /** A baseline step that no step of the journey carries out. */
    SKIPPED("skipped"),
    /** A step of the journey that carries out no baseline step. */
    ADDED("added"),
    /** One step that carries out several baseline steps. */
    MERGED("merged"),
    /** One baseline step carried out by several steps. */
    SPLIT("split");

    private final String word;

    DeviationKind(String word) {
        this.word = word;
    }

    /** The lower-case word reports use, e.g. {@code "skipped"}. */
    public String word() {
        return word;
    }
}
