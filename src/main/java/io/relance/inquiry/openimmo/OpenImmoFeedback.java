package io.relance.inquiry.openimmo;

import io.relance.inquiry.core.InquiryForm;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an OpenImmo-feedback document (root {@code openimmo_feedback}): each {@code objekt} names the agent's object
 * ({@code oobj_id}, else {@code zusatz_refnr}, else the portal's {@code portal_obj_id}) and holds one or more
 * {@code interessent} (the person asking: {@code vorname}, {@code nachname}, {@code email}, {@code tel} else
 * {@code handy}, the question in {@code anfrage}); the portal is {@code sender/name}. One inquiry per interessent.
 *
 * <p>Read with the JDK's parser, hardened: secure processing, no DOCTYPE at all (so no entity, internal or external),
 * no external DTD or schema, no XInclude. A document that is not well-formed, has a DOCTYPE, is not OpenImmo-feedback
 * or names nobody is refused with a {@link Malformed} saying where and why.
 */
public final class OpenImmoFeedback {

    /** The root element of an OpenImmo-feedback document. */
    public static final String ROOT = "openimmo_feedback";

    /** What made a document unreadable: {@code line} and {@code column} where the parser stopped (0 when unknown). */
    public static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        Malformed(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The reason in one line, with its place when known: for the inbox and the problem's detail. */
        public String describe() {
            return line > 0 ? "line " + line + ", column " + column + ": " + getMessage() : getMessage();
        }
    }

    private OpenImmoFeedback() {}

    /** The inquiries of a document, in document order; {@link Malformed} when it cannot be read as one. */
    public static List<InquiryForm> parse(String xml) throws Malformed {
        Document doc = document(xml);
        Element root = doc.getDocumentElement();
        if (!ROOT.equals(name(root))) {
            throw new Malformed(
                    "not an OpenImmo-feedback document: the root element is " + name(root) + ", " + ROOT + " expected",
                    0,
                    0);
        }
        String portal = text(child(child(root, "sender"), "name"));
        List<InquiryForm> found = new ArrayList<>();
        for (Element objekt : children(root, "objekt")) {
            String reference = first(
                    text(child(objekt, "oobj_id")),
                    text(child(objekt, "zusatz_refnr")),
                    text(child(objekt, "portal_obj_id")));
            for (Element person : children(objekt, "interessent")) {
                found.add(new InquiryForm(
                        reference,
                        text(child(person, "email")),
                        text(child(person, "vorname")),
                        text(child(person, "nachname")),
                        first(text(child(person, "tel")), text(child(person, "handy"))),
                        text(child(person, "anfrage")),
                        portal,
                        null));
            }
        }
        if (found.isEmpty()) {
            throw new Malformed("no interessent in any objekt: the document holds no inquiry", 0, 0);
        }
        return found;
    }

    private static Document document(String xml) throws Malformed {
        if (xml == null || xml.isBlank()) {
            throw new Malformed("the document is empty", 0, 0);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new Malformed(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new Malformed(String.valueOf(e.getMessage()), 0, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f;
    }

    /** The element's local name (OpenImmo documents may or may not use a namespace). */
    private static String name(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(name(e))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The element's text, trimmed; null when absent or blank. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
