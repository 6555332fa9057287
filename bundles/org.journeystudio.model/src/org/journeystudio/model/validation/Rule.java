package org.journeystudio.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules of DESIGN.md §2 with their stable codes and severities. A rule
 * never changes its code: reports, CI gates and suppressions outside the project rely on it.
 * In an EMF {@link Diagnostic} a rule is its {@link #number()} as the diagnostic code.
 */
public enum Rule {
    JM001(Severity.ERROR, "a named element has an empty or blank name"),
    JM002(Severity.ERROR, "two siblings of the same class in the same containment list share a name"),
    JM003(Severity.ERROR, "a TOUCHPOINT step has no channel"),
    JM004(Severity.ERROR, "a set emotion lies outside the model's emotion scale"),
    JM005(Severity.ERROR, "severity, impact or effort outside 1..5"),
    JM006(Severity.ERROR, "a metric value outside its metric's min..max, or a metric with min >= max"),
    JM007(Severity.ERROR, "next, baseline or baselineStep points outside what it may"
            + " (next: another journey; baseline: itself; baselineStep: a step that is not in the journey's baseline)"),
    JM008(Severity.ERROR, "a reference cannot be resolved (dangling id, missing file)"),
    JM009(Severity.ERROR, "emotion scale min >= max"),
    JM101(Severity.WARNING, "a journey has no persona"),
    JM102(Severity.WARNING, "a stage has no steps"),
    JM103(Severity.WARNING, "an opportunity addresses no pain point"),
    JM104(Severity.WARNING, "a pain point of severity >= 4 cites no evidence"),
    JM105(Severity.WARNING, "a step cannot be reached from the journey's entry"),
    JM106(Severity.WARNING, "an ACTUAL or FUTURE_STATE journey has no baseline"),
    JM107(Severity.WARNING, "the emotion scale is wider than -100..100"),
    JM201(Severity.INFO, "a persona, channel or team is used nowhere");

    private static final Map<Integer, Rule> BY_NUMBER = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_NUMBER.put(rule.number, rule);
        }
    }

    private final Severity severity;
    private final String description;
    private final int number;

    Rule(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
        this.number = Integer.parseInt(name().substring(2));
    }

    /** The stable code, e.g. {@code JM003}. */
    public String code() {
        return name();
    }

    /** The code's number, e.g. 3 for JM003; used as {@link Diagnostic#getCode()}. */
    public int number() {
        return number;
    }

    public Severity severity() {
        return severity;
    }

    /** What the rule checks, as in the rule table. */
    public String description() {
        return description;
    }

    /** The rule with the given number, e.g. 105 for JM105. */
    public static Optional<Rule> ofNumber(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The rule an EMF diagnostic reports, empty when the diagnostic is not one of Journey Studio's. */
    public static Optional<Rule> of(Diagnostic diagnostic) {
        if (!JourneyValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return Optional.empty();
        }
        return ofNumber(diagnostic.getCode());
    }
}
