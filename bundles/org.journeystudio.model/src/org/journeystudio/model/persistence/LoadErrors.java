package org.journeystudio.model.persistence;

import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.journeystudio.model.journey.JourneyPackage;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one-line {@link JourneyLoadException}s. */
public final class LoadErrors {

    private LoadErrors() {
    }

    public static JourneyLoadException translate(String file, Path path, Throwable failure) {
        Throwable cause = rootOf(failure);
        if (cause instanceof CharConversionException) {
            // The parser tells neither line nor column of bad bytes; find them ourselves.
            int[] position = Utf8Positions.firstMalformed(path);
            return new JourneyLoadException(file, position[0], position[1],
                    "not well-formed XML: invalid UTF-8 byte sequence (binary or wrongly encoded file)", failure);
        }
        if (cause instanceof XMIException xmi) {
            return new JourneyLoadException(file, lineOf(xmi), xmi.getColumn(), describe(xmi), failure);
        }
        if (cause instanceof UnsupportedEncodingException || cause instanceof UnsupportedCharsetException) {
            return new JourneyLoadException(file, 1, 0, "unknown encoding '" + oneLine(cause.getMessage())
                    + "' in the XML declaration (journey maps are UTF-8)", failure);
        }
        if (cause instanceof SAXParseException sax) {
            return new JourneyLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
                    describeXml(sax.getMessage()), failure);
        }
        if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            return new JourneyLoadException(file, 0, 0, MissingFile.reason(file), failure);
        }
        if (cause instanceof AccessDeniedException) {
            return new JourneyLoadException(file, 0, 0, "cannot read: permission denied", failure);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new JourneyLoadException(file, 0, 0, "cannot read: " + oneLine(message), failure);
    }

    /**
     * The line EMF gives, or, for a reference resolved after the whole file was read (EMF then
     * knows no line: a reference to an element of the wrong type), the line of the element that holds it.
     */
    private static int lineOf(XMIException xmi) {
        if (xmi.getLine() > 0 || !(xmi instanceof IllegalValueException ive)) {
            return xmi.getLine();
        }
        EObject holder = ive.getObject();
        return holder != null && holder.eResource() instanceof JourneyResource journey ? journey.getLine(holder) : 0;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof XMIException) && !(current instanceof SAXParseException)) {
            current = current.getCause();
        }
        if (current instanceof Resource.IOWrappedException && current.getCause() != null) {
            return current.getCause();
        }
        return current;
    }

    private static String describe(XMIException xmi) {
        if (xmi instanceof PackageNotFoundException pnf) {
            return "not a journey model: namespace '" + pnf.uri() + "' is not " + JourneyPackage.eNS_URI;
        }
        if (xmi instanceof FeatureNotFoundException fnf) {
            return "unknown feature '" + fnf.getName() + "'";
        }
        if (xmi instanceof ClassNotFoundException cnf) {
            return "unknown class '" + cnf.getName() + "'";
        }
        if (xmi instanceof IllegalValueException ive) {
            return "illegal value " + valueOf(ive.getValue()) + " for feature '" + ive.getFeature().getName() + "'";
        }
        Throwable inner = xmi.getCause();
        if (inner instanceof SAXParseException sax) {
            return describeXml(sax.getMessage());
        }
        return oneLine(xmi.getMessage());
    }

    /** A value in words: an element by its class and name (never its Java identity), anything else quoted. */
    private static String valueOf(Object value) {
        if (value instanceof EObject element) {
            EStructuralFeature name = element.eClass().getEStructuralFeature("name");
            Object label = name == null ? null : element.eGet(name);
            return "a " + element.eClass().getName() + (label == null ? "" : " '" + abbreviate(label.toString()) + "'");
        }
        return "'" + abbreviate(String.valueOf(value)) + "'";
    }

    private static String describeXml(String message) {
        String text = oneLine(message);
        if (text.contains("DOCTYPE")) {
            return "refused: the file declares a DOCTYPE (DTDs and entities are never processed)";
        }
        return "not well-formed XML: " + text;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return abbreviate(message.replaceAll("\\s+", " ").trim());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
