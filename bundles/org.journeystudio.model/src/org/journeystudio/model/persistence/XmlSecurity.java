package org.journeystudio.model.persistence;

import java.util.Map;

/**
 * SAX parser features that make loading safe against hostile files: a DOCTYPE is refused
 * outright, so no DTD is read, no external entity is ever resolved and entity-expansion
 * attacks ("billion laughs") fail at once.
 */
public final class XmlSecurity {

    public static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            "http://javax.xml.XMLConstants/feature/secure-processing", Boolean.TRUE);

    private XmlSecurity() {
    }
}
