package org.journeystudio.model.persistence;

/**
 * Signals that a file or a model leaves the shape the specialised reader and writer handle
 * (a proxy, an xsi:type, a dangling id, an invalid value, ...). It is never seen outside this
 * package: the resource then loads or saves through EMF's generic XMI implementation, which
 * gives exactly the result, or the error, it always gave. Thrown often enough on hostile input
 * that it carries no stack trace.
 */
final class XmiUnsupported extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final XmiUnsupported INSTANCE = new XmiUnsupported();

    private XmiUnsupported() {
        super("left to EMF's generic XMI implementation", null, false, false);
    }
}
