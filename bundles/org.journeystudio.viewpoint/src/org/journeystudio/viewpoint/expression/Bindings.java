package org.journeystudio.viewpoint.expression;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables of one evaluation ({@code self}, {@code container}, {@code diagram}, ...). A
 * nested scope sees its parent's variables and may shadow them, so a tool operation can add
 * variables for its children without touching the caller's. A variable bound to {@code null}
 * is defined (its value is null). Not thread-safe: one evaluation, one thread. The engine
 * hands the bindings to JEXL as its context, so callers need no JEXL types.
 */
public final class Bindings {

    private final Bindings parent;
    private final Map<String, Object> values = new HashMap<>();

    public Bindings() {
        this(null);
    }

    private Bindings(Bindings parent) {
        this.parent = parent;
    }

    /** New bindings holding one variable. */
    public static Bindings of(String name, Object value) {
        return new Bindings().with(name, value);
    }

    /** Binds a variable in this scope and returns this scope, for chaining. */
    public Bindings with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** A new, empty scope nested in this one. */
    public Bindings child() {
        return new Bindings(this);
    }

    /** The enclosing scope, {@code null} for the outermost one. */
    public Bindings parent() {
        return parent;
    }

    /** The value of the variable in the innermost scope that binds it, {@code null} when none does. */
    public Object get(String name) {
        Bindings scope = scopeOf(name);
        return scope == null ? null : scope.values.get(name);
    }

    /** Whether this scope or an enclosing one binds the variable. */
    public boolean has(String name) {
        return scopeOf(name) != null;
    }

    private Bindings scopeOf(String name) {
        for (Bindings scope = this; scope != null; scope = scope.parent) {
            if (scope.values.containsKey(name)) {
                return scope;
            }
        }
        return null;
    }
}
