package io.github.ocnmailsetup.export;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds XML with the JDK's DOM and serialises it with its Transformer, so every value is escaped by the
 * library and the output is indented UTF-8 with a plain XML declaration.
 */
final class XmlOutput {

    private XmlOutput() {
    }

    /** A new, empty, namespace-aware document. */
    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not configured", e);
        }
    }

    /** Appends {@code <name>text</name>} (in the parent's namespace) and returns the new element. */
    static Element child(Element parent, String name, String text) {
        Element element = child(parent, name);
        element.setTextContent(text);
        return element;
    }

    /** Appends an empty {@code <name/>} (in the parent's namespace) and returns it. */
    static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(element);
        return element;
    }

    /** The document as indented UTF-8, with the XML declaration on its own line. */
    static byte[] serialise(Node document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // The JDK writes the declaration and the root element on one line; write the declaration ourselves.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String text = out.toString();
            return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("The JDK's XML writer failed on a document it built", e);
        }
    }
}
