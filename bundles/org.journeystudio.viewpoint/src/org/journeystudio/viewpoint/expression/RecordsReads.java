package org.journeystudio.viewpoint.expression;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service class whose functions report every model read through {@link Reads}. Calls to
 * the functions of an unmarked service record {@link ReadRecorder#readAll()}, because the
 * expression engine cannot see what Java code reads: correct by default, precise by choice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordsReads {
}
