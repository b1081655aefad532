package org.factline.timeline;

import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factline.shared.ControlCharacters;

/**
 * The XML writer of every feed and sitemap: each text and attribute value passes through {@link
 * ControlCharacters#stripped}, so a control character stored before they were refused (one vertical tab made a
 * feed ill-formed) never reaches a feed reader or a crawler.
 */
final class CleanXml {

    /** The writer's methods taking text, which is always their last argument. */
    private static final Set<String> TEXT = Set.of("writeCharacters", "writeAttribute", "writeCData", "writeComment");

    private CleanXml() {}

    static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        return (XMLStreamWriter) Proxy.newProxyInstance(
                CleanXml.class.getClassLoader(), new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    if (args != null && TEXT.contains(method.getName())) {
                        if (args[0] instanceof char[] chars) { // writeCharacters(char[] text, int start, int length)
                            xml.writeCharacters(
                                    ControlCharacters.stripped(new String(chars, (int) args[1], (int) args[2])));
                            return null;
                        }
                        args[args.length - 1] = ControlCharacters.stripped((String) args[args.length - 1]);
                    }
                    try {
                        return method.invoke(xml, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
