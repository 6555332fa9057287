package org.journeystudio.viewpoint.spec;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.journeystudio.viewpoint.ValidationRule;

/**
 * Checks the validation rules of a specification: each has an id of its author's own prefix (the
 * {@code JM} prefix is the journey language's), unique in the file, a domain class of the target
 * metamodel, a condition and a message whose paths from {@code self} exist.
 */
final class RuleChecker {

    /** Letters, then letters, digits, '_' or '-': ACME001, TEAM-7. */
    private static final Pattern ID = Pattern.compile("([A-Za-z]+)[A-Za-z0-9_-]*");

    /** The prefix of the journey language's own rules (JM001 ... JM201). */
    static final String RESERVED_PREFIX = "JM";

    private final SpecChecker checker;

    RuleChecker(SpecChecker checker) {
        this.checker = checker;
    }

    void check(List<ValidationRule> rules) {
        Set<String> ids = new HashSet<>();
        for (ValidationRule rule : rules) {
            checkId(rule, ids);
            EClass type = checker.requireClass(rule, rule.getDomainClass(), "domainClass");
            require(rule, rule.getConditionExpression(), "conditionExpression");
            require(rule, rule.getMessageExpression(), "messageExpression");
            Map<String, EClass> types = new HashMap<>();
            types.put("self", type);
            checker.checkTree(rule, types);
        }
    }

    private void checkId(ValidationRule rule, Set<String> ids) {
        String id = rule.getId();
        if (id == null || id.isBlank()) {
            checker.report(rule, null, "id is missing; give the rule a code with a prefix of your own, e.g. ACME001");
            return;
        }
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) {
            checker.report(rule, "id", null, "id '" + id + "' is not a rule code: letters, then letters, digits, '_' or '-'");
        } else if (RESERVED_PREFIX.equals(matcher.group(1).toUpperCase(Locale.ROOT))) {
            checker.report(rule, "id", null, "id '" + id + "' uses the prefix JM, which is reserved for the journey "
                    + "language's rules; use a prefix of your own");
        }
        if (!ids.add(id.toUpperCase(Locale.ROOT))) {
            checker.report(rule, "id", null, "rule id '" + id + "' is used twice");
        }
    }

    private void require(ValidationRule rule, String expression, String feature) {
        if (expression == null || expression.isBlank()) {
            checker.report(rule, null, feature + " is missing");
        }
    }
}
